import { describe, expect, it } from 'vitest';
import { createVolumeTypeInput, extraSpecsInput, specsChange } from './volume-type-inputs';
import {
  createVolumeTypeEquivalents,
  deleteVolumeTypeEquivalents,
  extraSpecsEquivalents,
} from './volume-types-equivalents';

describe('volume type equivalents', () => {
  it('create a public or private type', () => {
    expect(createVolumeTypeEquivalents('fast', '', true).cli).toBe(
      'openstack volume type create --public fast',
    );
    const priv = createVolumeTypeEquivalents('fast ssd', 'SSD', false);
    expect(priv.cli).toBe("openstack volume type create --description SSD --private 'fast ssd'");
    expect(priv.sdk).toContain(
      '    name="fast ssd",\n    description="SSD",\n    is_public=False,',
    );
    expect(priv.hot).toContain(
      '    type: OS::Cinder::VolumeType\n    properties:\n      name: fast ssd\n      description: SSD\n      is_public: false',
    );
  });

  it('set and unset extra specs; delete', () => {
    const eq = extraSpecsEquivalents('t1', { a: '1' }, ['b'], { a: '1', c: '2' });
    expect(eq.cli).toBe(
      'openstack volume type set --property a=1 t1\nopenstack volume type unset --property b t1',
    );
    expect(eq.sdk).toContain('conn.block_storage.update_type_extra_specs("t1", **{"a": "1"})');
    expect(eq.sdk).toContain('conn.block_storage.delete_type_extra_specs("t1", ["b"])');
    expect(eq.hot).toContain('#         a: "1"\n#         c: "2"');
    expect(deleteVolumeTypeEquivalents(['x', 'y']).cli).toBe('openstack volume type delete x y');
  });
});

describe('volume type inputs', () => {
  const messages = (result: { error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((i) => i.message) ?? [];

  it('name is required and at most 255 characters', () => {
    expect(
      messages(createVolumeTypeInput.safeParse({ name: '', description: '', is_public: true })),
    ).toEqual(['Name is required.']);
    expect(
      messages(
        createVolumeTypeInput.safeParse({
          name: 'n'.repeat(10_000),
          description: '',
          is_public: true,
        }),
      ),
    ).toEqual(['Name must be 255 characters or fewer.']);
  });

  it('an empty extra spec key is refused at its line; changes are computed', () => {
    expect(messages(extraSpecsInput.safeParse({ specs: 'a=1\n=2', current: '{}' }))).toEqual([
      'Line 2: write it as key=value.',
    ]);
    expect(messages(extraSpecsInput.safeParse({ specs: 'a b=1', current: '{}' }))).toEqual([
      'Line 1: the key may only contain letters, numbers and "-_:.".',
    ]);
    expect(extraSpecsInput.parse({ specs: 'e2e:tier=gold\nx-y.z=1', current: '{}' }).specs).toEqual(
      {
        'e2e:tier': 'gold',
        'x-y.z': '1',
      },
    );
    expect(specsChange({ a: '1', b: '2' }, { a: '3' })).toEqual({ set: { a: '3' }, unset: ['b'] });
  });
});
