import { randomUUID } from 'node:crypto';
import { analyze, baseContext, type Analysis, type ResourceDef } from './analyze';
import { CloudCallError, cloudFor, type Cloud } from './cloud';
import { resolve } from './hot';
import { ResourceFailure } from './plugin';
import { RESOURCE_TYPES } from './resource-types';
import type { CustomChecks } from './parameters';
import type { HeatResource, HeatStack } from './schema';
import type { SandboxState } from '../state';

// The stack life cycle, run in the background after the API has answered, as
// heat-engine does: each resource is made through the other services' APIs when
// what it requires is complete, polled until ready, with an event for every
// transition. Delete goes in reverse; update replaces or updates only what changed.
// Deleting a stack while it is created or updated cancels that first, as Heat does.

export interface EngineDeps {
  state: SandboxState;
  regionId: string;
  now(): number;
  changed(): void;
  /** How often a resource still building is looked at again. */
  pollMs: number;
  /** Each resource takes at least this long (so IN_PROGRESS can be seen). */
  stepMs: number;
}

export interface Run {
  stack: HeatStack;
  token: string;
  custom: CustomChecks;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A create or update under way, which a delete cancels and then waits for. */
interface Control {
  cancelled: boolean;
  done: Promise<void>;
}

const running = new WeakMap<HeatStack, Control>();

class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

function track(stack: HeatStack): { control: Control; finish(): void } {
  let finish = () => {};
  const control: Control = {
    cancelled: false,
    done: new Promise<void>((r) => (finish = r)),
  };
  running.set(stack, control);
  return {
    control,
    finish() {
      if (running.get(stack) === control) running.delete(stack);
      finish();
    },
  };
}

const ERROR_TYPES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'OverLimit',
};

function failureText(err: unknown, resource: string): string {
  if (err instanceof ResourceFailure) return `${err.type}: resources.${resource}: ${err.message}`;
  if (err instanceof CloudCallError) {
    const type = ERROR_TYPES[err.status] ?? 'ResourceInError';
    return `${type}: resources.${resource}: ${err.message}`;
  }
  return `Error: resources.${resource}: ${(err as Error).message}`;
}

export function addEvent(
  deps: EngineDeps,
  stack: HeatStack,
  e: {
    resourceName: string;
    physicalId: string;
    type: string;
    status: string;
    reason: string;
    properties?: unknown;
  },
) {
  stack.events.push({ id: randomUUID(), time: deps.now(), properties: e.properties ?? {}, ...e });
}

function setStack(
  deps: EngineDeps,
  stack: HeatStack,
  action: string,
  status: string,
  reason: string,
) {
  stack.action = action;
  stack.status = status;
  stack.reason = reason;
  if (action !== 'CREATE' || status !== 'IN_PROGRESS')
    stack.updatedAt = action === 'CREATE' ? stack.updatedAt : deps.now();
  addEvent(deps, stack, {
    resourceName: stack.name,
    physicalId: stack.id,
    type: 'OS::Heat::Stack',
    status: `${action}_${status}`,
    reason,
  });
  deps.changed();
}

function setResource(
  deps: EngineDeps,
  stack: HeatStack,
  r: HeatResource,
  action: string,
  status: string,
  reason: string,
) {
  r.action = action;
  r.status = status;
  r.reason = reason;
  r.updatedAt = deps.now();
  addEvent(deps, stack, {
    resourceName: r.name,
    physicalId: r.physicalId ?? '',
    type: r.type,
    status: `${action}_${status}`,
    reason,
    properties: r.properties,
  });
  deps.changed();
}

export function analysisOf(stack: HeatStack, custom: CustomChecks): Analysis {
  return analyze({
    template: stack.template,
    params: stack.params,
    files: stack.files,
    custom,
    stack: { name: stack.name, id: stack.id, projectId: stack.projectId },
  });
}

/** Resolves a value with the stack's live references and attributes. */
export function liveContext(stack: HeatStack, a: Analysis, path: string) {
  const ctx = baseContext(a, stack.files, path);
  ctx.resourceRef = (name) => {
    const r = stack.resources.find((x) => x.name === name);
    // A RandomString's reference is its value; one Heat gives no id (a wait condition), its name.
    return r?.type === 'OS::Heat::RandomString'
      ? (r.attributes.value ?? null)
      : r?.physicalId === ''
        ? r.name
        : (r?.physicalId ?? null);
  };
  ctx.attribute = (name, attr) =>
    stack.resources.find((r) => r.name === name)?.attributes[attr] ?? null;
  return ctx;
}

