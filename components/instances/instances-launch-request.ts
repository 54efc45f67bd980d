// The body of POST /servers for what the wizard holds, and a lenient reading of
// half-filled values for the live equivalents pane.
// api-ref: compute v2.1, "Servers (servers)" → "Create Server".
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import type { CreateServerRequest } from '@/lib/openstack/compute/servers';
import {
  base64Utf8,
  effectiveNetworks,
  isImageSource,
  minimumVolumeSize,
  networksRequired,
  NOVA_LIMITS,
  parseCount,
  SOURCE_TYPES,
  type LaunchContext,
  type LaunchInput,
} from './instances-launch-context';
import {
  hintProblem,
  hintsFromLines,
  METADATA_KEY,
  parseKeyValueLines,
} from './instances-launch-lines';

export type LaunchNetworks = 'none' | 'auto' | ({ uuid: string } | { port: string })[];

/** Networks first (in the chosen order), then ports; 'none'/'auto' when there is neither. */
export function networksValue(input: LaunchInput): LaunchNetworks {
  const nics = [
    ...input.networks.map((uuid) => ({ uuid })),
    ...input.ports.map((port) => ({ port })),
  ];
  return nics.length > 0 ? nics : input.network_fallback;
}

export function blockDeviceMapping(input: LaunchInput): Record<string, unknown>[] | undefined {
  const root = { boot_index: 0, uuid: input.source_id, destination_type: 'volume' };
  const deleteOnTermination = { delete_on_termination: input.delete_on_termination };
  if (isImageSource(input.source_type)) {
    if (!input.create_volume) return undefined;
    return [
      {
        ...root,
        source_type: 'image',
        volume_size: input.volume_size ?? 1,
        ...deleteOnTermination,
      },
    ];
  }
  return [
    {
      ...root,
      source_type: input.source_type === 'volume' ? 'volume' : 'snapshot',
      ...deleteOnTermination,
    },
  ];
}

/** The scheduler hints sent, including the server group's `group`. */
export function allHints(input: LaunchInput): Record<string, string | string[]> {
  return {
    ...input.scheduler_hints,
    ...(input.server_group ? { group: input.server_group } : {}),
  };
}

/** The body of POST /servers for what the wizard holds. */
export function buildCreateServerRequest(input: LaunchInput): CreateServerRequest {
  const server: Record<string, unknown> = { name: input.name, flavorRef: input.flavor };
  const bdm = blockDeviceMapping(input);
  if (bdm) server.block_device_mapping_v2 = bdm;
  else server.imageRef = input.source_id;
  server.networks = networksValue(input);
  if (input.description) server.description = input.description;
  if (input.availability_zone) server.availability_zone = input.availability_zone;
  if (input.security_groups.length > 0)
    server.security_groups = input.security_groups.map((name) => ({ name }));
  if (input.key_name) server.key_name = input.key_name;
  if (input.user_data) server.user_data = base64Utf8(input.user_data);
  if (input.config_drive) server.config_drive = true;
  if (Object.keys(input.metadata).length > 0) server.metadata = input.metadata;
  if (input.count > 1) {
    server.min_count = input.count;
    server.max_count = input.count;
  }
  const hints = allHints(input);
  return Object.keys(hints).length > 0 ? { server, 'os:scheduler_hints': hints } : { server };
}

// ---------------------------------------------------------------------------
// A lenient reading of half-filled values, for the live equivalents pane.

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A placeholder while a required network is not chosen yet. */
function draftNetworks(chosen: string[], ports: string[], ctx: LaunchContext): string[] {
  const networks = effectiveNetworks(chosen, ports, ctx.availableNetworks);
  return networks.length === 0 && ports.length === 0 && networksRequired(ctx)
    ? ['<network>']
    : networks;
}

export function readLaunchDraft(values: FormValues, ctx: LaunchContext = {}): LaunchInput {
  const sourceType = SOURCE_TYPES.find((t) => t === values.source_type) ?? 'image';
  const sourceId = formText(values, 'source_id', '', { raw: true });
  const createVolume = isImageSource(sourceType) && values.create_volume === 'yes';
  const size = formText(values, 'volume_size');
  const ports = listOf(values.ports);
  const hintLines = parseKeyValueLines(
    formText(values, 'scheduler_hints', '', { raw: true }),
  ).items.filter((item) => !hintProblem(item));
  const metadata: Record<string, string> = {};
  for (const { key, value } of parseKeyValueLines(formText(values, 'metadata', '', { raw: true }))
    .items) {
    if (METADATA_KEY.test(key) && key.length <= NOVA_LIMITS.metadataKey && !(key in metadata))
      metadata[key] = value;
  }
  return {
    name: formText(values, 'name'),
    description: formText(values, 'description'),
    availability_zone: formText(values, 'availability_zone', '', { raw: true }),
    count: parseCount(values.count) ?? 1,
    source_type: sourceType,
    source_id: sourceId,
    create_volume: createVolume,
    volume_size: createVolume
      ? /^\d+$/.test(size)
        ? Number(size)
        : minimumVolumeSize(ctx.source?.(sourceType, sourceId))
      : undefined,
    delete_on_termination:
      (createVolume || !isImageSource(sourceType)) && values.delete_on_termination === true,
    flavor: formText(values, 'flavor', '', { raw: true }),
    networks: draftNetworks(listOf(values.networks), ports, ctx),
    network_fallback: values.network_fallback === 'auto' ? 'auto' : 'none',
    ports,
    security_groups: listOf(values.security_groups),
    key_name: formText(values, 'key_name', '', { raw: true }),
    user_data: formText(values, 'user_data', '', { raw: true }),
    config_drive: values.config_drive === true,
    server_group: formText(values, 'server_group', '', { raw: true }),
    scheduler_hints: hintsFromLines(hintLines),
    metadata,
  };
}
