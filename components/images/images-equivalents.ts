// The Images panel's actions as `openstack`/`glance` commands, openstacksdk calls and Heat.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import { containerFormatFor } from './image-row';

export interface ImageSpec {
  name: string;
  description: string;
  diskFormat: string;
  architecture: string;
  minDisk: number;
  minRam: number;
  visibility: string;
  protected: boolean;
  metadata: Record<string, string>;
}

export interface CreateImageSpec extends ImageSpec {
  source: 'file' | 'url';
  /** The file's name (file source) or the address (URL source). */
  location: string;
}

function properties(spec: Pick<ImageSpec, 'architecture' | 'description' | 'metadata'>) {
  const props: Record<string, string> = { ...spec.metadata };
  if (spec.architecture) props.architecture = spec.architecture;
  if (spec.description) props.description = spec.description;
  return props;
}

function cliProperties(props: Record<string, string>): string[] {
  return Object.entries(props).map(([k, v]) => `--property ${sh(`${k}=${v}`)}`);
}

function pyKwargs(spec: ImageSpec): string[] {
  const lines = [
    `    disk_format=${py(spec.diskFormat)},`,
    `    container_format=${py(containerFormatFor(spec.diskFormat))},`,
    `    visibility=${py(spec.visibility)},`,
  ];
  if (spec.protected) lines.push('    is_protected=True,');
  if (spec.minDisk) lines.push(`    min_disk=${spec.minDisk},`);
  if (spec.minRam) lines.push(`    min_ram=${spec.minRam},`);
  for (const [k, v] of Object.entries(properties(spec))) {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) lines.push(`    ${k}=${py(v)},`);
  }
  const odd = Object.entries(properties(spec)).filter(([k]) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
  if (odd.length > 0)
    lines.push(`    **{${odd.map(([k, v]) => `${py(k)}: ${py(v)}`).join(', ')}},`);
  return lines;
}

export function createImageEquivalents(spec: CreateImageSpec): Equivalents {
  const name = spec.name || '<name>';
  const location = spec.location || (spec.source === 'file' ? '<file>' : '<url>');
  const container = containerFormatFor(spec.diskFormat);
  const props = properties(spec);
  const flags = [
    `--disk-format ${sh(spec.diskFormat)}`,
    `--container-format ${sh(container)}`,
    `--${spec.visibility}`,
    ...(spec.protected ? ['--protected'] : []),
    ...(spec.minDisk ? [`--min-disk ${spec.minDisk}`] : []),
    ...(spec.minRam ? [`--min-ram ${spec.minRam}`] : []),
    ...cliProperties(props),
  ];
  const cli =
    spec.source === 'file'
      ? ['openstack image create', ...flags, `--file ${sh(location)}`, sh(name)].join(' \\\n  ')
      : [
          '# The openstack client cannot import from a URL; the glance client can:',
          [
            'glance image-create-via-import',
            `--name ${sh(name)}`,
            `--disk-format ${sh(spec.diskFormat)}`,
            `--container-format ${sh(container)}`,
            `--visibility ${sh(spec.visibility)}`,
            ...(spec.protected ? ['--protected True'] : []),
            ...(spec.minDisk ? [`--min-disk ${spec.minDisk}`] : []),
            ...(spec.minRam ? [`--min-ram ${spec.minRam}`] : []),
            ...Object.entries(props).map(([k, v]) => `--property ${sh(`${k}=${v}`)}`),
            '--import-method web-download',
            `--uri ${sh(location)}`,
          ].join(' \\\n  '),
        ].join('\n');
  const sdk =
    spec.source === 'file'
      ? [
          ...SDK_CONNECT_LINES,
          'image = conn.image.create_image(',
          `    name=${py(name)},`,
          `    filename=${py(location)},`,
          ...pyKwargs(spec),
          '    wait=True,',
          ')',
        ]
      : [
          ...SDK_CONNECT_LINES,
          'image = conn.image.create_image(',
          `    name=${py(name)},`,
          ...pyKwargs(spec),
          ')',
          `conn.image.import_image(image, method="web-download", uri=${py(location)})`,
        ];
  const resource = hotName(spec.name, 'image');
  const hot =
    spec.source === 'url'
      ? [
          HOT_VERSION,
          'resources:',
          `  ${resource}:`,
          '    type: OS::Glance::WebImage',
          '    properties:',
          `      name: ${yaml(name)}`,
          `      location: ${yaml(location)}`,
          `      disk_format: ${spec.diskFormat}`,
          `      container_format: ${container}`,
          `      visibility: ${spec.visibility}`,
          `      protected: ${spec.protected}`,
          `      min_disk: ${spec.minDisk}`,
          `      min_ram: ${spec.minRam}`,
          ...(spec.architecture ? [`      architecture: ${yaml(spec.architecture)}`] : []),
        ]
      : [
          '# Heat cannot upload a file from your computer. Put the file on a web',
          '# server and use Image Source "URL" for OS::Glance::WebImage, or create',
          '# the image with the CLI or openstacksdk.',
        ];
  return { cli, sdk: sdk.join('\n'), hot: hot.join('\n') };
}