async function createOne(
  deps: EngineDeps,
  run: Run,
  cloud: Cloud,
  a: Analysis,
  def: ResourceDef,
  action: 'CREATE' | 'UPDATE',
  control: Control,
) {
  const { stack } = run;
  const plugin = RESOURCE_TYPES[def.type]!;
  let r = stack.resources.find((x) => x.name === def.name && x.status !== 'REPLACED');
  const props = resolve(
    def.properties,
    liveContext(stack, a, `resources.${def.name}.properties`),
  ) as Record<string, unknown>;
  if (!r) {
    r = {
      name: def.name,
      type: def.type,
      action: 'INIT',
      status: 'COMPLETE',
      reason: '',
      physicalId: null,
      attributes: {},
      properties: props,
      definition: def.definition,
      requires: def.requires,
      createdAt: deps.now(),
      updatedAt: null,
    };
    stack.resources.push(r);
  }
  r.properties = props;
  r.definition = def.definition;
  r.requires = def.requires;
  setResource(deps, stack, r, 'CREATE', 'IN_PROGRESS', 'state changed');
  const started = deps.now();
  const halt = () => {
    if (control.cancelled) throw new Cancelled();
  };
  try {
    const made = await plugin.create(cloud, props, {
      name: def.name,
      stackName: stack.name,
      stackId: stack.id,
    });
    r.physicalId = made.physicalId;
    r.attributes = made.attributes;
    deps.changed();
    halt();
    if (plugin.ready)
      while (!(await plugin.ready(cloud, made.physicalId))) {
        halt();
        await sleep(deps.pollMs);
      }
    if (plugin.waitFor)
      await plugin.waitFor({
        stack,
        resource: r,
        props,
        now: () => deps.now(),
        pause: () => sleep(deps.pollMs),
        cancelled: () => control.cancelled,
        event: (x, status, reason) =>
          addEvent(deps, stack, {
            resourceName: x.name,
            physicalId: x.physicalId ?? '',
            type: x.type,
            status,
            reason,
          }),
        changed: () => deps.changed(),
      });
    halt();
    if (plugin.refresh)
      r.attributes = { ...r.attributes, ...(await plugin.refresh(cloud, made.physicalId)) };
    const left = deps.stepMs - (deps.now() - started);
    if (left > 0) await sleep(left);
    halt();
    setResource(deps, stack, r, 'CREATE', 'COMPLETE', 'state changed');
  } catch (err) {
    if (control.cancelled) {
      setResource(deps, stack, r, 'CREATE', 'FAILED', 'CREATE aborted (user triggered cancel)');
      throw new Cancelled();
    }
    setResource(deps, stack, r, 'CREATE', 'FAILED', failureText(err, def.name));
    throw new Error(`Resource ${action} failed: ${r.reason}`);
  }
}

/** Creates `defs` in dependency order, as many at once as are ready (none more once cancelled). */
async function createAll(
  deps: EngineDeps,
  run: Run,
  cloud: Cloud,
  a: Analysis,
  defs: ResourceDef[],
  action: 'CREATE' | 'UPDATE',
  control: Control,
) {
  const todo = new Map(defs.map((d) => [d.name, d]));
  const done = new Set(
    run.stack.resources
      .filter((r) => r.status === 'COMPLETE' && !todo.has(r.name))
      .map((r) => r.name),
  );
  const making = new Map<string, Promise<string>>();
  let failure: Error | null = null;
  while ((todo.size > 0 || making.size > 0) && !failure) {
    for (const [name, def] of todo) {
      if (control.cancelled) break;
      if (def.requires.every((q) => done.has(q))) {
        todo.delete(name);
        making.set(
          name,
          createOne(deps, run, cloud, a, def, action, control).then(() => name),
        );
      }
    }
    if (making.size === 0) break;
    try {
      const name = await Promise.race(making.values());
      making.delete(name);
      done.add(name);
    } catch (err) {
      failure = err as Error;
    }
  }
  await Promise.allSettled(making.values());
  if (control.cancelled) throw new Cancelled();
  if (failure) throw failure;
}

