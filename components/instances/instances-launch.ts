// Launch Instance: one zod schema per wizard step; with the request builder and the
// shared rules re-exported, this is the one module the wizard and its tests import.
// api-ref: compute v2.1, "Servers (servers)" → "Create Server" (microversion 2.37+:
// `networks` is required and is 'none', 'auto' or a list).
import { z } from 'zod';
import { formText } from '@/lib/forms/text';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import {
  base64Length,
  CONTROL,
  effectiveNetworks,
  GIB,
  grouped,
  isImageSource,
  kb,
  minimumVolumeSize,
  networksRequired,
  NOVA_LIMITS,
  parseCount,
  plural,
  SOURCE_TYPES,
  utf8Length,
  type LaunchContext,
  type QuotaSummary,
  type SourceInfo,
  type SourceType,
} from './instances-launch-context';
import {
  clip,
  hintProblem,
  hintsFromLines,
  joinProblems,
  METADATA_KEY,
  parseKeyValueLines,
} from './instances-launch-lines';

export * from './instances-launch-context';
export * from './instances-launch-lines';
export * from './instances-launch-request';

const str = z
  .string()
  .optional()
  .transform((v) => v ?? '');
const bool = z
  .boolean()
  .optional()
  .transform((v) => v === true);
const list = z
  .array(z.string())
  .optional()
  .transform((v) => v ?? []);

// ---------------------------------------------------------------------------
// Details.

function nameProblem(name: string): string | undefined {
  if (name === '') return 'Enter an instance name.';
  const length = [...name].length;
  if (length > NOVA_LIMITS.name)
    return `Instance Name must be ${NOVA_LIMITS.name} characters or fewer; this one has ${grouped(length)}.`;
  if (CONTROL.test(name))
    return 'Instance Name cannot contain control characters such as tabs or line breaks.';
  return undefined;
}

function countProblem(raw: string, quota: QuotaSummary | undefined): string | undefined {
  const value = raw.trim();
  if (value === '') return 'Enter how many instances to launch.';
  if (!/^-?\d+$/.test(value)) return 'Count must be a whole number, such as 1 or 3.';
  const n = Number(value);
  if (n < 1) return 'Count must be at least 1.';
  if (quota && n > quota.instances.left) {
    const { limit, used, left } = quota.instances;
    return left === 0
      ? `The project has used all ${grouped(limit)} instances of its quota; delete one before launching.`
      : `At most ${plural(left, 'instance')} can be launched: the quota allows ${grouped(limit)} and ${grouped(used)} ${used === 1 ? 'is' : 'are'} in use.`;
  }
  return undefined;
}

export function detailsSchema(ctx: LaunchContext) {
  return z
    .object({
      name: str.transform((v) => v.trim()),
      description: str.transform((v) => v.trim()),
      availability_zone: str,
      count: str,
    })
    .superRefine((v, issues) => {
      const name = nameProblem(v.name);
      if (name) issues.addIssue({ code: 'custom', path: ['name'], message: name });
      const length = [...v.description].length;
      if (length > NOVA_LIMITS.description) {
        issues.addIssue({
          code: 'custom',
          path: ['description'],
          message: `Description must be ${NOVA_LIMITS.description} characters or fewer; this one has ${grouped(length)}.`,
        });
      } else if (CONTROL.test(v.description)) {
        issues.addIssue({
          code: 'custom',
          path: ['description'],
          message: 'Description cannot contain control characters such as tabs or line breaks.',
        });
      }
      const count = countProblem(v.count, ctx.quota);
      if (count) issues.addIssue({ code: 'custom', path: ['count'], message: count });
    })
    .transform((v) => ({ ...v, count: parseCount(v.count) ?? 1 }));
}

// ---------------------------------------------------------------------------
// Source.

const CHOOSE_SOURCE: Record<SourceType, string> = {
  image: 'Choose an image in the table.',
  snapshot: 'Choose an instance snapshot in the table.',
  volume: 'Choose a volume in the table.',
  volume_snapshot: 'Choose a volume snapshot in the table.',
};

