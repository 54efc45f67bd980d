import { describe, expect, it } from 'vitest';
import { bannerLines, demoCloudsYaml, demoOpenrc, SANDBOX_CLOUD } from '@/sandbox/banner';

const authUrl = 'http://127.0.0.1:8788/v3';
const endpoints = {
  RegionOne: { compute: 'http://127.0.0.1:8789/v2.1' },
  RegionTwo: { compute: 'http://127.0.0.1:8799/v2.1' },
};

describe('the sandbox banner', () => {
  const lines = bannerLines({ authUrl, endpoints, students: 0, statePath: null });

  it('prints an openrc for demo in the first region', () => {
    const openrc = demoOpenrc(authUrl, 'RegionOne');
    for (const line of openrc) expect(lines).toContain(`    ${line}`);
    const vars = Object.fromEntries(
      openrc.map((l) => l.replace(/^export /, '').split('=') as [string, string]),
    );
    expect(vars).toMatchObject({
      OS_AUTH_URL: authUrl,
      OS_USERNAME: 'demo',
      OS_PASSWORD: 'demo',
      OS_PROJECT_NAME: 'demo',
      OS_REGION_NAME: 'RegionOne',
    });
  });

  it('prints a clouds.yaml for demo, every line under one indent so it pastes as is', () => {
    const yaml = demoCloudsYaml(authUrl, 'RegionOne');
    const start = lines.indexOf('    clouds:');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, start + yaml.length)).toEqual(yaml.map((l) => `    ${l}`));
    expect(yaml).toEqual(
      expect.arrayContaining([
        `  ${SANDBOX_CLOUD}:`,
        `      auth_url: ${authUrl}`,
        '      username: demo',
        '      password: demo',
        '      project_name: demo',
        '    region_name: RegionOne',
      ]),
    );
  });

  it('prints neither when no region runs', () => {
    const bare = bannerLines({ authUrl, endpoints: {}, students: 0, statePath: null });
    expect(bare.join('\n')).not.toContain('OS_USERNAME');
  });

  it('prints a class as one line, not one line per student', () => {
    const many = bannerLines({
      authUrl,
      endpoints,
      students: 30,
      studentPassword: 'cl4ss',
      statePath: null,
    });
    expect(many.filter((l) => l.includes('student'))).toEqual([
      '    student01 … student30 / password cl4ss -> each a member of its own project of the same name',
    ]);
    expect(many).toContain('    demo / demo -> demo');
    expect(lines.some((l) => l.includes('student'))).toBe(false);
  });
});
