import { describe, expect, it } from 'vitest';
import { launchHref, parseLaunchPreset, presetUnusable, withoutPreset } from './launch-preset';

describe('parseLaunchPreset', () => {
  it('reads each source type and its id', () => {
    expect(parseLaunchPreset('image:abc')).toEqual({ type: 'image', id: 'abc' });
    expect(parseLaunchPreset('snapshot:s1')).toEqual({ type: 'snapshot', id: 's1' });
    expect(parseLaunchPreset('volume:v:1')).toEqual({ type: 'volume', id: 'v:1' });
    expect(parseLaunchPreset('volume_snapshot:vs')).toEqual({ type: 'volume_snapshot', id: 'vs' });
  });

  it('is absent without the parameter, a problem for an unknown type or a missing id', () => {
    expect(parseLaunchPreset(null)).toBeNull();
    expect(parseLaunchPreset('disk:1')).toEqual({ problem: expect.stringContaining('"disk"') });
    expect(parseLaunchPreset('volume:')).toEqual({
      problem: 'The link names no volume. Choose one below.',
    });
    expect(parseLaunchPreset('')).toEqual({ problem: expect.stringContaining('""') });
  });

  it('round-trips with launchHref', () => {
    const href = launchHref('volume_snapshot', 'a b&c');
    const query = new URL(href, 'http://x').searchParams.get('launch');
    expect(parseLaunchPreset(query)).toEqual({ type: 'volume_snapshot', id: 'a b&c' });
  });
});

describe('withoutPreset', () => {
  it('drops only the launch parameter', () => {
    expect(withoutPreset('launch=image%3A1')).toBe('');
    expect(withoutPreset('?launch=image%3A1&tab=x')).toBe('?tab=x');
  });
});

describe('presetUnusable', () => {
  it('accepts an active image and an available bootable volume', () => {
    expect(presetUnusable('image', { id: 'i', status: 'active' })).toBeUndefined();
    expect(
      presetUnusable('volume', { id: 'v', status: 'available', bootable: 'true' }),
    ).toBeUndefined();
    expect(presetUnusable('volume_snapshot', { id: 's', status: 'available' })).toBeUndefined();
  });

  it('says why another one cannot boot', () => {
    expect(presetUnusable('image', { id: 'i', name: 'up', status: 'queued' })).toBe(
      'Image "up" is queued: only an active one can boot an instance.',
    );
    expect(presetUnusable('volume', { id: 'v', status: 'available', bootable: 'false' })).toBe(
      'Volume "v" is not bootable: mark it bootable (Edit Volume) or choose another.',
    );
  });
});