export function sourceSchema(ctx: LaunchContext) {
  return z
    .object({
      source_type: z.enum(SOURCE_TYPES, { error: 'Choose a boot source.' }),
      source_id: str,
      create_volume: str,
      volume_size: str.transform((v) => v.trim()),
      delete_on_termination: bool,
    })
    .superRefine((v, issues) => {
      if (v.source_id === '') {
        issues.addIssue({
          code: 'custom',
          path: ['source_id'],
          message: CHOOSE_SOURCE[v.source_type],
        });
        return;
      }
      const unusable = ctx.unusable?.(v.source_type, v.source_id);
      if (unusable) {
        issues.addIssue({ code: 'custom', path: ['source_id'], message: unusable });
        return;
      }
      if (!isImageSource(v.source_type) || v.create_volume !== 'yes' || v.volume_size === '')
        return;
      const info = ctx.source?.(v.source_type, v.source_id);
      const min = minimumVolumeSize(info);
      if (!/^\d+$/.test(v.volume_size)) {
        issues.addIssue({
          code: 'custom',
          path: ['volume_size'],
          message: 'Volume Size must be a whole number of GB, such as 10.',
        });
      } else if (Number(v.volume_size) < min) {
        issues.addIssue({
          code: 'custom',
          path: ['volume_size'],
          message: `Volume Size must be at least ${min} GB: ${info?.name || 'the image'} needs ${min} GB.`,
        });
      }
    })
    .transform((v) => {
      const createVolume = isImageSource(v.source_type) && v.create_volume === 'yes';
      const bootsFromVolume = createVolume || !isImageSource(v.source_type);
      return {
        source_type: v.source_type,
        source_id: v.source_id,
        create_volume: createVolume,
        volume_size: createVolume
          ? v.volume_size === ''
            ? minimumVolumeSize(ctx.source?.(v.source_type, v.source_id))
            : Number(v.volume_size)
          : undefined,
        delete_on_termination: bootsFromVolume && v.delete_on_termination,
      };
    });
}

// ---------------------------------------------------------------------------
// Flavor.

export interface FlavorCheck {
  count: number;
  source?: SourceInfo;
  /** The root disk is a volume: the flavor's disk does not matter. */
  bootsFromVolume: boolean;
  quota?: QuotaSummary;
}

/** Why this flavor cannot be used for this launch, or undefined when it can. */
export function flavorProblem(flavor: Flavor, check: FlavorCheck): string | undefined {
  const { count, source, quota } = check;
  if (source && source.minRam > flavor.ram)
    return `Too little RAM: ${source.name || 'the image'} needs ${grouped(source.minRam)} MB.`;
  if (source && !check.bootsFromVolume && flavor.disk > 0) {
    if (source.minDisk > flavor.disk)
      return `Root disk too small: ${source.name || 'the image'} needs ${source.minDisk} GB.`;
    if (source.sizeBytes > flavor.disk * GIB)
      return `Root disk too small: the image is larger than ${flavor.disk} GB.`;
  }
  if (quota) {
    const times = count > 1 ? `${count} × ` : '';
    if (quota.instances.left < count)
      return quota.instances.left === 0
        ? 'Instance quota used up.'
        : `Exceeds the instance quota: ${grouped(quota.instances.left)} left.`;
    if (flavor.vcpus * count > quota.cores.left)
      return `Exceeds the VCPU quota: needs ${times}${flavor.vcpus}, ${grouped(quota.cores.left)} left.`;
    if (flavor.ram * count > quota.ram.left)
      return `Exceeds the RAM quota: needs ${times}${grouped(flavor.ram)} MB, ${grouped(quota.ram.left)} MB left.`;
  }
  return undefined;
}

/** Reads what the flavor check needs from the (raw) wizard values. */
export function flavorCheckFor(values: Record<string, unknown>, ctx: LaunchContext): FlavorCheck {
  const type = SOURCE_TYPES.find((t) => t === values.source_type) ?? 'image';
  const id = formText(values, 'source_id', '', { raw: true });
  return {
    count: parseCount(values.count) ?? 1,
    source: id ? ctx.source?.(type, id) : undefined,
    bootsFromVolume: !isImageSource(type) || values.create_volume === 'yes',
    quota: ctx.quota,
  };
}

export function flavorSchema(ctx: LaunchContext) {
  return z
    .looseObject({ flavor: str })
    .superRefine((v, issues) => {
      if (v.flavor === '') {
        issues.addIssue({ code: 'custom', path: ['flavor'], message: 'Choose a flavor.' });
        return;
      }
      const flavor = ctx.flavors?.find((f) => f.id === v.flavor);
      const problem = flavor && flavorProblem(flavor, flavorCheckFor(v, ctx));
      if (flavor && problem)
        issues.addIssue({
          code: 'custom',
          path: ['flavor'],
          message: `${flavor.name} cannot be used: ${problem}`,
        });
    })
    .transform((v) => ({ flavor: v.flavor }));
}

// ---------------------------------------------------------------------------
// Networks and ports.

