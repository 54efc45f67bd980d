// Class Progress on the server: the students (role assignments) × the walkthroughs
// (walkthroughs/*.yaml), each cell from the walkthrough's own completion conditions
// evaluated in the student's project with the admin's token.
import type { Api } from '@/lib/openstack/api';
import { evaluateCondition } from '@/lib/walkthroughs/conditions';
import type { Step, Walkthrough } from '@/lib/walkthroughs/schema';
import { progressOf, type Progress } from './progress';
import { classRoster, type Student } from './roster';

export type Cell = Progress | { kind: 'error'; message: string };

export interface ClassRow extends Student {
  /** By walkthrough id. */
  progress: Record<string, Cell>;
}

export interface ClassWalkthrough {
  id: string;
  title: string;
  /** Its steps with a condition on the cloud's state. */
  steps: number;
}

/** At most this many students are checked at once, so a class of 200 does not flood the cloud. */
const PARALLEL_STUDENTS = 6;

/** `visited` is known only to the student's browser: Class Progress counts the cloud's steps. */
export function cloudSteps(walkthrough: Walkthrough): Step[] {
  return walkthrough.steps.filter((s) => s.done.visited === undefined);
}

export function classWalkthroughs(walkthroughs: readonly Walkthrough[]): ClassWalkthrough[] {
  return walkthroughs
    .map((w) => ({ id: w.id, title: w.title, steps: cloudSteps(w).length }))
    .filter((w) => w.steps > 0);
}

/**
 * How far `student` is in `walkthrough`: its cloud steps checked in order, stopping
 * at the first one not met (the later ones cannot be where the student is).
 */
export async function studentProgress(
  api: Api,
  walkthrough: Walkthrough,
  student: Student,
): Promise<Progress> {
  const steps = cloudSteps(walkthrough);
  const done = steps.map(() => false);
  for (const [i, step] of steps.entries()) {
    const result = await evaluateCondition({ api }, step.done, {
      user: student.userName,
      userId: student.userId,
      projectId: student.projectId,
    });
    if (!result.met) break;
    done[i] = true;
  }
  return progressOf(done);
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>) {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

export async function classProgress(
  api: Api,
  walkthroughs: readonly Walkthrough[],
  filter: string,
): Promise<ClassRow[]> {
  const students = classRoster(await api.identity.listRoleAssignments(), filter);
  const followed = walkthroughs.filter((w) => cloudSteps(w).length > 0);
  return inBatches(students, PARALLEL_STUDENTS, async (student) => {
    const progress: Record<string, Cell> = {};
    await Promise.all(
      followed.map(async (w) => {
        try {
          progress[w.id] = await studentProgress(api, w, student);
        } catch (e) {
          progress[w.id] = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
        }
      }),
    );
    return { ...student, progress };
  });
}
