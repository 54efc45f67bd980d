import { describe, expect, it } from 'vitest';
import {
  maxFromVersionDocument,
  microversionHeaders,
  negotiate,
  versionRootOf,
} from './microversions';

describe('microversions', () => {
  it('caps the known version by the server maximum', () => {
    expect(negotiate('compute', '2.93')).toBe('2.90');
    expect(negotiate('compute', '2.79')).toBe('2.79');
    expect(negotiate('compute', undefined)).toBeUndefined();
    expect(negotiate('network', '2.93')).toBeUndefined();
  });
  it('reads version documents in their several shapes', () => {
    expect(
      maxFromVersionDocument({ version: { id: 'v2.1', status: 'CURRENT', version: '2.93' } }),
    ).toBe('2.93');
    expect(
      maxFromVersionDocument({
        versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }],
      }),
    ).toBe('3.70');
    expect(
      maxFromVersionDocument({ version: { id: 'v2.0', status: 'SUPPORTED', version: '' } }),
    ).toBeUndefined();
  });
  it('builds both compute headers', () => {
    expect(microversionHeaders('compute', '2.90')).toEqual({
      'OpenStack-API-Version': 'compute 2.90',
      'X-OpenStack-Nova-API-Version': '2.90',
    });
  });
  it('finds the version root of an endpoint with a project id', () => {
    expect(versionRootOf('http://h:8776/v3/abc123')).toBe('http://h:8776/v3/');
    expect(versionRootOf('http://h:8774/v2.1')).toBe('http://h:8774/v2.1/');
    expect(versionRootOf('http://h:9696')).toBe('http://h:9696/');
  });
});
