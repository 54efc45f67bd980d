// The Key Pairs panel's equivalent commands. Checked for real against the devcloud
// by keypairs-equivalents.real.ts (`npm run test:real`).
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml, yamlBlock } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

type KeyType = 'ssh' | 'x509';

/** The CLI sends a key type only from compute microversion 2.2 on. */
function cliCreate(type: KeyType): string[] {
  if (type === 'ssh') return ['openstack keypair create'];
  return [
    '# python-openstackclient 6.0 (Zed) drops --type (a known bug); older and newer clients send it.',
    'openstack --os-compute-api-version 2.2 keypair create --type x509',
  ];
}

function withArgs(lines: string[], args: string): string {
  const last = lines.length - 1;
  return lines.map((line, i) => (i === last ? `${line} ${args}` : line)).join('\n');
}

export function createKeypairEquivalents(name: string, type: KeyType): Equivalents {
  const pem = `${name}.pem`;
  const resource = hotName(name, 'keypair');
  return {
    cli: [
      withArgs(cliCreate(type), `--private-key ${sh(pem)} ${sh(name)}`),
      `chmod 600 ${sh(pem)}`,
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      `keypair = conn.compute.create_keypair(name=${py(name)}, type=${py(type)})`,
      `with open(${py(pem)}, "w") as f:`,
      '    f.write(keypair.private_key)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      '# Heat asks Nova to generate the key. Nova stopped generating keys in',
      '# compute API 2.92 (Zed): there, use the Import Public Key template instead.',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Nova::KeyPair',
      '    properties:',
      `      name: ${yaml(name)}`,
      `      type: ${type}`,
      '      save_private_key: true',
      '',
      'outputs:',
      '  private_key:',
      `    value: { get_attr: [${resource}, private_key] }`,
    ].join('\n'),
  };
}

export function importKeypairEquivalents(
  name: string,
  type: KeyType,
  publicKey: string,
): Equivalents {
  const file = type === 'x509' ? 'cert.pem' : '~/.ssh/id_ed25519.pub';
  return {
    cli: withArgs(cliCreate(type), `--public-key ${file} ${sh(name)}`),
    sdk: [
      ...SDK_CONNECT_LINES,
      'conn.compute.create_keypair(',
      `    name=${py(name)},`,
      `    type=${py(type)},`,
      `    public_key=${py(publicKey)},`,
      ')',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${hotName(name, 'keypair')}:`,
      '    type: OS::Nova::KeyPair',
      '    properties:',
      `      name: ${yaml(name)}`,
      `      type: ${type}`,
      `      public_key: ${yamlBlock(publicKey, 8)}`,
    ].join('\n'),
  };
}

export function deleteKeypairEquivalents(names: string[]): Equivalents {
  return {
    cli: `openstack keypair delete ${names.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...names.map((n) => `conn.compute.delete_keypair(${py(n)})`)].join(
      '\n',
    ),
    hot: [
      '# A key pair made by a stack goes away with it:',
      '# remove its OS::Nova::KeyPair resource from the template, then',
      '# openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}
