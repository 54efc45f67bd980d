// The Images panel's equivalent commands, run for real against the devcloud as
// demo: create from a file (CLI and openstacksdk), edit, metadata, share with
// class-lab and accept there, create a volume from the image, delete. Only in
// `npm run test:real` (tests/real/vitest.config.mts).
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVolumeEquivalents } from '@/lib/equivalents/cinder-volume';
import { python, shell, uniqueName, workspace, type Workspace } from '@/tests/real/clients';
import {
  createImageEquivalents,
  deleteImageEquivalents,
  editImageEquivalents,
  manageMembersEquivalents,
  memberStatusEquivalents,
  updateMetadataEquivalents,
  type ImageSpec,
} from './images-equivalents';

interface ShownImage {
  id: string;
  name: string;
  status: string;
  min_disk: number;
  min_ram: number;
  visibility: string;
  protected: boolean;
  disk_format: string;
  properties?: Record<string, unknown>;
}

let demo: Workspace;
let classLab: Workspace;
const prefix = uniqueName('image');
const made: string[] = [];

const spec = (name: string): ImageSpec => ({
  name,
  description: 'made by the equivalents test',
  diskFormat: 'raw',
  architecture: 'x86_64',
  minDisk: 1,
  minRam: 64,
  visibility: 'private',
  protected: false,
  metadata: { os_distro: 'cirros' },
});

async function show(id: string): Promise<ShownImage> {
  return JSON.parse(await shell(demo, `openstack image show -f json ${id}`)) as ShownImage;
}

async function idOf(name: string): Promise<string> {
  const id = (await shell(demo, `openstack image show -f value -c id ${name}`)).trim();
  made.push(id);
  return id;
}

beforeAll(async () => {
  demo = await workspace('demo');
  // demo is also a member of class-lab: the same user, scoped there (openrc and clouds.yaml).
  const base = await workspace('demo');
  const clouds = path.join(base.home, '.config', 'openstack', 'clouds.yaml');
  await writeFile(
    clouds,
    (await readFile(clouds, 'utf8')).replace('project_name: demo', 'project_name: class-lab'),
  );
  classLab = { ...base, env: { ...base.env, OS_PROJECT_NAME: 'class-lab' } };
  await writeFile(path.join(demo.dir, 'disk.raw'), randomBytes(1024 * 1024));
});

afterAll(async () => {
  for (const id of made)
    await shell(
      demo,
      `openstack image set --unprotected ${id}; openstack image delete ${id}`,
    ).catch(() => undefined);
});

describe('Images equivalents on the devcloud', () => {
  let imageId = '';

  it('CLI: Create Image from a file, with its properties', async () => {
    const name = `${prefix}-cli`;
    await shell(
      demo,
      createImageEquivalents({ ...spec(name), source: 'file', location: 'disk.raw' }).cli,
    );
    imageId = await idOf(name);
    const image = await show(imageId);
    expect(image).toMatchObject({ status: 'active', min_disk: 1, min_ram: 64, disk_format: 'raw' });
    expect(image.properties).toMatchObject({
      os_distro: 'cirros',
      architecture: 'x86_64',
      description: 'made by the equivalents test',
    });
  });

  it('openstacksdk: Create Image from a file', async () => {
    const name = `${prefix}-sdk`;
    await python(
      demo,
      createImageEquivalents({ ...spec(name), source: 'file', location: 'disk.raw' }).sdk,
    );
    const image = await show(await idOf(name));
    expect(image).toMatchObject({ status: 'active', min_disk: 1, visibility: 'private' });
    expect(image.properties).toMatchObject({ os_distro: 'cirros', architecture: 'x86_64' });
  });

  it('CLI and openstacksdk: Edit Image', async () => {
    const edit = { ...spec(`${prefix}-cli-edited`), visibility: 'shared', minDisk: 2 };
    await shell(demo, editImageEquivalents(imageId, edit, 'raw').cli);
    expect(await show(imageId)).toMatchObject({
      name: edit.name,
      min_disk: 2,
      visibility: 'shared',
    });
    await python(demo, editImageEquivalents(imageId, { ...edit, minRam: 128 }, 'raw').sdk);
    expect(await show(imageId)).toMatchObject({ name: edit.name, min_ram: 128 });
  });

  it('CLI: Update Metadata sets and removes properties', async () => {
    await shell(
      demo,
      updateMetadataEquivalents(imageId, { hw_disk_bus: 'scsi' }, ['os_distro']).cli,
    );
    const properties = (await show(imageId)).properties ?? {};
    expect(properties.hw_disk_bus).toBe('scsi');
    expect(properties.os_distro).toBeUndefined();
  });

  it('CLI: share with class-lab; class-lab accepts it', async () => {
    const classLabId = (
      await shell(classLab, 'openstack token issue -f value -c project_id')
    ).trim();
    await shell(demo, manageMembersEquivalents(imageId, classLabId, []).cli);
    await shell(classLab, memberStatusEquivalents(imageId, 'accepted').cli);
    const members = JSON.parse(
      await shell(demo, `openstack image member list -f json ${imageId}`),
    ) as { 'Member ID': string; Status: string }[];
    expect(members).toContainEqual(
      expect.objectContaining({ 'Member ID': classLabId, Status: 'accepted' }),
    );
    await python(classLab, memberStatusEquivalents(imageId, 'rejected').sdk);
    await shell(demo, manageMembersEquivalents(imageId, '', [classLabId]).cli);
    expect(JSON.parse(await shell(demo, `openstack image member list -f json ${imageId}`))).toEqual(
      [],
    );
  });

  it('CLI: Create Volume from the image (Cinder accepts it; the fake driver cannot copy data)', async () => {
    const name = `${prefix}-vol`;
    const eq = createVolumeEquivalents({
      source: 'image',
      sourceId: imageId,
      name,
      description: '',
      size: '2',
      type: '',
      availabilityZone: '',
    });
    await shell(demo, eq.cli);
    const volume = JSON.parse(await shell(demo, `openstack volume show -f json ${name}`)) as {
      id: string;
      size: number;
    };
    expect(volume.size).toBe(2);
    for (let i = 0; i < 60; i++) {
      const status = (
        await shell(demo, `openstack volume show -f value -c status ${volume.id}`)
      ).trim();
      if (status !== 'creating' && status !== 'downloading') break;
      await new Promise((r) => setTimeout(r, 1_000));
    }
    await shell(demo, `openstack volume delete ${volume.id}`);
  });

  it('CLI: Delete Image', async () => {
    await shell(demo, deleteImageEquivalents([imageId]).cli);
    const left = await shell(
      demo,
      `openstack image list -f value -c ID --name ${`${prefix}-cli-edited`}`,
    );
    expect(left.trim()).toBe('');
  });
});
