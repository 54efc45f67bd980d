// One cell of Class Progress: how far a student is in one walkthrough, from
// which of its steps' completion conditions hold in the student's project.

export type Progress =
  | { kind: 'completed'; steps: number }
  | { kind: 'step'; step: number; steps: number }
  | { kind: 'not-started'; steps: number };

/**
 * Steps are done in order, as the walkthrough leads the student: the first step
 * whose condition does not hold is where the student is. No step done = not
 * started; every step done = completed.
 */
export function progressOf(done: readonly boolean[]): Progress {
  const steps = done.length;
  const first = done.indexOf(false);
  if (first === -1) return { kind: 'completed', steps };
  if (first === 0) return { kind: 'not-started', steps };
  return { kind: 'step', step: first + 1, steps };
}

export function progressLabel(progress: Progress): string {
  switch (progress.kind) {
    case 'completed':
      return 'Completed';
    case 'not-started':
      return 'Not started';
    case 'step':
      return `Step ${progress.step} of ${progress.steps}`;
  }
}
