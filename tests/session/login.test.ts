import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseProject, chooseRegion, login, LoginError } from '@/lib/keystone-login';
import { cloud, signIn, startTestCloud, type RunningSandbox } from '../helpers/sandbox-session';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestCloud();
});
afterAll(async () => {
  await sandbox.close();
});

describe('Keystone login', () => {
  it('scopes demo to its default project with a catalog region', async () => {
    const token = await signIn('demo', 'demo');
    expect(token.project.name).toBe('demo');
    expect(token.roles).toContain('member');
    expect(token.region).toBe('RegionOne');
    expect(token.unscopedToken).not.toBe(token.token);
    expect(Date.parse(token.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('says "Invalid credentials." for a wrong password or an unknown user', async () => {
    await expect(signIn('demo', 'nope')).rejects.toThrow(new LoginError('Invalid credentials.'));
    await expect(signIn('nobody', 'x')).rejects.toThrow('Invalid credentials.');
  });

  it('names the URL when Keystone cannot be reached', async () => {
    await expect(
      login(
        { id: 'off', name: 'Offline', authUrl: 'http://127.0.0.1:59999/v3' },
        { username: 'demo', password: 'demo', domain: 'Default' },
      ),
    ).rejects.toThrow(
      /^Could not reach Keystone at http:\/\/127\.0\.0\.1:59999\/v3 \(connection refused\): it may be down or restarting\. Try again in a moment; if it stays unreachable, contact the cloud's operators\.$/,
    );
  });

  it('uses the configured cloud', () => {
    expect(cloud().authUrl).toBe(sandbox.authUrl);
  });
});

describe('project and region choice', () => {
  const projects = [
    { id: 'b', name: 'zeta' },
    { id: 'a', name: 'alpha' },
    { id: 'c', name: 'off', enabled: false },
  ];
  it('prefers the default project, else the first by name, never a disabled one', () => {
    expect(chooseProject(projects, 'b')?.name).toBe('zeta');
    expect(chooseProject(projects, 'missing')?.name).toBe('alpha');
    expect(chooseProject(projects, 'c')?.name).toBe('alpha');
    expect(chooseProject([], undefined)).toBeUndefined();
  });
  it('keeps the current region when the new catalog has it', () => {
    expect(chooseRegion(['RegionOne', 'RegionTwo'], 'RegionTwo')).toBe('RegionTwo');
    expect(chooseRegion(['RegionOne'], 'RegionTwo')).toBe('RegionOne');
    expect(chooseRegion([], undefined)).toBeUndefined();
  });
});
