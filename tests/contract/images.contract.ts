// Glance images (lib/openstack/image/glance.ts, image-patch.ts) against the target
// cloud: create, JSON-Patch update, list filters, delete, with Glance's refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { imagePatchOps } from '@/lib/openstack/image/image-patch';
import { unique } from './context';
import { failure } from './failure';
import { ImageCleanup, imageActors, type Signed } from './images-fixture';

let demo: Signed;
let lab: Signed;
let admin: Api;
const cleanup = new ImageCleanup();
const SCHEMA_REFUSAL = "Provided object does not match schema 'image': ";

beforeAll(async () => {
  ({ demo, lab, admin } = await imageActors());
});

afterAll(() => cleanup.run());

/** The first paragraph of a message (the real Glance adds a dump of the schema after it). */
const firstParagraph = (message: string) => message.split('\n\n')[0];

describe('create image', () => {
  it('creates a queued image with its formats, limits, tags and extra properties', async () => {
    const name = unique('image');
    const image = await cleanup.create(demo.api, {
      name,
      disk_format: 'qcow2',
      container_format: 'bare',
      visibility: 'private',
      protected: false,
      min_disk: 2,
      min_ram: 512,
      tags: ['lab', 'lab', 'week1'],
      properties: { architecture: 'x86_64', description: 'for the lab' },
    });
    expect(image).toMatchObject({
      name,
      status: 'queued',
      visibility: 'private',
      protected: false,
      disk_format: 'qcow2',
      container_format: 'bare',
      min_disk: 2,
      min_ram: 512,
      size: null,
      checksum: null,
      os_hash_algo: null,
      os_hash_value: null,
      owner: demo.token.project.id,
      architecture: 'x86_64',
      description: 'for the lab',
    });
    expect([...(image.tags ?? [])].sort()).toEqual(['lab', 'week1']);
    expect(await demo.api.image.getImage(image.id)).toMatchObject({ name, architecture: 'x86_64' });
  });

  it('makes an image shared when no visibility is given', async () => {
    const image = await cleanup.create(demo.api);
    expect(image.visibility).toBe('shared');
  });

  it('refuses bad formats, read-only and reserved attributes, and public images to members', async () => {
    const disk = await failure(demo.api.image.createImage({ disk_format: 'floppy' }));
    expect(disk.status).toBe(400);
    expect(firstParagraph(disk.message)).toBe(
      `${SCHEMA_REFUSAL}'floppy' is not one of [None, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop']`,
    );
    const container = await failure(demo.api.image.createImage({ container_format: 'box' }));
    expect(firstParagraph(container.message)).toBe(
      `${SCHEMA_REFUSAL}'box' is not one of [None, 'ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed']`,
    );
    const negative = await failure(demo.api.image.createImage({ min_disk: -1 }));
    expect(negative.status).toBe(400);
    expect(negative.message).toBe(
      "Invalid value '-1' for parameter 'min_disk': Cannot be a negative value",
    );
    const readOnly = await failure(
      demo.api.image.createImage({ properties: { status: 'active' } }),
    );
    expect(readOnly.status).toBe(403);
    expect(readOnly.message).toBe("Attribute 'status' is read-only.");
    const reserved = await failure(
      demo.api.image.createImage({ properties: { os_glance_thing: 'x' } }),
    );
    expect(reserved.status).toBe(403);
    expect(reserved.message).toBe(
      "Access was denied to this resource. Attribute 'os_glance_thing' is reserved.",
    );
    const publicImage = await failure(demo.api.image.createImage({ visibility: 'public' }));
    expect(publicImage.status).toBe(403);
    expect(publicImage.message).toBe('You are not authorized to complete publicize_image action.');
    const tooLong = await failure(demo.api.image.createImage({ name: 'n'.repeat(256) }));
    expect(firstParagraph(tooLong.message)).toBe(
      `${SCHEMA_REFUSAL}'${'n'.repeat(256)}' is too long`,
    );
  });

  it('lets an admin make a public image', async () => {
    const image = await cleanup.create(admin, { visibility: 'public' });
    expect(image.visibility).toBe('public');
  });
});

