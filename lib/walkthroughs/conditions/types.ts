// What every condition evaluator receives and answers.
import type { Api } from '@/lib/openstack/api';

export interface ConditionContext {
  /** The dashboard's own server-side API client (lib/server-api.ts). */
  api: Api;
}

export interface Scope {
  /** The user's name: `{user}` in a condition's names becomes it. */
  user: string;
  /** Another project than the token's (an admin's Class Progress page); omitted: the token's own. */
  projectId?: string;
  /** With projectId: the student's user id (key pairs belong to a user, not a project). */
  userId?: string;
  /** Paths the student opened (known to their browser only), for `visited`. */
  visited?: readonly string[];
}

export interface StepResult {
  met: boolean;
  /** What was found, in words for the student ("Server web-1 is BUILD, waiting for ACTIVE"). */
  detail: string;
}

export type Evaluator<C> = (ctx: ConditionContext, cond: C, scope: Scope) => Promise<StepResult>;

export const met = (detail: string): StepResult => ({ met: true, detail });
export const notMet = (detail: string): StepResult => ({ met: false, detail });
