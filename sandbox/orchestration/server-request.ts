import { CloudCallError, type Cloud } from './cloud';
import { compact, neutronId, obj, physicalName, type CreateContext } from './plugin';

// OS::Nova::Server's properties turned into Nova's create request, as Heat's
// server plugin does: names looked up as IDs, block_device_mapping_v2 entries
// given Nova's source and destination types, scheduler hints beside the server.

async function flavorId(cloud: Cloud, nameOrId: unknown): Promise<string> {
  const flavors = obj(await cloud.call('compute', 'GET', '/flavors')).flavors as {
    id: string;
    name: string;
  }[];
  const flavor = flavors.find((f) => f.id === String(nameOrId) || f.name === String(nameOrId));
  if (!flavor) throw new CloudCallError(404, `Flavor ${String(nameOrId)} could not be found.`);
  return flavor.id;
}

async function imageId(cloud: Cloud, nameOrId: unknown): Promise<string> {
  const images = (obj(await cloud.call('image', 'GET', '/v2/images?limit=1000')).images ?? []) as {
    id: string;
    name: string;
  }[];
  const image =
    images.find((i) => i.id === String(nameOrId)) ??
    images.find((i) => i.name === String(nameOrId));
  if (!image) throw new CloudCallError(404, `No images matching {'name': '${String(nameOrId)}'}.`);
  return image.id;
}

async function cinderId(cloud: Cloud, kind: 'volumes' | 'snapshots', nameOrId: unknown) {
  const value = String(nameOrId);
  const single = kind === 'volumes' ? 'volume' : 'snapshot';
  const own = obj(
    obj(await cloud.find('volumev3', `/${kind}/${encodeURIComponent(value)}`))[single],
  );
  if (typeof own.id === 'string') return own.id;
  const rows = (obj(
    await cloud.call('volumev3', 'GET', `/${kind}?name=${encodeURIComponent(value)}`),
  )[kind] ?? []) as { id: string }[];
  if (rows.length !== 1)
    throw new CloudCallError(
      404,
      `${single === 'volume' ? 'Volume' : 'Snapshot'} ${value} could not be found.`,
    );
  return rows[0]!.id;
}

/** One block_device_mapping_v2 entry as Heat hands it to Nova. */
async function blockDevice(cloud: Cloud, entry: Record<string, unknown>) {
  let base: Record<string, unknown> = {};
  if (entry.volume_id)
    base = { uuid: await cinderId(cloud, 'volumes', entry.volume_id), source_type: 'volume' };
  else if (entry.snapshot_id)
    base = { uuid: await cinderId(cloud, 'snapshots', entry.snapshot_id), source_type: 'snapshot' };
  else if (entry.image ?? entry.image_id)
    base = { uuid: await imageId(cloud, entry.image ?? entry.image_id), source_type: 'image' };
  else if (entry.swap_size)
    base = {
      source_type: 'blank',
      destination_type: 'local',
      boot_index: -1,
      delete_on_termination: true,
      guest_format: 'swap',
      volume_size: entry.swap_size,
    };
  else if (entry.ephemeral_size)
    base = {
      source_type: 'blank',
      destination_type: 'local',
      boot_index: -1,
      delete_on_termination: true,
      guest_format: entry.ephemeral_format,
      volume_size: entry.ephemeral_size,
    };
  return compact({
    destination_type: 'volume',
    boot_index: 0,
    delete_on_termination: false,
    ...base,
    device_name: entry.device_name,
    volume_size: entry.volume_size ?? base.volume_size,
    device_type: entry.device_type,
    disk_bus: entry.disk_bus,
    ...(entry.boot_index !== undefined && entry.boot_index !== null
      ? { boot_index: entry.boot_index }
      : {}),
    ...(typeof entry.delete_on_termination === 'boolean'
      ? { delete_on_termination: entry.delete_on_termination }
      : {}),
  });
}

async function nics(cloud: Cloud, networks: unknown): Promise<unknown> {
  if (!Array.isArray(networks)) return 'auto';
  const entries = networks.map(obj);
  // allocate_network ('auto' or 'none') stands for the whole list, as in Nova.
  const allocate = entries.find((n) => typeof n.allocate_network === 'string');
  if (allocate) return allocate.allocate_network;
  return Promise.all(
    entries.map(async (o) => {
      if (o.port) return { port: await neutronId(cloud, 'ports', o.port) };
      return compact({
        uuid: await neutronId(cloud, 'networks', o.network),
        fixed_ip: o.fixed_ip,
        tag: o.tag,
      });
    }),
  );
}

/** Heat refuses a server with nothing to boot from when the stack is validated. */
export function bootSourceRefusal(props: Record<string, unknown>, name: string): string | null {
  if (props.image) return null;
  const mappings = Array.isArray(props.block_device_mapping_v2)
    ? props.block_device_mapping_v2.map(obj)
    : [];
  const boots = mappings.some(
    (m) => (m.volume_id || m.snapshot_id || m.image || m.image_id) && (m.boot_index ?? 0) === 0,
  );
  return boots ? null : `Neither image nor bootable volume is specified for instance ${name}`;
}

/** The body of POST /servers for these properties. */
export async function serverRequest(
  cloud: Cloud,
  p: Record<string, unknown>,
  ctx: CreateContext,
): Promise<Record<string, unknown>> {
  const mappings = Array.isArray(p.block_device_mapping_v2)
    ? await Promise.all(p.block_device_mapping_v2.map((m) => blockDevice(cloud, obj(m))))
    : undefined;
  const hints = obj(p.scheduler_hints);
  return compact({
    server: compact({
      name: p.name ?? physicalName(ctx),
      flavorRef: await flavorId(cloud, p.flavor),
      imageRef: p.image ? await imageId(cloud, p.image) : undefined,
      block_device_mapping_v2: mappings,
      key_name: p.key_name,
      networks: await nics(cloud, p.networks),
      security_groups:
        Array.isArray(p.security_groups) && p.security_groups.length
          ? p.security_groups.map((g) => ({ name: String(g) }))
          : undefined,
      // Heat wraps other formats in a MIME archive for its agents; the sandbox hands the
      // script over as written (see KNOWN-DIFFERENCES.md).
      user_data: p.user_data ? Buffer.from(String(p.user_data)).toString('base64') : undefined,
      metadata: p.metadata,
      availability_zone: p.availability_zone,
      config_drive: p.config_drive === true ? true : undefined,
      adminPass: p.admin_pass,
    }),
    'os:scheduler_hints': Object.keys(hints).length > 0 ? hints : undefined,
  });
}
