import { describe, expect, it } from 'vitest';
import { assignSpecs, NEW_SPEC_SECONDS, secondsFromLog } from './e2e-shards';

describe('assignSpecs', () => {
  it('puts every spec in exactly one shard and evens out the seconds', () => {
    const seconds: Record<string, number> = {
      'a.spec.ts': 300,
      'b.spec.ts': 200,
      'c.spec.ts': 100,
      'd.spec.ts': 100,
    };
    const shards = assignSpecs(Object.keys(seconds), seconds, 2);
    expect(shards.flat().sort()).toEqual(Object.keys(seconds));
    const totals = shards.map((specs) =>
      specs.reduce((sum, spec) => sum + (seconds[spec] ?? 0), 0),
    );
    expect(totals).toEqual([400, 300]);
  });

  it('weighs a spec with no record as a new one', () => {
    const shards = assignSpecs(['old.spec.ts', 'new.spec.ts'], { 'old.spec.ts': 10 }, 2);
    expect(NEW_SPEC_SECONDS).toBeGreaterThan(10);
    expect(shards[0]).toEqual(['new.spec.ts']);
    expect(shards[1]).toEqual(['old.spec.ts']);
  });

  it('gives an empty shard when there are more shards than specs', () => {
    expect(assignSpecs(['a.spec.ts'], {}, 3)).toEqual([['a.spec.ts'], [], []]);
  });
});

describe('secondsFromLog', () => {
  it('adds up each spec’s test times per cloud, in ms, s and m', () => {
    const log = [
      '[1/2]   ✓   1 [sandbox] › e2e/login.spec.ts:10:3 › Login › signs in (2.5s)',
      '[1/2]   ✓   2 [sandbox] › e2e/login.spec.ts:20:3 › Login › signs out (500ms)',
      '[2/2]   ✘   3 [devcloud] › e2e/storage-journey.spec.ts:168:3 › journey (1.5m)',
      '[2/2]   -   4 [devcloud] › e2e/volumes.spec.ts:434:3 › Volumes › Create Backup',
    ].join('\n');
    expect(secondsFromLog(log)).toEqual({
      sandbox: { 'login.spec.ts': 3 },
      devcloud: { 'storage-journey.spec.ts': 90 },
    });
  });
});
