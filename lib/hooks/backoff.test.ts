import { describe, expect, it } from 'vitest';
import { backoffDelay, POLL_FIRST_MS, POLL_MAX_MS } from './backoff';

describe('backoffDelay', () => {
  it('starts at the first delay and grows', () => {
    expect(backoffDelay(0)).toBe(POLL_FIRST_MS);
    expect(backoffDelay(1)).toBe(3_000);
    expect(backoffDelay(2)).toBe(4_500);
  });
  it('never exceeds the cap', () => {
    expect(backoffDelay(50)).toBe(POLL_MAX_MS);
  });
});
