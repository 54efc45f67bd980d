import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWalkthroughs, parseWalkthrough } from './load';

const FIXTURES = path.join(__dirname, 'fixtures');

describe('loadWalkthroughs over broken fixtures', () => {
  it('loads the good file and lists every broken one apart', async () => {
    const set = await loadWalkthroughs(FIXTURES);
    expect(set.walkthroughs.map((w) => w.id)).toEqual(['good']);
    expect(set.broken.map((b) => b.file).sort()).toEqual([
      'bad-level.yaml',
      'bad-status.yaml',
      'bad-yaml.yaml',
      'needs-missing.yaml',
      'wrong-id.yaml',
    ]);
  });

  it('names the line and the path of a wrong value', async () => {
    const set = await loadWalkthroughs(FIXTURES);
    const errors = set.broken.find((b) => b.file === 'bad-status.yaml')?.errors ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^bad-status\.yaml:24: steps\[2\]\.done\.server\.status: /);
  });

  it('reports a YAML syntax error at its line', async () => {
    const set = await loadWalkthroughs(FIXTURES);
    const errors = set.broken.find((b) => b.file === 'bad-yaml.yaml')?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^bad-yaml\.yaml:2: /);
  });

  it('reports an unknown level, two conditions in one and an unknown action', async () => {
    const set = await loadWalkthroughs(FIXTURES);
    const errors = set.broken.find((b) => b.file === 'bad-level.yaml')?.errors ?? [];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad-level\.yaml:3: level: /),
        expect.stringMatching(/^bad-level\.yaml:10: steps\[0\]\.done: Give exactly one condition/),
        expect.stringMatching(/^bad-level\.yaml:12: steps\[0\]\.do\[0\]\.press: Unknown field\./),
      ]),
    );
  });

  it('wants the id to be the file name', async () => {
    const set = await loadWalkthroughs(FIXTURES);
    expect(set.broken.find((b) => b.file === 'wrong-id.yaml')?.errors).toEqual([
      "wrong-id.yaml:1: id: Must be the file's name, wrong-id.",
    ]);
  });

  it('names a prerequisite that no file provides, at its line', async () => {
    const set = await loadWalkthroughs(FIXTURES);
    expect(set.broken.find((b) => b.file === 'needs-missing.yaml')?.errors).toEqual([
      'needs-missing.yaml:7: prerequisites[1]: No walkthrough no-such-walkthrough.',
    ]);
  });

  it('answers an empty set for a directory that does not exist', async () => {
    expect(await loadWalkthroughs(path.join(FIXTURES, 'nope'))).toEqual({
      walkthroughs: [],
      broken: [],
    });
  });
});

describe('parseWalkthrough', () => {
  it('fills the defaults', () => {
    const r = parseWalkthrough(
      'x.yaml',
      'id: x\ntitle: X\nlevel: advanced\nminutes: 2\nsummary: s\nways: {cli: a, sdk: b, hot: c}\nsteps:\n  - id: a\n    text: t\n    done: {container: {name: c}}\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.walkthrough.prerequisites).toEqual([]);
    expect(r.walkthrough.devcloud).toBe(false);
    expect(r.walkthrough.steps[0]?.hintAfterSeconds).toBe(60);
    expect(r.walkthrough.steps[0]?.do).toEqual([]);
  });

  it('refuses a panel target that lib/panels.ts does not know', () => {
    const r = parseWalkthrough(
      'x.yaml',
      'id: x\ntitle: X\nlevel: advanced\nminutes: 2\nsummary: s\nways: {cli: a, sdk: b, hot: c}\nsteps:\n  - id: a\n    text: t\n    target: {panel: nowhere}\n    done: {container: {name: c}}\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.broken.errors.join('\n')).toMatch(/^x\.yaml:10: steps\[0\]\.target/);
  });
});