/** `currentFormat`: the image's disk format now; Glance refuses to set it again once data are in. */
export function editImageEquivalents(
  id: string,
  spec: Omit<ImageSpec, 'metadata'>,
  currentFormat?: string | null,
): Equivalents {
  const formatChanged = spec.diskFormat !== currentFormat;
  const flags = [
    `--name ${sh(spec.name || '<name>')}`,
    ...(formatChanged ? [`--disk-format ${sh(spec.diskFormat)}`] : []),
    `--${spec.visibility}`,
    spec.protected ? '--protected' : '--unprotected',
    `--min-disk ${spec.minDisk}`,
    `--min-ram ${spec.minRam}`,
    ...(spec.architecture ? [`--architecture ${sh(spec.architecture)}`] : []),
    `--property ${sh(`description=${spec.description}`)}`,
  ];
  return {
    cli: ['openstack image set', ...flags, sh(id)].join(' \\\n  '),
    sdk: [
      ...SDK_CONNECT_LINES,
      'conn.image.update_image(',
      `    ${py(id)},`,
      `    name=${py(spec.name)},`,
      ...(formatChanged ? [`    disk_format=${py(spec.diskFormat)},`] : []),
      `    visibility=${py(spec.visibility)},`,
      `    is_protected=${spec.protected ? 'True' : 'False'},`,
      `    min_disk=${spec.minDisk},`,
      `    min_ram=${spec.minRam},`,
      ...(spec.architecture ? [`    architecture=${py(spec.architecture)},`] : []),
      `    description=${py(spec.description)},`,
      ')',
    ].join('\n'),
    hot: [
      '# An image made by a stack (OS::Glance::WebImage) is changed by editing',
      '# its properties in the template and running:',
      'openstack stack update --existing -t template.yaml <stack>',
    ].join('\n'),
  };
}

export function updateMetadataEquivalents(
  id: string,
  set: Record<string, string>,
  unset: string[],
): Equivalents {
  const cli: string[] = [];
  if (Object.keys(set).length > 0)
    cli.push(['openstack image set', ...cliProperties(set), sh(id)].join(' \\\n  '));
  if (unset.length > 0)
    cli.push(
      ['openstack image unset', ...unset.map((k) => `--property ${sh(k)}`), sh(id)].join(' \\\n  '),
    );
  const sdk = [...SDK_CONNECT_LINES, `image = conn.image.get_image(${py(id)})`];
  if (Object.keys(set).length > 0)
    sdk.push(
      `conn.image.update_image(image, **{${Object.entries(set)
        .map(([k, v]) => `${py(k)}: ${py(v)}`)
        .join(', ')}})`,
    );
  if (unset.length > 0)
    sdk.push(
      `conn.image.update_image(image, remove_props=[${unset.map((k) => py(k)).join(', ')}])`,
    );
  return {
    cli: cli.join('\n') || '# Nothing to change.',
    sdk: sdk.join('\n'),
    hot: "# Heat sets an image's properties only when it creates it (OS::Glance::WebImage).",
  };
}

export function deleteImageEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack image delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.image.delete_image(${py(id)})`)].join(
      '\n',
    ),
    hot: '# An image made by a stack goes when the stack is deleted:\nopenstack stack delete <stack>',
  };
}

export function manageMembersEquivalents(
  imageId: string,
  add: string,
  remove: string[],
): Equivalents {
  const cli = [
    ...(add ? [`openstack image add project ${sh(imageId)} ${sh(add)}`] : []),
    ...remove.map((p) => `openstack image remove project ${sh(imageId)} ${sh(p)}`),
  ];
  const sdk = [
    ...SDK_CONNECT_LINES,
    ...(add ? [`conn.image.add_member(${py(imageId)}, member_id=${py(add)})`] : []),
    ...remove.map((p) => `conn.image.remove_member(${py(p)}, ${py(imageId)})`),
  ];
  return {
    cli: cli.join('\n') || '# Nothing to change.',
    sdk: sdk.join('\n'),
    hot: '# Heat does not manage image members.',
  };
}

/** Accept or reject, as the project the session is in (the CLI and SDK use their own project). */
export function memberStatusEquivalents(
  imageId: string,
  status: 'accepted' | 'rejected',
): Equivalents {
  const flag = status === 'accepted' ? '--accept' : '--reject';
  return {
    cli: `openstack image set ${flag} ${sh(imageId)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.image.update_member(conn.current_project_id, ${py(imageId)}, status=${py(status)})`,
    ].join('\n'),
    hot: '# Heat does not manage image members.',
  };
}
