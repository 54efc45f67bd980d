// Launch Instance's equivalent commands: `openstack server create`, openstacksdk's
// conn.compute.create_server(...) and an OS::Nova::Server resource, for exactly what
// the wizard holds. Run for real against the devcloud by
// launch-equivalents.real.ts (`npm run test:real`).
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml, yamlBlock } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import { isImageSource, SOURCE_LABELS, type LaunchInput } from './instances-launch-context';
import { allHints, blockDeviceMapping, networksValue } from './instances-launch-request';

const USER_DATA_FILE = 'user-data.txt';

/** id → what the CLI and Heat may call it (a name, when it is unambiguous). */
export type LaunchRefs = Record<string, string>;

function placeholders(input: LaunchInput) {
  const source = SOURCE_LABELS[input.source_type].toLowerCase().replace(/ /g, '-');
  return {
    name: input.name || '<name>',
    flavor: input.flavor || '<flavor>',
    sourceId: input.source_id || `<${source}>`,
  };
}

/** The names Nova gives to a multi-create: name-1, name-2, … */
export function launchedNames(input: LaunchInput): string[] {
  const name = input.name || '<name>';
  if (input.count <= 1) return [name];
  return Array.from({ length: input.count }, (_, i) => `${name}-${i + 1}`);
}

// ---------------------------------------------------------------------------
// CLI

/** python-openstackclient defaults to compute API 2.1; some options need more. */
function cliMicroversion(input: LaunchInput, nics: ReturnType<typeof networksValue>): string {
  if (typeof nics === 'string') return '2.37';
  if (input.description) return '2.19';
  return '';
}

/** A here-document whose end marker does not occur in the text. */
function heredoc(file: string, content: string): string {
  let marker = 'EOF';
  for (let i = 1; content.split('\n').includes(marker); i++) marker = `EOF_${i}`;
  const body = content.endsWith('\n') ? content.slice(0, -1) : content;
  return `cat > ${file} <<'${marker}'\n${body}\n${marker}`;
}

function cliEquivalent(input: LaunchInput, refs: LaunchRefs): string {
  const p = placeholders(input);
  const ref = (id: string) => refs[id] ?? id;
  const nics = networksValue(input);
  const args: string[] = [`--flavor ${sh(ref(p.flavor))}`];
  const prelude: string[] = [];
  const after: string[] = [];

  switch (input.source_type) {
    case 'image':
    case 'snapshot':
      args.push(`--image ${sh(ref(p.sourceId))}`);
      if (input.create_volume) args.push(`--boot-from-volume ${input.volume_size ?? 1}`);
      break;
    case 'volume':
      args.push(`--volume ${sh(ref(p.sourceId))}`);
      break;
    case 'volume_snapshot':
      args.push(`--snapshot ${sh(ref(p.sourceId))}`);
      break;
  }
  if (typeof nics === 'string') args.push(`--nic ${nics}`);
  else
    for (const nic of nics)
      args.push('uuid' in nic ? `--network ${sh(ref(nic.uuid))}` : `--port ${sh(nic.port)}`);
  for (const group of input.security_groups) args.push(`--security-group ${sh(group)}`);
  if (input.key_name) args.push(`--key-name ${sh(input.key_name)}`);
  if (input.availability_zone) args.push(`--availability-zone ${sh(input.availability_zone)}`);
  if (input.description) args.push(`--description ${sh(input.description)}`);
  if (input.user_data) {
    prelude.push(heredoc(USER_DATA_FILE, input.user_data));
    args.push(`--user-data ${USER_DATA_FILE}`);
  }
  if (input.config_drive) args.push('--use-config-drive');
  for (const [key, value] of Object.entries(input.metadata))
    args.push(`--property ${sh(`${key}=${value}`)}`);
  for (const [key, value] of Object.entries(allHints(input)))
    for (const v of Array.isArray(value) ? value : [value])
      args.push(`--hint ${sh(`${key}=${v}`)}`);
  if (input.count > 1) args.push(`--min ${input.count} --max ${input.count}`);

  const bootsFromVolume = input.create_volume || !isImageSource(input.source_type);
  if (bootsFromVolume && input.delete_on_termination) {
    // The client has no flag for it at boot; Nova lets it be changed once the server is built.
    const update = (server: string) => {
      const volume =
        input.source_type === 'volume'
          ? sh(p.sourceId)
          : `"$(openstack server volume list ${server} -f value -c 'Volume ID')"`;
      return `openstack --os-compute-api-version 2.85 server volume update --delete-on-termination ${server} ${volume}`;
    };
    const note = [
      '',
      '# python-openstackclient cannot ask for "delete on termination" at boot;',
      '# set it on the root volume once the server is built (compute API 2.85):',
    ];
    if (input.count <= 1) {
      args.push('--wait');
      after.push(...note, update(sh(p.name)));
    } else {
      after.push(
        ...note,
        `for server in ${launchedNames(input).map(sh).join(' ')}; do`,
        '  until [ "$(openstack server show "$server" -f value -c status)" = ACTIVE ]; do sleep 3; done',
        `  ${update('"$server"')}`,
        'done',
      );
    }
  }

  const version = cliMicroversion(input, nics);
  const command = `openstack ${version ? `--os-compute-api-version ${version} ` : ''}server create`;
  const lines = [command, ...args.map((a) => `  ${a}`), `  ${sh(p.name)}`];
  return [...prelude, lines.join(' \\\n'), ...after].join('\n');
}

