import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openrcFileName, type AccessFacts } from './access-facts';
import { buildOpenrc } from './openrc';

const run = promisify(execFile);

const DEMO: AccessFacts = {
  authUrl: 'http://127.0.0.1:5000/v3',
  region: 'RegionOne',
  userName: 'demo',
  userDomainName: 'Default',
  projectId: '5b4382441b074a3994a3311099d6b66b',
  projectName: 'demo',
};

/** Sources the file in a clean bash, the password on stdin, and prints the variables. */
async function sourced(text: string, password: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'openrc-'));
  const file = path.join(dir, 'openrc.sh');
  await writeFile(file, text);
  const child = run(
    'bash',
    ['-c', `cd "$1" && source ./openrc.sh && env -0 | grep -z '^OS_'`, 'bash', dir],
    // Next's types make NODE_ENV required; the child needs none.
    {
      env: {
        PATH: '/usr/bin:/bin',
        OS_TENANT_NAME: 'old',
        OS_CLOUD: 'other',
      } as unknown as NodeJS.ProcessEnv,
    },
  );
  child.child.stdin?.end(`${password}\n`);
  const { stdout, stderr } = await child;
  const vars = Object.fromEntries(
    stdout
      .split('\0')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { vars, stderr, files: await readdir(dir) };
}

describe('buildOpenrc', () => {
  it('writes the v3 variables of the session, and asks for the password', () => {
    expect(buildOpenrc(DEMO)).toBe(
      [
        '#!/usr/bin/env bash',
        '# OpenStack RC file (Keystone v3). Load it into your shell with:',
        '#   source <this file>',
        '# It asks for your OpenStack password and keeps it only in this shell.',
        '',
        'export OS_AUTH_URL=http://127.0.0.1:5000/v3',
        'export OS_IDENTITY_API_VERSION=3',
        'export OS_INTERFACE=public',
        'export OS_REGION_NAME=RegionOne',
        'export OS_USER_DOMAIN_NAME=Default',
        'export OS_USERNAME=demo',
        'export OS_PROJECT_ID=5b4382441b074a3994a3311099d6b66b',
        'export OS_PROJECT_NAME=demo',
        '# The project is chosen by ID; older or other settings would compete with it.',
        'unset OS_TENANT_ID OS_TENANT_NAME OS_CLOUD OS_AUTH_TYPE OS_TOKEN',
        '',
        `printf 'OpenStack password for user %s in project %s: ' "$OS_USERNAME" "$OS_PROJECT_NAME" >&2`,
        'read -sr OS_PASSWORD_INPUT',
        'echo >&2',
        'export OS_PASSWORD="$OS_PASSWORD_INPUT"',
        'unset OS_PASSWORD_INPUT',
        '',
      ].join('\n'),
    );
  });

  it('sets the variables and the typed password when sourced', async () => {
    const { vars, stderr } = await sourced(buildOpenrc(DEMO), 'pa ss$word\\');
    expect(vars).toEqual({
      OS_AUTH_URL: 'http://127.0.0.1:5000/v3',
      OS_IDENTITY_API_VERSION: '3',
      OS_INTERFACE: 'public',
      OS_REGION_NAME: 'RegionOne',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_USERNAME: 'demo',
      OS_PROJECT_ID: '5b4382441b074a3994a3311099d6b66b',
      OS_PROJECT_NAME: 'demo',
      OS_PASSWORD: 'pa ss$word\\',
    });
    expect(stderr).toContain('OpenStack password for user demo in project demo: ');
  });

  it('keeps names with quotes and $(…) as text: nothing runs when sourced', async () => {
    const hostile: AccessFacts = {
      ...DEMO,
      userName: `u'"; touch user-ran #`,
      projectName: "a'b $(touch project-ran) `touch tick-ran`",
      userDomainName: 'dom $HOME',
      region: 'Region\nOne',
    };
    const { vars, files } = await sourced(buildOpenrc(hostile), 'pw');
    expect(vars.OS_USERNAME).toBe(hostile.userName);
    expect(vars.OS_PROJECT_NAME).toBe(hostile.projectName);
    expect(vars.OS_USER_DOMAIN_NAME).toBe('dom $HOME');
    expect(vars.OS_REGION_NAME).toBe('Region\nOne');
    expect(files).toEqual(['openrc.sh']);
  });

  it('names the file after the project, in safe characters', () => {
    expect(openrcFileName({ projectName: 'demo' })).toBe('demo-openrc.sh');
    expect(openrcFileName({ projectName: "a'b $(x)" })).toBe('a_b_x_-openrc.sh');
    expect(openrcFileName({ projectName: '../..' })).toBe('project-openrc.sh');
  });
});
