// Image members and tags. api-ref: image v2, "Sharing" and "Image tags".
import { osFetch, osSend, seg, type Transport } from '../http';
import {
  imageMemberListSchema,
  imageMemberSchema,
  type ImageMember,
  type ImageMemberStatus,
} from './glance-schemas';

export function imageSharingApi(t: Transport) {
  const members = (id: string) => `/v2/images/${seg(id)}/members`;
  return {
    async listImageMembers(id: string): Promise<ImageMember[]> {
      return (await osFetch(t, { service: 'image', path: members(id) }, imageMemberListSchema))
        .members;
    },

    /** POST …/members (owner only, image visibility `shared`): the member starts `pending`. */
    async addImageMember(id: string, memberId: string): Promise<ImageMember> {
      return osFetch(
        t,
        { service: 'image', method: 'POST', path: members(id), body: { member: memberId } },
        imageMemberSchema,
      );
    },

    /** PUT …/members/{member}: the consumer accepts, rejects or puts back to pending. */
    async updateImageMember(
      id: string,
      memberId: string,
      status: ImageMemberStatus,
    ): Promise<ImageMember> {
      return osFetch(
        t,
        {
          service: 'image',
          method: 'PUT',
          path: `${members(id)}/${seg(memberId)}`,
          body: { status },
        },
        imageMemberSchema,
      );
    },

    async removeImageMember(id: string, memberId: string): Promise<void> {
      await osSend(t, {
        service: 'image',
        method: 'DELETE',
        path: `${members(id)}/${seg(memberId)}`,
      });
    },

    /** PUT /v2/images/{id}/tags/{tag}: 204, also when the image has the tag already. */
    async addImageTag(id: string, tag: string): Promise<void> {
      await osSend(t, {
        service: 'image',
        method: 'PUT',
        path: `/v2/images/${seg(id)}/tags/${seg(tag)}`,
      });
    },

    async removeImageTag(id: string, tag: string): Promise<void> {
      await osSend(t, {
        service: 'image',
        method: 'DELETE',
        path: `/v2/images/${seg(id)}/tags/${seg(tag)}`,
      });
    },
  };
}