// ---------------------------------------------------------------------------
// openstacksdk

/** A Python literal for JSON-like data: on one line when short, else one item per line. */
function pyValue(value: unknown, indent = 0): string {
  const inline = pyInline(value);
  if (inline.length <= 64 || typeof value !== 'object' || value === null) return inline;
  const pad = ' '.repeat(indent);
  if (Array.isArray(value))
    return `[\n${value.map((v) => `${pad}    ${pyValue(v, indent + 4)},`).join('\n')}\n${pad}]`;
  return `{\n${Object.entries(value)
    .map(([k, v]) => `${pad}    ${py(k)}: ${pyValue(v, indent + 4)},`)
    .join('\n')}\n${pad}}`;
}

function pyInline(value: unknown): string {
  if (typeof value === 'string') return py(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pyInline).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${py(k)}: ${pyInline(v)}`)
      .join(', ')}}`;
  return 'None';
}

function sdkEquivalent(input: LaunchInput, refs: LaunchRefs): string {
  const p = placeholders(input);
  const comment = (id: string) => (refs[id] && refs[id] !== id ? `  # ${refs[id]}` : '');
  const args: string[] = [`name=${py(p.name)},`, `flavor_id=${py(p.flavor)},${comment(p.flavor)}`];
  const bdm = blockDeviceMapping({ ...input, source_id: p.sourceId });
  if (bdm) args.push(`block_device_mapping=${pyValue(bdm, 4)},${comment(p.sourceId)}`);
  else args.push(`image_id=${py(p.sourceId)},${comment(p.sourceId)}`);
  const nics = networksValue(input);
  if (typeof nics === 'string') args.push(`networks=${py(nics)},`);
  else {
    // Name the networks in a comment, in NIC order, when the pane knows their names.
    const named = nics.some((nic) => 'uuid' in nic && refs[nic.uuid]);
    const note = named
      ? `  # ${nics.map((nic) => ('uuid' in nic ? (refs[nic.uuid] ?? nic.uuid.slice(0, 8)) : 'port')).join(', ')}`
      : '';
    args.push(`networks=${pyValue(nics, 4)},${note}`);
  }
  if (input.security_groups.length > 0)
    args.push(
      `security_groups=${pyValue(
        input.security_groups.map((name) => ({ name })),
        4,
      )},`,
    );
  if (input.key_name) args.push(`key_name=${py(input.key_name)},`);
  if (input.availability_zone) args.push(`availability_zone=${py(input.availability_zone)},`);
  if (input.description) args.push(`description=${py(input.description)},`);
  if (input.user_data) args.push('user_data=base64.b64encode(user_data.encode()).decode(),');
  if (input.config_drive) args.push('config_drive=True,');
  if (Object.keys(input.metadata).length > 0) args.push(`metadata=${pyValue(input.metadata, 4)},`);
  const hints = allHints(input);
  if (Object.keys(hints).length > 0) args.push(`scheduler_hints=${pyValue(hints, 4)},`);
  if (input.count > 1) args.push(`min_count=${input.count},`, `max_count=${input.count},`);

  return [
    ...(input.user_data ? ['import base64', ''] : []),
    ...SDK_CONNECT_LINES,
    ...(input.user_data ? ['', `user_data = ${py(input.user_data)}`] : []),
    '',
    'server = conn.compute.create_server(',
    ...args.map((a) => `    ${a}`),
    ')',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Heat

function hotScalar(value: string | number | boolean): string {
  return typeof value === 'string' ? yaml(value) : String(value);
}

function hotEquivalent(input: LaunchInput, refs: LaunchRefs): string {
  const p = placeholders(input);
  const ref = (id: string) => refs[id] ?? id;
  const multi = input.count > 1;
  // Inside a ResourceGroup the server's properties sit four columns deeper.
  const base = multi ? 10 : 6;
  const pad = ' '.repeat(base);
  const props: string[] = [];
  const prop = (key: string, value: string) => props.push(`${pad}${key}: ${value}`);

  prop('name', yaml(multi ? `${p.name}-%index%` : p.name));
  prop('flavor', yaml(ref(p.flavor)));
  const bdm = blockDeviceMapping({ ...input, source_id: p.sourceId });
  if (!bdm) prop('image', yaml(ref(p.sourceId)));
  else {
    const key = isImageSource(input.source_type)
      ? 'image'
      : input.source_type === 'volume'
        ? 'volume_id'
        : 'snapshot_id';
    props.push(
      `${pad}block_device_mapping_v2:`,
      `${pad}  - ${key}: ${yaml(ref(p.sourceId))}`,
      `${pad}    boot_index: 0`,
      ...(input.create_volume ? [`${pad}    volume_size: ${input.volume_size ?? 1}`] : []),
      `${pad}    delete_on_termination: ${input.delete_on_termination}`,
    );
  }
  const nics = networksValue(input);
  props.push(`${pad}networks:`);
  if (typeof nics === 'string') props.push(`${pad}  - allocate_network: ${nics}`);
  else
    for (const nic of nics)
      props.push(
        'uuid' in nic
          ? `${pad}  - network: ${yaml(ref(nic.uuid))}`
          : `${pad}  - port: ${yaml(nic.port)}`,
      );
  if (input.security_groups.length > 0) {
    props.push(`${pad}security_groups:`);
    for (const group of input.security_groups) props.push(`${pad}  - ${yaml(group)}`);
  }
  if (input.key_name) prop('key_name', yaml(input.key_name));
  if (input.availability_zone) prop('availability_zone', yaml(input.availability_zone));
  if (input.user_data) {
    // RAW: hand the script to the instance as it is (Heat would otherwise wrap it for its own agents).
    prop('user_data_format', 'RAW');
    prop(
      'user_data',
      /^\s/.test(input.user_data)
        ? JSON.stringify(input.user_data)
        : yamlBlock(input.user_data.replace(/\n$/, ''), base + 2),
    );
  }
  if (input.config_drive) prop('config_drive', 'true');
  const map = (key: string, entries: [string, string | string[]][]) => {
    if (entries.length === 0) return;
    props.push(`${pad}${key}:`);
    for (const [k, v] of entries)
      props.push(
        `${pad}  ${yaml(k)}: ${Array.isArray(v) ? `[${v.map(hotScalar).join(', ')}]` : hotScalar(v)}`,
      );
  };
  map('metadata', Object.entries(input.metadata));
  map('scheduler_hints', Object.entries(allHints(input)));

  const resource = hotName(input.name, 'server');
  const notes: string[] = [];
  if (input.description)
    notes.push(
      '# OS::Nova::Server has no description property; set it once the stack exists:',
      `# openstack --os-compute-api-version 2.19 server set --description ${sh(input.description)} ${multi ? '<server>' : sh(p.name)}`,
    );
  if (multi)
    notes.push(
      `# A ResourceGroup makes ${input.count} servers, named ${p.name}-0 to ${p.name}-${input.count - 1}`,
      `# (Nova's own multi-create names them ${p.name}-1 to ${p.name}-${input.count}).`,
    );
  return [
    HOT_VERSION,
    '',
    ...notes,
    ...(notes.length > 0 ? [''] : []),
    'resources:',
    `  ${resource}:`,
    ...(multi
      ? [
          '    type: OS::Heat::ResourceGroup',
          '    properties:',
          `      count: ${input.count}`,
          '      resource_def:',
          '        type: OS::Nova::Server',
          '        properties:',
        ]
      : ['    type: OS::Nova::Server', '    properties:']),
    ...props,
  ].join('\n');
}

export function launchEquivalents(input: LaunchInput, refs: LaunchRefs = {}): Equivalents {
  return {
    cli: cliEquivalent(input, refs),
    sdk: sdkEquivalent(input, refs),
    hot: hotEquivalent(input, refs),
  };
}
