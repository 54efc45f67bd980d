// Completion conditions on the real state of the cloud, one small evaluator per kind,
// all through the dashboard's own API client. A condition may name things with `{user}`.
import { withUser } from '../schema';
import { keypair, server } from './compute';
import { floatingIp, network, router, routerInterface, securityGroupRule, subnet } from './network';
import { clusterTemplate, stack } from './orchestration';
import { container, image, volume } from './storage';
import {
  met,
  notMet,
  type ConditionContext,
  type Evaluator,
  type Scope,
  type StepResult,
} from './types';
import type { Condition, ConditionKind, Walkthrough } from '../schema';

export type { ConditionContext, Scope, StepResult } from './types';

const visited: Evaluator<string> = async (_ctx, path, scope) => {
  if (!scope.visited) return notMet('Known only in the student’s own browser.');
  return scope.visited.some((p) => p === path || p.startsWith(`${path}/`))
    ? met(`You opened ${path}.`)
    : notMet(`Open ${path}.`);
};

type Evaluators = { [K in ConditionKind]-?: Evaluator<NonNullable<Condition[K]>> };

const EVALUATORS: Evaluators = {
  visited,
  keypair,
  server,
  network,
  subnet,
  router,
  router_interface: routerInterface,
  security_group_rule: securityGroupRule,
  floating_ip: floatingIp,
  image,
  volume,
  container,
  stack,
  cluster_template: clusterTemplate,
};

/** Every string in the condition with `{user}` replaced. */
function personalise<T>(value: T, user: string): T {
  if (typeof value === 'string') return withUser(value, user) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => personalise(v, user)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, personalise(v, user)]),
    ) as T;
  return value;
}

export async function evaluateCondition(
  ctx: ConditionContext,
  condition: Condition,
  scope: Scope,
): Promise<StepResult> {
  const kind = (Object.keys(condition) as ConditionKind[]).find((k) => condition[k] !== undefined);
  if (!kind) return notMet('No condition.');
  const evaluator = EVALUATORS[kind] as Evaluator<unknown>;
  try {
    return await evaluator(ctx, personalise(condition[kind], scope.user), scope);
  } catch (e) {
    return notMet(`Could not check: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export interface WalkthroughProgress {
  id: string;
  steps: ({ id: string } & StepResult)[];
  /** Steps met, counted from the start (the student's place). */
  done: number;
}

/**
 * Each step's condition for the scope: the signed-in user's project, or (an admin's
 * Class Progress page) an explicit project id. Steps are checked together, not in order.
 */
export async function evaluateWalkthrough(
  ctx: ConditionContext,
  walkthrough: Walkthrough,
  scope: Scope,
): Promise<WalkthroughProgress> {
  const steps = await Promise.all(
    walkthrough.steps.map(async (s) => ({
      id: s.id,
      ...(await evaluateCondition(ctx, s.done, scope)),
    })),
  );
  return { id: walkthrough.id, steps, done: steps.filter((s) => s.met).length };
}
