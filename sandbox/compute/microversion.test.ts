import { describe, expect, it } from 'vitest';
import { atLeast, negotiate, parseVersion, requestedVersion, versionHeaders } from './microversion';

const req = (headers: Record<string, string>) => ({ headers });

describe('negotiate', () => {
  it('defaults to 2.1 and maps latest to 2.93', () => {
    expect(negotiate(req({}))).toEqual({ ok: true, version: { major: 2, minor: 1 } });
    expect(negotiate(req({ 'openstack-api-version': 'compute latest' }))).toEqual({
      ok: true,
      version: { major: 2, minor: 93 },
    });
  });

  it('reads the standard header before the legacy one', () => {
    const both = req({
      'openstack-api-version': 'compute 2.10',
      'x-openstack-nova-api-version': '2.2',
    });
    expect(requestedVersion(both)).toBe('2.10');
    expect(requestedVersion(req({ 'x-openstack-nova-api-version': '2.2' }))).toBe('2.2');
    expect(requestedVersion(req({ 'openstack-api-version': 'volume 3.0, Compute 2.35' }))).toBe(
      '2.35',
    );
    expect(requestedVersion(req({ 'openstack-api-version': 'volume 3.0' }))).toBeNull();
  });

  it('answers 400 for a malformed version and 406 outside 2.1..2.93', () => {
    expect(negotiate(req({ 'openstack-api-version': 'compute 2.01' }))).toEqual({
      ok: false,
      status: 400,
      message: 'API Version String 2.01 is of invalid format. Must be of format MajorNum.MinorNum.',
    });
    expect(negotiate(req({ 'openstack-api-version': 'compute 2.94' }))).toMatchObject({
      ok: false,
      status: 406,
      message: 'Version 2.94 is not supported by the API. Minimum is 2.1 and maximum is 2.93.',
    });
    expect(negotiate(req({ 'x-openstack-nova-api-version': '2.0' }))).toMatchObject({
      status: 406,
    });
    expect(negotiate(req({ 'x-openstack-nova-api-version': '3.0' }))).toMatchObject({
      status: 406,
    });
  });

  it('compares and formats versions', () => {
    expect(parseVersion('2.35')).toEqual({ major: 2, minor: 35 });
    expect(atLeast({ major: 2, minor: 10 }, '2.9')).toBe(true);
    expect(atLeast({ major: 2, minor: 9 }, '2.10')).toBe(false);
    expect(versionHeaders({ major: 2, minor: 5 })).toEqual({
      'OpenStack-API-Version': 'compute 2.5',
      'X-OpenStack-Nova-API-Version': '2.5',
      Vary: ['OpenStack-API-Version', 'X-OpenStack-Nova-API-Version'],
    });
  });
});
