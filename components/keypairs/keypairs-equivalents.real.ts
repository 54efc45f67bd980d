// The Key Pairs panel's equivalent commands, run for real against the devcloud:
// what a student copies from the pane must do what the form did.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ed25519PublicKey } from '@/e2e/keys';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName as unique,
  workspace,
  type Workspace,
} from '@/tests/real/clients';
import {
  createKeypairEquivalents,
  deleteKeypairEquivalents,
  importKeypairEquivalents,
} from './keypairs-equivalents';

let ws: Workspace;

async function keypairNames(): Promise<string[]> {
  return (await shell(ws, 'openstack keypair list -f value -c Name')).split('\n').filter(Boolean);
}

async function keypairType(name: string): Promise<string> {
  return (
    await shell(ws, `openstack --os-compute-api-version 2.2 keypair show -f value -c type ${name}`)
  ).trim();
}

/** The minor part of Nova's maximum microversion (93 for Zed's 2.93). */
async function computeMaxMicroversion(): Promise<number> {
  const version = await shell(
    ws,
    'openstack versions show --service compute --status CURRENT -f value -c "Max Microversion"',
  );
  // One line per region (the sandbox has two): the first region's.
  const first = version.trim().split('\n')[0] ?? '';
  return Number(first.split('.')[1]);
}

beforeAll(async () => {
  ws = await workspace();
});

afterAll(async () => {
  const leftovers = (await keypairNames()).filter((n) => n.startsWith('eq-'));
  if (leftovers.length) await shell(ws, `openstack keypair delete ${leftovers.join(' ')}`);
});

describe('Create Key Pair equivalents', () => {
  it('the CLI command creates the key pair and saves the private key', async () => {
    const name = unique('cli');
    await shell(ws, createKeypairEquivalents(name, 'ssh').cli);
    expect(await readFile(path.join(ws.dir, `${name}.pem`), 'utf8')).toMatch(/PRIVATE KEY/);
    expect(await keypairNames()).toContain(name);
    await shell(ws, deleteKeypairEquivalents([name]).cli);
    expect(await keypairNames()).not.toContain(name);
  });

  it('the X509 key pair: the SDK sends the type, the CLI runs as its comment warns', async () => {
    const sdkName = unique('x509-sdk');
    await python(ws, createKeypairEquivalents(sdkName, 'x509').sdk);
    expect(await keypairType(sdkName)).toBe('x509');
    // Nova hands an X509 key pair's private key over as base64 PKCS#12.
    expect(await readFile(path.join(ws.dir, `${sdkName}.pem`), 'utf8')).toMatch(
      /^MII[A-Za-z0-9+/=]+$/,
    );

    const cliName = unique('x509-cli');
    const cli = createKeypairEquivalents(cliName, 'x509').cli;
    expect(cli).toContain('python-openstackclient 6.0 (Zed) drops --type');
    await shell(ws, cli);
    const clientVersion = (await shell(ws, 'openstack --version 2>&1')).trim();
    // The devcloud's client is Zed's 6.0.x, which drops --type; any other sends it.
    expect(await keypairType(cliName)).toBe(/ 6\.0\./.test(clientVersion) ? 'ssh' : 'x509');
    await shell(ws, deleteKeypairEquivalents([sdkName, cliName]).cli);
  });

  it('the openstacksdk snippet creates it and writes the private key', async () => {
    const name = unique('sdk');
    await python(ws, createKeypairEquivalents(name, 'ssh').sdk);
    expect(await readFile(path.join(ws.dir, `${name}.pem`), 'utf8')).toMatch(/PRIVATE KEY/);
    expect(await keypairNames()).toContain(name);
    await python(ws, deleteKeypairEquivalents([name]).sdk);
    expect(await keypairNames()).not.toContain(name);
  });

  it('the Heat template asks Nova for a key, as its comment says only works before Zed', async () => {
    const name = unique('hot');
    const stack = `${name}-stack`;
    const hot = createKeypairEquivalents(name, 'ssh').hot;
    expect(hot).toContain('Nova stopped generating keys in');
    const novaMax = await computeMaxMicroversion();
    try {
      if (novaMax >= 92) {
        // Zed and later: Heat refuses exactly for the reason the comment gives.
        await expect(stackCreate(ws, stack, hot)).rejects.toThrow(
          /public_key property is required/,
        );
      } else {
        await stackCreate(ws, stack, hot);
        expect(await keypairNames()).toContain(name);
        const output = await shell(
          ws,
          `openstack stack output show ${stack} private_key -f value -c output_value`,
        );
        expect(output).toMatch(/PRIVATE KEY/);
      }
    } finally {
      await stackDelete(ws, stack);
    }
    expect(await keypairNames()).not.toContain(name);
  });
});

describe('Import Public Key equivalents', () => {
  it('the CLI command imports ~/.ssh/id_ed25519.pub', async () => {
    const name = unique('imp-cli');
    const key = ed25519PublicKey('student@laptop');
    await writeFile(path.join(ws.home, '.ssh', 'id_ed25519.pub'), `${key}\n`);
    await shell(ws, importKeypairEquivalents(name, 'ssh', key).cli);
    const stored = await shell(ws, `openstack keypair show --public-key ${name}`);
    expect(stored.trim()).toBe(key);
    await shell(ws, deleteKeypairEquivalents([name]).cli);
  });

  it('the openstacksdk snippet imports the key', async () => {
    const name = unique('imp-sdk');
    const key = ed25519PublicKey('student@laptop');
    await python(ws, importKeypairEquivalents(name, 'ssh', key).sdk);
    expect((await shell(ws, `openstack keypair show --public-key ${name}`)).trim()).toBe(key);
    await shell(ws, deleteKeypairEquivalents([name]).cli);
  });

  it('the Heat template imports the key', async () => {
    const name = unique('imp-hot');
    const stack = `${name}-stack`;
    const key = ed25519PublicKey('student@laptop');
    try {
      await stackCreate(ws, stack, importKeypairEquivalents(name, 'ssh', key).hot);
      expect((await shell(ws, `openstack keypair show --public-key ${name}`)).trim()).toBe(key);
    } finally {
      await stackDelete(ws, stack);
    }
  });

  it('deleting several key pairs at once works as shown', async () => {
    const names = [unique('del'), unique('del')];
    for (const name of names) {
      const key = ed25519PublicKey();
      await writeFile(path.join(ws.home, '.ssh', 'id_ed25519.pub'), `${key}\n`);
      await shell(ws, importKeypairEquivalents(name, 'ssh', key).cli);
    }
    await shell(ws, deleteKeypairEquivalents(names).cli);
    const left = await keypairNames();
    for (const name of names) expect(left).not.toContain(name);
  });
});
