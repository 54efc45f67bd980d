import { describe, expect, it } from 'vitest';
import { heatPage, heatQuery, stackPath } from './heat-request';
import { createStackBody, updateStackBody } from './stack-bodies';
import { validateBody } from './templates';

describe('Heat request bodies', () => {
  it('create sends Heat names, drops what is unset and joins tags with commas', () => {
    expect(
      createStackBody({
        name: 'web',
        template: 'heat_template_version: 2018-08-31\n',
        parameters: { flavor: 'm1.tiny' },
        timeoutMins: 30,
        disableRollback: false,
        tags: ['a', 'b'],
      }),
    ).toEqual({
      stack_name: 'web',
      template: 'heat_template_version: 2018-08-31\n',
      parameters: { flavor: 'm1.tiny' },
      timeout_mins: 30,
      disable_rollback: false,
      tags: 'a,b',
    });
  });

  it('create and PUT refuse a body without a template; PATCH does not', () => {
    expect(() => createStackBody({ name: 'x' })).toThrow(/template/);
    expect(() => updateStackBody({}, 'replace')).toThrow(/template/);
    expect(updateStackBody({ parameters: { n: 2 }, clearParameters: ['m'] }, 'patch')).toEqual({
      parameters: { n: 2 },
      clear_parameters: ['m'],
    });
    // clear_parameters belongs to PATCH only.
    expect(updateStackBody({ template: { a: 1 }, clearParameters: ['m'] }, 'replace')).toEqual({
      template: { a: 1 },
    });
  });

  it('validate carries files and environment', () => {
    expect(validateBody({ templateUrl: 'http://x/t.yaml', files: { 'a.sh': 'echo' } })).toEqual({
      template_url: 'http://x/t.yaml',
      files: { 'a.sh': 'echo' },
    });
    expect(() => validateBody({})).toThrow(/template/);
  });
});

describe('Heat paths and pages', () => {
  it('addresses a stack by name and id, encoded', () => {
    expect(stackPath({ name: 'my stack', id: 'abc' }, '/events')).toBe(
      '/stacks/my%20stack/abc/events',
    );
  });

  it('maps sort and paging to Heat query names', () => {
    expect(
      heatQuery({
        limit: 5,
        marker: 'm',
        sortKeys: 'event_time',
        sortDir: 'desc',
        filters: { status: 'COMPLETE' },
      }),
    ).toEqual({
      status: 'COMPLETE',
      limit: 5,
      marker: 'm',
      sort_keys: 'event_time',
      sort_dir: 'desc',
    });
  });

  it('takes the next marker from a link, else from a full page', () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    expect(
      heatPage(rows, 2, [{ rel: 'next', href: 'http://h/v1/p/stacks?limit=2&marker=zz' }]).next,
    ).toBe('zz');
    expect(heatPage(rows, 2).next).toBe('b');
    expect(heatPage(rows, 3).next).toBeUndefined();
    expect(heatPage(rows, undefined).next).toBeUndefined();
  });
});
