import { describe, expect, it } from 'vitest';
import { withinBudget } from './within-budget';

describe('withinBudget', () => {
  it('gives the value when it comes in time', async () => {
    expect(await withinBudget(async () => 42, 1_000)).toBe(42);
  });

  it('gives undefined for a failure and for a load slower than the budget', async () => {
    expect(await withinBudget(() => Promise.reject(new Error('refused')), 1_000)).toBeUndefined();
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(1), 200));
    expect(await withinBudget(slow, 20)).toBeUndefined();
  });
});
