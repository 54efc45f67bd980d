import { describe, expect, it } from 'vitest';
import { progressLabel, progressOf } from './progress';

describe('a Class Progress cell', () => {
  it('is not started while the first step does not hold', () => {
    expect(progressOf([false, false, false])).toEqual({ kind: 'not-started', steps: 3 });
    expect(progressLabel(progressOf([false, true, true]))).toBe('Not started');
  });

  it('names the first step not yet done', () => {
    expect(progressOf([true, false, false])).toEqual({ kind: 'step', step: 2, steps: 3 });
    expect(progressLabel(progressOf([true, true, false, true]))).toBe('Step 3 of 4');
  });

  it('is completed when every step holds', () => {
    expect(progressLabel(progressOf([true, true]))).toBe('Completed');
  });
});
