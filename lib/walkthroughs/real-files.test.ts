// Every file in walkthroughs/ is valid, and its steps are runnable: the e2e test
// performs each step's `do` actions, so a step without any must be met by an earlier one.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWalkthroughs } from './load';

const DIR = path.join(__dirname, '..', '..', 'walkthroughs');

describe('the walkthroughs in walkthroughs/', () => {
  it('all parse, with no broken file', async () => {
    const set = await loadWalkthroughs(DIR);
    expect(set.broken).toEqual([]);
    expect(set.walkthroughs.length).toBeGreaterThanOrEqual(5);
  });

  it('have no prerequisite cycle', async () => {
    const { walkthroughs } = await loadWalkthroughs(DIR);
    const byId = new Map(walkthroughs.map((w) => [w.id, w]));
    for (const w of walkthroughs) {
      const seen = new Set<string>();
      const visit = (id: string) => {
        expect(seen.has(id), `${w.id} depends on itself through ${id}`).toBe(false);
        seen.add(id);
        for (const p of byId.get(id)?.prerequisites ?? []) visit(p);
      };
      for (const p of w.prerequisites) visit(p);
    }
  });

  it('give every step a way to perform it or a condition an earlier step meets', async () => {
    const { walkthroughs } = await loadWalkthroughs(DIR);
    for (const w of walkthroughs) {
      w.steps.forEach((s, i) => {
        if (s.do.length > 0) return;
        const earlier = w.steps.slice(0, i).filter((e) => e.do.length > 0);
        expect(
          earlier.length,
          `${w.id}/${s.id} has nothing to do and nothing before it`,
        ).toBeGreaterThan(0);
      });
    }
  });

  it('name what they create with {user}, so a class on one project does not collide', async () => {
    const { walkthroughs } = await loadWalkthroughs(DIR);
    for (const w of walkthroughs)
      for (const s of w.steps) {
        const [kind, cond] = Object.entries(s.done)[0] ?? [];
        if (kind === 'visited' || !cond || typeof cond !== 'object') continue;
        const names = Object.values(cond).filter((v): v is string => typeof v === 'string');
        expect(
          names.some((n) => n.includes('{user}')),
          `${w.id}/${s.id}`,
        ).toBe(true);
      }
  });
});
