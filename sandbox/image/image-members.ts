import { badRequest, conflict, forbidden, notFound } from './errors';
import { jsonBody } from './image-create';
import { glanceTime } from './image-view';
import { ownsImage, visibleImage, type ImageCall } from './images';
import { MEMBER_STATUSES, type ImageMemberRecord, type ImageRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Image members (api-ref image v2 "Sharing"): the owner adds and removes projects
// of a `shared` image; each member project accepts, rejects or keeps it pending.
// A member sees only its own membership. Glance's texts, from the devcloud.

const imageNotFound = (id: string) => `Image ${id} not found.`;

function memberView(image: ImageRecord, member: ImageMemberRecord): Record<string, unknown> {
  return {
    member_id: member.memberId,
    image_id: image.id,
    status: member.status,
    created_at: glanceTime(member.createdAt),
    updated_at: glanceTime(member.updatedAt),
    schema: '/v2/schemas/member',
  };
}

/** The members the caller may see: all of them for the owner, else only its own. */
function seenMembers(call: ImageCall, image: ImageRecord): ImageMemberRecord[] {
  if (ownsImage(call, image)) return image.members;
  return image.members.filter((m) => m.memberId === call.viewer.projectId);
}

function seenMember(call: ImageCall, image: ImageRecord): ImageMemberRecord {
  const memberId = call.req.params.member_id ?? '';
  const member = seenMembers(call, image).find((m) => m.memberId === memberId);
  if (!member) {
    throw notFound(`${memberId} not found in the member list of the image ${image.id}.`);
  }
  return member;
}

function saveMembers(call: ImageCall, image: ImageRecord, members: ImageMemberRecord[]): void {
  call.region.images = call.region.images.map((i) => (i.id === image.id ? { ...i, members } : i));
  call.changed();
}

export function listMembersHandler(call: ImageCall): SandboxResponse {
  const image = visibleImage(call, imageNotFound);
  if (image.visibility !== 'shared') {
    throw forbidden(
      `Not allowed to list members for image ${image.id}: Only shared images have members.`,
    );
  }
  return {
    status: 200,
    body: {
      members: seenMembers(call, image).map((m) => memberView(image, m)),
      schema: '/v2/schemas/members',
    },
  };
}

export function showMemberHandler(call: ImageCall): SandboxResponse {
  const image = visibleImage(call, imageNotFound);
  return { status: 200, body: memberView(image, seenMember(call, image)) };
}

export function addMemberHandler(call: ImageCall): SandboxResponse {
  const image = visibleImage(call, imageNotFound);
  const body = jsonBody(call);
  const memberId =
    typeof body === 'object' && body !== null ? (body as { member?: unknown }).member : undefined;
  if (!ownsImage(call, image) || image.visibility !== 'shared') {
    throw forbidden(`Not allowed to create members for image ${image.id}.`);
  }
  if (typeof memberId !== 'string' || memberId === '') {
    throw badRequest('Member to be added not specified');
  }
  if (image.members.some((m) => m.memberId === memberId)) {
    throw conflict(`Member ${memberId} is duplicated for image ${image.id}`);
  }
  const now = call.now();
  const member: ImageMemberRecord = { memberId, status: 'pending', createdAt: now, updatedAt: now };
  saveMembers(call, image, [...image.members, member]);
  return { status: 200, body: memberView(image, member) };
}

/** Only the member project itself answers the invitation, never the owner. */
export function updateMemberHandler(call: ImageCall): SandboxResponse {
  const image = visibleImage(call, imageNotFound);
  const memberId = call.req.params.member_id ?? '';
  if (memberId !== call.viewer.projectId) {
    throw forbidden(`Not allowed to update members for image ${image.id}.`);
  }
  const body = jsonBody(call);
  const status =
    typeof body === 'object' && body !== null ? (body as { status?: unknown }).status : undefined;
  if (status === undefined) throw badRequest('Status not specified');
  if (!MEMBER_STATUSES.includes(status as ImageMemberRecord['status'])) {
    throw badRequest('Incorrect request: Status must be "pending", "accepted" or "rejected".');
  }
  const member = seenMember(call, image);
  const updated: ImageMemberRecord = {
    ...member,
    status: status as ImageMemberRecord['status'],
    updatedAt: call.now(),
  };
  saveMembers(
    call,
    image,
    image.members.map((m) => (m.memberId === memberId ? updated : m)),
  );
  return { status: 200, body: memberView(image, updated) };
}

export function removeMemberHandler(call: ImageCall): SandboxResponse {
  const image = visibleImage(call, imageNotFound);
  const member = seenMember(call, image);
  if (!ownsImage(call, image)) {
    throw forbidden(`Not allowed to delete members for image ${image.id}.`);
  }
  saveMembers(
    call,
    image,
    image.members.filter((m) => m !== member),
  );
  return { status: 204 };
}
