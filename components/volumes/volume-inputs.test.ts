import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import {
  acceptTransferInput,
  attachVolumeInput,
  createBackupInput,
  createVolumeInput,
  extendVolumeInput,
  imageMinimumGiB,
  sizeProblem,
  volumeMetadataInput,
} from './volume-inputs';

const GIB = 1024 ** 3;
const minimums = { image: { img: 3 }, snapshot: { snap: 2 }, volume: { vol: 5 } };
const base = {
  name: 'data',
  description: '',
  source: 'blank',
  image: '',
  snapshot: '',
  volume: '',
  type: '',
  size: '1',
  availability_zone: '',
};

describe('imageMinimumGiB', () => {
  it('is the larger of min_disk and the size rounded up, at least 1', () => {
    expect(imageMinimumGiB({ size: 64 * 1024, min_disk: 0 })).toBe(1);
    expect(imageMinimumGiB({ size: 691404800, min_disk: 3 })).toBe(3);
    expect(imageMinimumGiB({ size: 2 * GIB + 1 })).toBe(3);
    expect(imageMinimumGiB({ size: null })).toBe(1);
  });
});

describe('sizeProblem', () => {
  it('refuses empty, fractional, zero, negative and huge sizes', () => {
    expect(sizeProblem('', 1)).toBe('Size is required.');
    expect(sizeProblem('1.5', 1)).toBe('Size must be a whole number of GiB.');
    expect(sizeProblem('0', 1)).toBe('Size must be at least 1 GiB.');
    expect(sizeProblem('-4', 1)).toBe('Size must be at least 1 GiB.');
    expect(sizeProblem('99999999', 1)).toBe('Size must be at most 1,000,000 GiB.');
    expect(sizeProblem(' 4 ', 1)).toBeUndefined();
  });
});

describe('createVolumeInput', () => {
  const schema = createVolumeInput(minimums);

  it('gives Cinder a blank volume with only what was filled in', () => {
    const result = validateForm(schema, { ...base, type: '__DEFAULT__' });
    expect(result.ok && result.data).toEqual({
      name: 'data',
      description: '',
      source: { kind: 'blank' },
      volumeType: '__DEFAULT__',
      size: 1,
      availabilityZone: undefined,
    });
  });

  it('asks for the source and a size that holds it, at the fields', () => {
    expect(validateForm(schema, { ...base, source: 'image' }).errors.image).toBe(
      'Choose an image.',
    );
    expect(validateForm(schema, { ...base, source: 'image', image: 'img' }).errors.size).toBe(
      'Size must be at least 3 GiB for this source.',
    );
    expect(
      validateForm(schema, { ...base, source: 'snapshot', snapshot: 'snap' }).errors.size,
    ).toBe('Size must be at least 2 GiB for this source.');
    const ok = validateForm(schema, { ...base, source: 'volume', volume: 'vol', size: '5' });
    expect(ok.ok && ok.data.source).toEqual({ kind: 'volume', volumeId: 'vol' });
  });

  it('refuses a 10,000-character name and keeps markup as typed', () => {
    expect(validateForm(schema, { ...base, name: 'x'.repeat(10_000) }).errors.name).toBe(
      'Name must be 255 characters or fewer.',
    );
    const ok = validateForm(schema, { ...base, name: '<b>x</b>' });
    expect(ok.ok && ok.data.name).toBe('<b>x</b>');
  });
});

describe('row action inputs', () => {
  it('Extend needs a size above the current one', () => {
    const schema = extendVolumeInput(2);
    expect(validateForm(schema, { new_size: '2' }).errors.new_size).toBe(
      'New Size must be greater than the current size (2 GiB).',
    );
    expect(validateForm(schema, { new_size: '0' }).errors.new_size).toBe(
      'New Size must be at least 1 GiB.',
    );
    const ok = validateForm(schema, { new_size: '3' });
    expect(ok.ok && ok.data).toEqual({ new_size: 3 });
  });

  it('Manage Attachments needs something to do and a device path when given', () => {
    expect(
      validateForm(attachVolumeInput, { detach: [], instance: '', device: '' }).errors.instance,
    ).toMatch(/^Choose an instance/);
    expect(
      validateForm(attachVolumeInput, { detach: [], instance: 's', device: 'vdb' }).errors.device,
    ).toBe('Device Name must look like /dev/vdb.');
    expect(validateForm(attachVolumeInput, { detach: ['s'], instance: '', device: '' }).ok).toBe(
      true,
    );
  });

  it('Create Backup refuses a slash in the container', () => {
    const values = { name: 'b', description: '', container: 'a/b', incremental: false };
    expect(validateForm(createBackupInput, values).errors.container).toBe(
      'Container Name may not contain "/".',
    );
  });

  it('Accept Transfer needs both the ID and the key', () => {
    const result = validateForm(acceptTransferInput, { transfer_id: ' ', auth_key: '' });
    expect(result.errors).toEqual({
      transfer_id: 'Transfer ID is required.',
      auth_key: 'Authorization Key is required.',
    });
  });

  it('metadata lines become a record', () => {
    const ok = validateForm(volumeMetadataInput, { metadata: 'a=1\n\nb = two' });
    expect(ok.ok && ok.data.metadata).toEqual({ a: '1', b: 'two' });
    expect(validateForm(volumeMetadataInput, { metadata: 'nokey' }).ok).toBe(false);
  });
});
