// The Containers panel's equivalent commands (Swift). Checked for real against the
// devcloud by containers-equivalents.real.ts (`npm run test:real`).
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

const PUBLIC_ACL = '.r:*,.rlistings';

/** A container or object path below the account, as openstacksdk's put() takes it. */
function swiftPath(container: string, name: string): string {
  return `/${[container, ...name.split('/')].map(encodeURIComponent).join('/')}`;
}

/** `policy` only when it is not Swift's default (a container's policy is set once, at creation). */
export function createContainerEquivalents(
  name: string,
  isPublic: boolean,
  policy?: string,
): Equivalents {
  const resource = hotName(name, 'container');
  const sdkArgs = [
    `name=${py(name)}`,
    ...(policy ? [`storage_policy=${py(policy)}`] : []),
    ...(isPublic ? [`read_ACL=${py(PUBLIC_ACL)}`] : []),
  ];
  return {
    // `openstack container create` has no policy option; `swift post` creates a
    // missing container with the headers given.
    cli: policy
      ? `swift post -H ${sh(`X-Storage-Policy: ${policy}`)}${isPublic ? ` --read-acl ${sh(PUBLIC_ACL)}` : ''} ${sh(name)}`
      : `openstack container create${isPublic ? ' --public' : ''} ${sh(name)}`,
    sdk: [...SDK_CONNECT_LINES, `conn.object_store.create_container(${sdkArgs.join(', ')})`].join(
      '\n',
    ),
    hot: [
      HOT_VERSION,
      '',
      ...(policy
        ? [
            `# OS::Swift::Container has no storage policy property: Heat makes the container`,
            `# in Swift's default policy, not ${policy}.`,
          ]
        : []),
      'resources:',
      `  ${resource}:`,
      '    type: OS::Swift::Container',
      '    properties:',
      `      name: ${yaml(name)}`,
      ...(isPublic ? [`      X-Container-Read: ${yaml(PUBLIC_ACL)}`] : []),
      '      # Let the stack delete the container even when it holds objects.',
      '      PurgeOnDelete: true',
    ].join('\n'),
  };
}

export function setAccessEquivalents(name: string, isPublic: boolean): Equivalents {
  const resource = hotName(name, 'container');
  return {
    cli: isPublic
      ? `openstack container set --property read-acl=${sh(PUBLIC_ACL)} ${sh(name)}`
      : `swift post --read-acl '' ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.object_store.set_container_metadata(${py(name)}, read_ACL=${py(isPublic ? PUBLIC_ACL : '')})`,
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      '# Change X-Container-Read in the template and update the stack.',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Swift::Container',
      '    properties:',
      `      name: ${yaml(name)}`,
      ...(isPublic ? [`      X-Container-Read: ${yaml(PUBLIC_ACL)}`] : []),
    ].join('\n'),
  };
}

export function deleteContainerEquivalents(names: string[], recursive: boolean): Equivalents {
  return {
    cli: `openstack container delete${recursive ? ' --recursive' : ''} ${names.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...(recursive ? ['from urllib.parse import quote', ''] : []),
      ...names.flatMap((n) => [
        ...(recursive
          ? [
              '# delete_object drops a trailing "/" (folders): DELETE each path itself.',
              `for obj in list(conn.object_store.objects(${py(n)})):`,
              `    conn.object_store.delete(${py(`/${encodeURIComponent(n)}/`)} + quote(obj.name))`,
            ]
          : []),
        `conn.object_store.delete_container(${py(n)})`,
      ]),
    ].join('\n'),
    hot: [
      '# A container made by a stack goes with it: openstack stack delete <stack>',
      '# (with PurgeOnDelete: true its objects are deleted too).',
    ].join('\n'),
  };
}

export function uploadObjectEquivalents(
  container: string,
  name: string,
  fileName: string,
): Equivalents {
  return {
    cli: `openstack object create --name ${sh(name)} ${sh(container)} ${sh(fileName)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.object_store.upload_object(container=${py(container)}, name=${py(name)}, filename=${py(fileName)})`,
    ].join('\n'),
    hot: '# Heat has no resource for an object: upload it with the CLI or openstacksdk.',
  };
}

export function createFolderEquivalents(container: string, folder: string): Equivalents {
  const name = folder.endsWith('/') ? folder : `${folder}/`;
  return {
    cli: `openstack object create --name ${sh(name)} ${sh(container)} /dev/null`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '# upload_object drops a trailing "/" from the name: PUT the folder object itself.',
      `conn.object_store.put(${py(swiftPath(container, name))}, data=b"", headers={"Content-Type": "application/directory"})`,
    ].join('\n'),
    hot: '# Heat has no resource for a folder: a folder is an empty object whose name ends in "/".',
  };
}

export function downloadObjectEquivalents(container: string, name: string): Equivalents {
  const file = name.split('/').pop() || 'object';
  return {
    cli: `openstack object save --file ${sh(file)} ${sh(container)} ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `with open(${py(file)}, "wb") as f:`,
      `    f.write(conn.object_store.download_object(${py(name)}, container=${py(container)}))`,
    ].join('\n'),
    hot: '# Heat does not read objects.',
  };
}

export function copyObjectEquivalents(
  from: { container: string; name: string },
  to: { container: string; name: string },
): Equivalents {
  return {
    cli: [
      '# The openstack CLI has no copy: the swift client does it server-side.',
      `swift copy --destination ${sh(`/${to.container}/${to.name}`)} ${sh(from.container)} ${sh(from.name)}`,
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      '# A PUT with X-Copy-From: Swift copies the data itself.',
      `conn.object_store.put(${py(swiftPath(to.container, to.name))}, headers={"X-Copy-From": ${py(`/${from.container}/${from.name}`)}, "Content-Length": "0"})`,
    ].join('\n'),
    hot: '# Heat does not copy objects.',
  };
}

export function deleteObjectEquivalents(container: string, names: string[]): Equivalents {
  return {
    cli: `openstack object delete ${sh(container)} ${names.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...names.map((n) => `conn.object_store.delete_object(${py(n)}, container=${py(container)})`),
    ].join('\n'),
    hot: '# Heat does not manage objects.',
  };
}

export function deleteFolderEquivalents(container: string, folder: string): Equivalents {
  return {
    cli: [
      '# The openstack CLI deletes objects by name only: the swift client takes a prefix.',
      `swift delete --prefix ${sh(folder)} ${sh(container)}`,
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      'from urllib.parse import quote',
      '',
      '# delete_object drops a trailing "/" (folders): DELETE each path itself.',
      `for obj in list(conn.object_store.objects(${py(container)}, prefix=${py(folder)})):`,
      `    conn.object_store.delete(${py(`/${encodeURIComponent(container)}/`)} + quote(obj.name))`,
    ].join('\n'),
    hot: '# Heat does not manage objects.',
  };
}