describe('update image (JSON-Patch)', () => {
  it('adds, replaces and removes properties as imagePatchOps computes them', async () => {
    const image = await cleanup.create(demo.api, {
      disk_format: 'raw',
      container_format: 'bare',
      properties: { architecture: 'x86_64', os_distro: 'cirros' },
    });
    const name = unique('renamed');
    const ops = imagePatchOps(image, {
      name,
      min_ram: 128,
      protected: true,
      tags: ['a', 'b'],
      description: 'new',
      architecture: 'aarch64',
      os_distro: undefined,
    });
    expect(ops.map((o) => o.op)).toEqual([
      'replace',
      'replace',
      'replace',
      'replace',
      'add',
      'replace',
      'remove',
    ]);
    const updated = await demo.api.image.updateImage(image.id, ops);
    expect(updated).toMatchObject({
      name,
      min_ram: 128,
      protected: true,
      description: 'new',
      architecture: 'aarch64',
    });
    expect(updated.os_distro).toBeUndefined();
    expect([...(updated.tags ?? [])].sort()).toEqual(['a', 'b']);

    const protectedDelete = await failure(demo.api.image.deleteImage(image.id));
    expect(protectedDelete.status).toBe(403);
    expect(protectedDelete.message).toBe(`Image ${image.id} is protected and cannot be deleted.`);
    await demo.api.image.updateImage(image.id, imagePatchOps(updated, { protected: false }));
    await demo.api.image.deleteImage(image.id);
    expect((await failure(demo.api.image.getImage(image.id))).status).toBe(404);
  });

  it("answers bad operations with Glance's texts and changes nothing", async () => {
    const image = await cleanup.create(demo.api, { properties: { keep: 'me' } });
    const cases: [Parameters<Api['image']['updateImage']>[1], number, string][] = [
      [
        [{ op: 'replace', path: '/nothere', value: 'x' }],
        409,
        'There was a conflict when trying to complete your request. Property nothere does not exist.',
      ],
      [
        [{ op: 'remove', path: '/nothere' }],
        409,
        'There was a conflict when trying to complete your request. Property nothere does not exist.',
      ],
      [
        [{ op: 'remove', path: '/name' }],
        403,
        'Access was denied to this resource. Property name may not be removed.',
      ],
      [
        [{ op: 'replace', path: '/status', value: 'active' }],
        403,
        "Attribute 'status' is read-only.",
      ],
      [
        [{ op: 'add', path: '/os_glance_x', value: 'a' }],
        403,
        "Attribute 'os_glance_x' is reserved.",
      ],
      [
        [{ op: 'replace', path: '/owner', value: 'someone' }],
        403,
        "Access was denied to this resource. Owner can't be updated by non admin.",
      ],
      [
        [{ op: 'add', path: '/a/b', value: 'x' }],
        400,
        "Invalid JSON pointer for this resource: '/a/b'",
      ],
      [[{ op: 'add', path: 'name', value: 'x' }], 400, 'Pointer `name` does not start with "/".'],
      [
        [{ op: 'replace', path: '/min_disk', value: -2 }],
        400,
        "Invalid value '-2' for parameter 'min_disk': Cannot be a negative value",
      ],
      [
        [{ op: 'replace', path: '/visibility', value: 'public' }],
        403,
        'You are not authorized to complete publicize_image action.',
      ],
      [
        // A good operation before a bad one is not applied either.
        [
          { op: 'replace', path: '/name', value: 'half-done' },
          { op: 'replace', path: '/nothere', value: 'x' },
        ],
        409,
        'There was a conflict when trying to complete your request. Property nothere does not exist.',
      ],
    ];
    for (const [ops, status, message] of cases) {
      const refused = await failure(demo.api.image.updateImage(image.id, ops));
      expect({ ops, status: refused.status, message: refused.message }).toEqual({
        ops,
        status,
        message,
      });
    }
    const bogus = await failure(
      demo.api.image.updateImage(image.id, [
        { op: 'move', path: '/name', value: 'x' } as unknown as {
          op: 'add';
          path: string;
          value: unknown;
        },
      ]),
    );
    expect(bogus.message).toBe(
      'Invalid operation: `move`. It must be one of the following: add, remove, replace.',
    );
    const badValue = await failure(
      demo.api.image.updateImage(image.id, [{ op: 'replace', path: '/protected', value: 'yes' }]),
    );
    expect(firstParagraph(badValue.message)).toBe(
      `${SCHEMA_REFUSAL}'yes' is not of type 'boolean'`,
    );
    const after = await demo.api.image.getImage(image.id);
    expect(after).toMatchObject({ name: image.name, keep: 'me', visibility: 'shared' });
  });

  it('lets only the owner change or delete an image', async () => {
    const image = await cleanup.create(demo.api, { visibility: 'community' });
    const change = await failure(
      lab.api.image.updateImage(image.id, [{ op: 'replace', path: '/name', value: 'x' }]),
    );
    expect(change.status).toBe(403);
    expect(change.message).toBe('You do not own this image');
    const remove = await failure(lab.api.image.deleteImage(image.id));
    expect(remove.message).toBe('You do not own this image');
  });
});

describe('list images', () => {
  it("filters by Horizon's visibility, owner, name and status, sorted as asked", async () => {
    const mark = unique('listed');
    const priv = await cleanup.create(demo.api, { name: `${mark}-b`, visibility: 'private' });
    const shared = await cleanup.create(demo.api, { name: `${mark}-a`, visibility: 'shared' });
    const community = await cleanup.create(demo.api, {
      name: `${mark}-c`,
      visibility: 'community',
    });
    const names = async (filters: Record<string, string>) =>
      (await demo.api.image.listImages({ filters })).items
        .map((i) => i.name)
        .filter((n) => n?.startsWith(mark));
    expect(await names({ visibility: 'private' })).toEqual([priv.name]);
    expect(await names({ visibility: 'shared' })).toEqual([shared.name]);
    expect(await names({ visibility: 'community' })).toEqual([community.name]);
    expect(
      await names({ owner: demo.token.project.id, sort_key: 'name', sort_dir: 'asc' }),
    ).toEqual([shared.name, priv.name, community.name]);
    expect(await names({ name: `${mark}-a`, status: 'queued' })).toEqual([shared.name]);
    const publicOnes = (await demo.api.image.listImages({ filters: { visibility: 'public' } }))
      .items;
    expect(publicOnes.length).toBeGreaterThan(0);
    expect(publicOnes.every((i) => i.visibility === 'public')).toBe(true);
    const badVisibility = await failure(
      demo.api.image.listImages({ filters: { visibility: 'everyone' } }),
    );
    expect(badVisibility.status).toBe(400);
    expect(badVisibility.message).toBe('Invalid visibility value: everyone');
  });
});
