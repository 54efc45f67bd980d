import { randomBytes } from 'node:crypto';
import { CloudCallError, type Cloud } from './cloud';
import type { HeatResource, HeatStack } from './schema';

// What every resource type of this Heat is made of (resource-types.ts and
// resource-types-more.ts): its schema as GET /resource_types/{type} shows it, and
// helpers the plugins share.

export interface PropSpec {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'map' | 'list';
  description: string;
  required?: boolean;
  update_allowed?: boolean;
  default?: unknown;
  /** Checked when a stack is made (StackValidationFailed), shown by GET /resource_types/{type}. */
  constraints?: PropConstraint[];
}

export type PropConstraint =
  { range: { min?: number; max?: number } } | { allowed_values: string[] };

export interface Created {
  physicalId: string;
  attributes: Record<string, unknown>;
}

/** Where a resource is made: its name, its stack's name and (in a stack) its stack's id. */
export interface CreateContext {
  name: string;
  stackName: string;
  stackId?: string;
}

/** A failure Heat reports under its own exception's name (WaitConditionTimeout: …). */
export class ResourceFailure extends Error {
  constructor(
    public readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a resource that waits after it is made (a wait condition) sees of its stack. */
export interface Waiting {
  stack: HeatStack;
  resource: HeatResource;
  props: Record<string, unknown>;
  now(): number;
  /** Waits one poll interval. */
  pause(): Promise<void>;
  /** True once the stack is being deleted: stop waiting, the engine aborts. */
  cancelled(): boolean;
  /** Records an event of another resource of the stack (a handle's signal). */
  event(r: HeatResource, status: string, reason: string): void;
  changed(): void;
}

export interface ResourcePlugin {
  description: string;
  /** Heat's policy keeps the type to project admins ("resource_types:<type>"): hidden from others' lists. */
  adminOnly?: boolean;
  properties: Record<string, PropSpec>;
  attributes: Record<string, string>;
  /** Attributes named by a pattern rather than listed (a group's resource.<n>). */
  attributePattern?: RegExp;
  /** Heat's own check of the resource when a stack is made or previewed (not on
   *  template validate): the refusal's text, or null. `props` as written. */
  validate?(props: Record<string, unknown>): string | null;
  create(cloud: Cloud, props: Record<string, unknown>, ctx: CreateContext): Promise<Created>;
  /** Polled after create until true; throws the failure. */
  ready?(cloud: Cloud, physicalId: string): Promise<boolean>;
  /** After create, in a stack: waits for what the resource waits on; throws the failure. */
  waitFor?(w: Waiting): Promise<void>;
  /** Fresh attributes (get_attr after create). */
  refresh?(cloud: Cloud, physicalId: string): Promise<Record<string, unknown>>;
  /** props: as resolved when it was made (e.g. a container's PurgeOnDelete). */
  delete?(cloud: Cloud, physicalId: string, props?: Record<string, unknown>): Promise<void>;
  /** Polled after delete until true. */
  gone?(cloud: Cloud, physicalId: string): Promise<boolean>;
  suspend?(cloud: Cloud, physicalId: string): Promise<void>;
  resume?(cloud: Cloud, physicalId: string): Promise<void>;
  /** Check: throws when the thing is missing or broken. */
  check?(cloud: Cloud, physicalId: string): Promise<void>;
}

const propOf =
  (type: PropSpec['type']) =>
  (description: string, extra: Partial<PropSpec> = {}): PropSpec => ({
    type,
    description,
    ...extra,
  });
/** A string, boolean or integer property of a resource type's schema. */
export const s = propOf('string');
export const bool = propOf('boolean');
export const int = propOf('integer');
export const obj = (v: unknown) =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
export const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );

export const physicalName = (ctx: { name: string; stackName: string }) =>
  `${ctx.stackName}-${ctx.name}-${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12).toLowerCase()}`;

export async function ignore404(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof CloudCallError && err.status === 404)) throw err;
  }
}

/** Neutron: a name or id to an id (Heat's neutron client find_resourceid_by_name_or_id). */
export async function neutronId(
  cloud: Cloud,
  collection: string,
  nameOrId: unknown,
): Promise<string> {
  const value = String(nameOrId);
  const byId = obj(await cloud.find('network', `/v2.0/${collection}/${encodeURIComponent(value)}`));
  const single = collection.replace(/ies$/, 'y').replace(/s$/, '').replace('-', '_');
  const own = obj(byId[single]);
  if (typeof own.id === 'string') return own.id;
  const list = obj(
    await cloud.call('network', 'GET', `/v2.0/${collection}?name=${encodeURIComponent(value)}`),
  );
  const rows = (list[collection] as { id: string }[] | undefined) ?? [];
  if (rows.length === 0)
    throw new CloudCallError(
      404,
      `Unable to find ${single.replace('_', ' ')} with name or id '${value}'`,
    );
  if (rows.length > 1)
    throw new CloudCallError(
      409,
      `Multiple ${single} matches found for name '${value}', use an ID to be more specific.`,
    );
  return rows[0]!.id;
}
