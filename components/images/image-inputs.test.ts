import { describe, expect, it } from 'vitest';
import { createImageInput, createVolumeFromImageInput, editImageInput } from './image-inputs';

const base = {
  name: 'cirros',
  description: '',
  source: 'file',
  url: '',
  diskFormat: 'qcow2',
  architecture: '',
  minDisk: '',
  minRam: '',
  visibility: 'private',
  protected: false,
  metadata: '',
};

const errors = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('createImageInput', () => {
  it('reads empty minimums as 0 and metadata lines as properties', () => {
    const parsed = createImageInput.parse({ ...base, minDisk: '2', metadata: 'os_distro=cirros' });
    expect(parsed).toMatchObject({ minDisk: 2, minRam: 0, metadata: { os_distro: 'cirros' } });
  });

  it('refuses an empty or 10,000-character name, negative or fractional minimums', () => {
    expect(errors(createImageInput.safeParse({ ...base, name: '  ' }))).toContain(
      'Enter a name for the image.',
    );
    expect(errors(createImageInput.safeParse({ ...base, name: 'x'.repeat(10_000) }))).toContain(
      'The name is longer than 255 characters.',
    );
    expect(errors(editImageInput.safeParse({ ...base, minDisk: '-1' }))).toContain(
      'Minimum Disk cannot be negative.',
    );
    expect(errors(editImageInput.safeParse({ ...base, minRam: '1.5' }))).toContain(
      'Minimum RAM must be a whole number of MB.',
    );
  });

  it('needs an http(s) address for a URL source only', () => {
    expect(createImageInput.safeParse({ ...base, source: 'url', url: 'ftp://x/y' }).success).toBe(
      false,
    );
    expect(
      createImageInput.safeParse({ ...base, source: 'url', url: 'https://example.org/c.img' })
        .success,
    ).toBe(true);
  });
});

describe('createVolumeFromImageInput', () => {
  it("refuses a size below the image's minimum, 0 and negative sizes", () => {
    const schema = createVolumeFromImageInput(3);
    const v = { name: 'v', description: '', volumeType: '', availabilityZone: '' };
    expect(schema.parse({ ...v, size: '3' }).size).toBe(3);
    for (const size of ['2', '0', '-1'])
      expect(errors(schema.safeParse({ ...v, size }))).toEqual([
        'The volume size must be at least 3 GiB: the image needs it.',
      ]);
    expect(errors(schema.safeParse({ ...v, size: 'big' }))).toEqual([
      'Enter the size as a whole number of GiB.',
    ]);
  });
});