export function networksSchema(ctx: LaunchContext) {
  return z
    .looseObject({
      networks: list,
      network_fallback: z
        .enum(['none', 'auto'])
        .optional()
        .transform((v) => v ?? 'none'),
    })
    .superRefine((v, issues) => {
      const ports = Array.isArray(v.ports) ? v.ports : [];
      if (networksRequired(ctx) && v.networks.length === 0 && ports.length === 0) {
        issues.addIssue({
          code: 'custom',
          path: ['networks'],
          message: ctx.availableNetworks
            ? 'Choose at least one network (or a port in Network Ports).'
            : 'The list of networks has not loaded: wait for it (or choose a port in Network Ports).',
        });
      }
      if (new Set(v.networks).size !== v.networks.length)
        issues.addIssue({
          code: 'custom',
          path: ['networks'],
          message: 'Each network can be chosen once.',
        });
    })
    .transform((v) => ({
      networks: effectiveNetworks(
        v.networks,
        Array.isArray(v.ports) ? (v.ports as string[]) : [],
        ctx.availableNetworks,
      ),
      network_fallback: v.network_fallback,
    }));
}

export function portsSchema() {
  return z
    .looseObject({ ports: list })
    .superRefine((v, issues) => {
      const count = parseCount(v.count) ?? 1;
      if (v.ports.length > 0 && count > 1)
        issues.addIssue({
          code: 'custom',
          path: ['ports'],
          message: `A port belongs to one instance only: set Count to 1 in Details (it is ${count}), or choose no port.`,
        });
    })
    .transform((v) => ({ ports: v.ports }));
}

// ---------------------------------------------------------------------------
// Security groups, key pair, configuration, server group.

export function securityGroupsSchema() {
  return z.object({ security_groups: list });
}

export function keypairSchema() {
  return z.object({ key_name: str });
}

export function userDataProblem(script: string): string | undefined {
  const bytes = utf8Length(script);
  const encoded = base64Length(bytes);
  if (encoded <= NOVA_LIMITS.userDataBase64) return undefined;
  return `The script is ${kb(bytes)}. Nova accepts user data up to ${grouped(NOVA_LIMITS.userDataBase64)} characters after base64 encoding (a script of about 47 KB); this one encodes to ${grouped(encoded)}. Shorten it, or have it download the rest when the instance boots.`;
}

export function configurationSchema() {
  return z.object({ user_data: str, config_drive: bool }).superRefine((v, issues) => {
    const problem = userDataProblem(v.user_data);
    if (problem) issues.addIssue({ code: 'custom', path: ['user_data'], message: problem });
  });
}

export function serverGroupSchema() {
  return z.object({ server_group: str });
}

// ---------------------------------------------------------------------------
// Scheduler hints and metadata.

export function schedulerHintsSchema() {
  return z.object({ scheduler_hints: str }).transform((v, issues) => {
    const { items, problems } = parseKeyValueLines(v.scheduler_hints);
    for (const item of items) {
      const problem = hintProblem(item);
      if (problem) problems.push({ line: item.line, message: problem });
    }
    if (problems.length > 0) {
      issues.addIssue({
        code: 'custom',
        path: ['scheduler_hints'],
        message: joinProblems(problems),
      });
      return z.NEVER;
    }
    return { scheduler_hints: hintsFromLines(items) };
  });
}

export function metadataSchema(ctx: LaunchContext) {
  return z.object({ metadata: str }).transform((v, issues) => {
    const { items, problems } = parseKeyValueLines(v.metadata);
    const seen = new Map<string, number>();
    const metadata: Record<string, string> = {};
    for (const { line, key, value } of items) {
      const problem = (message: string) =>
        problems.push({ line, message: `Line ${line}: ${message}` });
      if (key.length > NOVA_LIMITS.metadataKey)
        problem(
          `the key has ${grouped(key.length)} characters; Nova allows ${NOVA_LIMITS.metadataKey}.`,
        );
      else if (!METADATA_KEY.test(key))
        problem(
          `the key "${clip(key)}" may only hold letters, digits, spaces and - _ : . (Nova's rule).`,
        );
      else if (seen.has(key)) problem(`"${clip(key)}" is already set on line ${seen.get(key)}.`);
      if ([...value].length > NOVA_LIMITS.metadataValue)
        problem(
          `the value of "${clip(key)}" has ${grouped([...value].length)} characters; Nova allows ${NOVA_LIMITS.metadataValue}.`,
        );
      if (!seen.has(key)) seen.set(key, line);
      metadata[key] = value;
    }
    const max = ctx.quota?.maxServerMeta ?? Infinity;
    if (seen.size > max)
      problems.push({
        line: 0,
        message: `Nova allows at most ${plural(max, 'item')} of metadata in this project (maxServerMeta); there are ${grouped(seen.size)}.`,
      });
    if (problems.length > 0) {
      issues.addIssue({ code: 'custom', path: ['metadata'], message: joinProblems(problems) });
      return z.NEVER;
    }
    return { metadata };
  });
}