async function deleteOne(deps: EngineDeps, run: Run, cloud: Cloud, r: HeatResource) {
  const plugin = RESOURCE_TYPES[r.type];
  setResource(deps, run.stack, r, 'DELETE', 'IN_PROGRESS', 'state changed');
  try {
    if (r.physicalId && plugin?.delete) {
      await plugin.delete(cloud, r.physicalId, r.properties);
      if (plugin.gone) while (!(await plugin.gone(cloud, r.physicalId))) await sleep(deps.pollMs);
    }
    setResource(deps, run.stack, r, 'DELETE', 'COMPLETE', 'state changed');
  } catch (err) {
    setResource(deps, run.stack, r, 'DELETE', 'FAILED', failureText(err, r.name));
    throw new Error(`Resource DELETE failed: ${r.reason}`);
  }
}

/** Deletes `names` (all when unset) in reverse dependency order. */
async function deleteAll(deps: EngineDeps, run: Run, cloud: Cloud, only?: HeatResource[]) {
  const targets =
    only ?? run.stack.resources.filter((r) => !(r.action === 'DELETE' && r.status === 'COMPLETE'));
  const left = new Set(targets);
  while (left.size > 0) {
    const batch = [...left].filter(
      (r) => ![...left].some((o) => o !== r && o.requires.includes(r.name)),
    );
    if (batch.length === 0) break;
    batch.forEach((r) => left.delete(r));
    const results = await Promise.allSettled(
      batch.filter((r) => !(r.action === 'INIT')).map((r) => deleteOne(deps, run, cloud, r)),
    );
    const failed = results.find((x) => x.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }
}

export function startCreate(deps: EngineDeps, run: Run, a: Analysis) {
  const cloud = cloudFor(deps.state, deps.regionId, run.stack.projectId, run.token);
  const { control, finish } = track(run.stack);
  void (async () => {
    setStack(deps, run.stack, 'CREATE', 'IN_PROGRESS', 'Stack CREATE started');
    try {
      await createAll(deps, run, cloud, a, a.resources, 'CREATE', control);
      setStack(deps, run.stack, 'CREATE', 'COMPLETE', 'Stack CREATE completed successfully');
    } catch (err) {
      if (!control.cancelled) {
        setStack(deps, run.stack, 'CREATE', 'FAILED', (err as Error).message);
        if (!run.stack.disableRollback) await rollback(deps, run, cloud, control);
      }
    } finally {
      finish();
    }
  })();
}

async function rollback(deps: EngineDeps, run: Run, cloud: Cloud, control: Control) {
  // A delete that comes meanwhile takes over the stack's status.
  const set = (action: string, status: string, reason: string) => {
    if (!control.cancelled) setStack(deps, run.stack, action, status, reason);
  };
  set('ROLLBACK', 'IN_PROGRESS', 'Stack ROLLBACK started');
  try {
    await deleteAll(deps, run, cloud);
    run.stack.resources = [];
    set('ROLLBACK', 'COMPLETE', 'Stack ROLLBACK completed successfully');
  } catch (err) {
    set('ROLLBACK', 'FAILED', (err as Error).message);
  }
}

export function startDelete(deps: EngineDeps, run: Run, remove: () => void) {
  const cloud = cloudFor(deps.state, deps.regionId, run.stack.projectId, run.token);
  const { stack } = run;
  const under = running.get(stack);
  void (async () => {
    if (under) {
      under.cancelled = true;
      if (
        (stack.action === 'CREATE' || stack.action === 'UPDATE') &&
        stack.status === 'IN_PROGRESS'
      )
        setStack(deps, stack, stack.action, 'FAILED', `Stack ${stack.action} cancelled`);
    }
    setStack(deps, run.stack, 'DELETE', 'IN_PROGRESS', 'Stack DELETE started');
    // What was being made stops first (a wait condition stops waiting), then all goes.
    if (under) await under.done;
    try {
      await deleteAll(deps, run, cloud);
      setStack(deps, run.stack, 'DELETE', 'COMPLETE', 'Stack DELETE completed successfully');
      remove();
      deps.changed();
    } catch (err) {
      setStack(deps, run.stack, 'DELETE', 'FAILED', (err as Error).message);
    }
  })();
}

export interface UpdatePlan {
  added: ResourceDef[];
  deleted: HeatResource[];
  replaced: ResourceDef[];
  updated: ResourceDef[];
  unchanged: ResourceDef[];
}

/** What an update changes: by name, a new type or changed non-updatable properties replace. */
export function planUpdate(stack: HeatStack, next: Analysis): UpdatePlan {
  const plan: UpdatePlan = { added: [], deleted: [], replaced: [], updated: [], unchanged: [] };
  const live = stack.resources.filter((r) => !(r.action === 'DELETE' && r.status === 'COMPLETE'));
  for (const def of next.resources) {
    const old = live.find((r) => r.name === def.name);
    if (!old) plan.added.push(def);
    else if (old.type !== def.type || old.status === 'FAILED') plan.replaced.push(def);
    else {
      const props = resolve(
        def.properties,
        liveContext(stack, next, `resources.${def.name}.properties`),
      ) as Record<string, unknown>;
      const keys = new Set([...Object.keys(props), ...Object.keys(old.properties)]);
      const changed = [...keys].filter(
        (k) => JSON.stringify(props[k]) !== JSON.stringify(old.properties[k]),
      );
      if (changed.length === 0) plan.unchanged.push(def);
      else if (def.type === 'OS::Heat::Value' || def.type === 'OS::Heat::None')
        plan.updated.push(def);
      else plan.replaced.push(def);
    }
  }
  for (const r of live) if (!next.resources.some((d) => d.name === r.name)) plan.deleted.push(r);
  return plan;
}

export function startUpdate(deps: EngineDeps, run: Run, next: Analysis, plan: UpdatePlan) {
  const cloud = cloudFor(deps.state, deps.regionId, run.stack.projectId, run.token);
  const { stack } = run;
  const { control, finish } = track(stack);
  void (async () => {
    setStack(deps, stack, 'UPDATE', 'IN_PROGRESS', 'Stack UPDATE started');
    try {
      for (const def of plan.updated) {
        const r = stack.resources.find((x) => x.name === def.name)!;
        setResource(deps, stack, r, 'UPDATE', 'IN_PROGRESS', 'state changed');
        r.properties = resolve(
          def.properties,
          liveContext(stack, next, `resources.${def.name}.properties`),
        ) as Record<string, unknown>;
        r.definition = def.definition;
        if (def.type === 'OS::Heat::Value') r.attributes = { value: r.properties.value };
        setResource(deps, stack, r, 'UPDATE', 'COMPLETE', 'state changed');
      }
      const old = plan.replaced.map((d) => stack.resources.find((x) => x.name === d.name)!);
      // Replaced resources are made anew first, then the old ones go (Heat's default).
      for (const r of old) r.status = 'REPLACED';
      await createAll(deps, run, cloud, next, [...plan.added, ...plan.replaced], 'UPDATE', control);
      for (const r of old) r.status = 'COMPLETE';
      await deleteAll(deps, run, cloud, [...plan.deleted, ...old]);
      const gone = new Set([...plan.deleted, ...old]);
      stack.resources = stack.resources.filter((r) => !gone.has(r));
      if (!control.cancelled)
        setStack(deps, stack, 'UPDATE', 'COMPLETE', 'Stack UPDATE completed successfully');
    } catch (err) {
      if (!control.cancelled) setStack(deps, stack, 'UPDATE', 'FAILED', (err as Error).message);
    } finally {
      finish();
    }
  })();
}

/** Suspend, resume, check: each resource in turn (suspend in reverse order). */
export function startAction(deps: EngineDeps, run: Run, action: 'SUSPEND' | 'RESUME' | 'CHECK') {
  const cloud = cloudFor(deps.state, deps.regionId, run.stack.projectId, run.token);
  const { stack } = run;
  void (async () => {
    setStack(deps, stack, action, 'IN_PROGRESS', `Stack ${action} started`);
    const order = action === 'SUSPEND' ? [...stack.resources].reverse() : [...stack.resources];
    try {
      for (const r of order) {
        const plugin = RESOURCE_TYPES[r.type];
        setResource(deps, stack, r, action, 'IN_PROGRESS', 'state changed');
        try {
          if (r.physicalId) {
            if (action === 'SUSPEND') await plugin?.suspend?.(cloud, r.physicalId);
            if (action === 'RESUME') await plugin?.resume?.(cloud, r.physicalId);
            if (action === 'CHECK') await plugin?.check?.(cloud, r.physicalId);
          }
        } catch (err) {
          setResource(deps, stack, r, action, 'FAILED', failureText(err, r.name));
          throw new Error(`Resource ${action} failed: ${r.reason}`);
        }
        setResource(deps, stack, r, action, 'COMPLETE', 'state changed');
      }
      await sleep(deps.stepMs);
      setStack(deps, stack, action, 'COMPLETE', `Stack ${action} completed successfully`);
    } catch (err) {
      setStack(deps, stack, action, 'FAILED', (err as Error).message);
    }
  })();
}
