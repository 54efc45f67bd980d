// Glance image members and tags (lib/openstack/image/image-sharing.ts) against the
// target cloud: demo's project shares an image with class-lab, which answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { failure } from './failure';
import { ImageCleanup, imageActors, type Signed } from './images-fixture';

let demo: Signed;
let lab: Signed;
let admin: Api;
const cleanup = new ImageCleanup();

beforeAll(async () => {
  ({ demo, lab, admin } = await imageActors());
});

afterAll(() => cleanup.run());

const sharedIds = async (api: Api, filters: Record<string, string>) =>
  (await api.image.listImages({ filters, limit: 1000 })).items.map((i) => i.id);

describe('image members', () => {
  it('shares an image with a project, which accepts it, sees it listed, and is removed', async () => {
    const image = await cleanup.create(demo.api, { visibility: 'shared' });
    const labId = lab.token.project.id;
    expect(await demo.api.image.listImageMembers(image.id)).toEqual([]);
    const added = await demo.api.image.addImageMember(image.id, labId);
    expect(added).toMatchObject({ image_id: image.id, member_id: labId, status: 'pending' });

    // Pending: the member sees the image by id, not in its default list.
    expect((await lab.api.image.getImage(image.id)).id).toBe(image.id);
    expect(await sharedIds(lab.api, { visibility: 'shared' })).not.toContain(image.id);
    expect(await sharedIds(lab.api, { visibility: 'shared', member_status: 'pending' })).toContain(
      image.id,
    );

    const ownerAnswers = await failure(
      demo.api.image.updateImageMember(image.id, labId, 'accepted'),
    );
    expect(ownerAnswers.status).toBe(403);
    expect(ownerAnswers.message).toBe(`Not allowed to update members for image ${image.id}.`);
    const accepted = await lab.api.image.updateImageMember(image.id, labId, 'accepted');
    expect(accepted.status).toBe('accepted');
    expect(await sharedIds(lab.api, { visibility: 'shared' })).toContain(image.id);
    expect(await sharedIds(lab.api, {})).toContain(image.id);

    const memberAdds = await failure(lab.api.image.addImageMember(image.id, labId));
    expect(memberAdds.message).toBe(`Not allowed to create members for image ${image.id}.`);
    const memberRemoves = await failure(lab.api.image.removeImageMember(image.id, labId));
    expect(memberRemoves.message).toBe(`Not allowed to delete members for image ${image.id}.`);
    const duplicate = await failure(demo.api.image.addImageMember(image.id, labId));
    expect(duplicate.status).toBe(409);
    expect(duplicate.message).toBe(`Member ${labId} is duplicated for image ${image.id}`);

    await demo.api.image.removeImageMember(image.id, labId);
    expect(await demo.api.image.listImageMembers(image.id)).toEqual([]);
    const gone = await failure(lab.api.image.getImage(image.id));
    expect(gone.status).toBe(404);
    const again = await failure(demo.api.image.removeImageMember(image.id, labId));
    expect(again.status).toBe(404);
    expect(again.message).toBe(`${labId} not found in the member list of the image ${image.id}.`);
  });

  it('shows a member only its own membership', async () => {
    const image = await cleanup.create(demo.api, { visibility: 'shared' });
    const labId = lab.token.project.id;
    await demo.api.image.addImageMember(image.id, labId);
    await demo.api.image.addImageMember(image.id, 'another-project');
    expect((await demo.api.image.listImageMembers(image.id)).map((m) => m.member_id)).toEqual([
      labId,
      'another-project',
    ]);
    expect((await lab.api.image.listImageMembers(image.id)).map((m) => m.member_id)).toEqual([
      labId,
    ]);
    const rejected = await lab.api.image.updateImageMember(image.id, labId, 'rejected');
    expect(rejected.status).toBe('rejected');
  });

  it('refuses members on images that are not shared', async () => {
    const privateImage = await cleanup.create(demo.api, { visibility: 'private' });
    const add = await failure(demo.api.image.addImageMember(privateImage.id, lab.token.project.id));
    expect(add.status).toBe(403);
    expect(add.message).toBe(`Not allowed to create members for image ${privateImage.id}.`);
    const list = await failure(demo.api.image.listImageMembers(privateImage.id));
    expect(list.message).toBe(
      `Not allowed to list members for image ${privateImage.id}: Only shared images have members.`,
    );
    const publicImage = await cleanup.create(admin, { visibility: 'public' });
    const onPublic = await failure(
      admin.image.addImageMember(publicImage.id, lab.token.project.id),
    );
    expect(onPublic.status).toBe(403);
    expect(onPublic.message).toBe(`Not allowed to create members for image ${publicImage.id}.`);
  });
});

describe('image tags', () => {
  it('adds a tag (twice is fine) and removes it; only the owner may', async () => {
    const image = await cleanup.create(demo.api, { visibility: 'community' });
    await demo.api.image.addImageTag(image.id, 'week 1');
    await demo.api.image.addImageTag(image.id, 'week 1');
    expect((await demo.api.image.getImage(image.id)).tags).toEqual(['week 1']);
    const foreign = await failure(lab.api.image.addImageTag(image.id, 'mine'));
    expect(foreign.status).toBe(403);
    expect(foreign.message).toBe(`Not allowed to update tags for image ${image.id}.`);
    await demo.api.image.removeImageTag(image.id, 'week 1');
    expect((await demo.api.image.getImage(image.id)).tags).toEqual([]);
    const missing = await failure(demo.api.image.removeImageTag(image.id, 'week 1'));
    expect(missing.status).toBe(404);
    expect(missing.message).toBe('The resource could not be found.');
  });
});
