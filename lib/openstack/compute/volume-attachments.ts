// Nova's volume attachments. api-ref: compute v2.1, "Servers with volume
// attachments (servers, os-volume_attachments)": what Manage Attachments and the
// instance actions Attach/Detach Volume call.
import { z } from 'zod';
import { osFetch, osSend, seg, type Transport } from '../http';

export const volumeAttachmentSchema = z.object({
  volumeId: z.string(),
  serverId: z.string(),
  device: z.string().nullish(),
  tag: z.string().nullish(),
  attachment_id: z.string().optional(),
  delete_on_termination: z.boolean().optional(),
});
export type ServerVolumeAttachment = z.infer<typeof volumeAttachmentSchema>;

export function volumeAttachmentsApi(t: Transport) {
  return {
    async listVolumeAttachments(serverId: string): Promise<ServerVolumeAttachment[]> {
      return (
        await osFetch(
          t,
          { service: 'compute', path: `/servers/${seg(serverId)}/os-volume_attachments` },
          z.object({ volumeAttachments: z.array(volumeAttachmentSchema) }),
        )
      ).volumeAttachments;
    },

    /** Attaches a volume; without `device` Nova picks the next free one. */
    async attachVolume(
      serverId: string,
      volumeId: string,
      opts: { device?: string } = {},
    ): Promise<ServerVolumeAttachment> {
      const volumeAttachment: Record<string, unknown> = { volumeId };
      if (opts.device) volumeAttachment.device = opts.device;
      return (
        await osFetch(
          t,
          {
            service: 'compute',
            method: 'POST',
            path: `/servers/${seg(serverId)}/os-volume_attachments`,
            body: { volumeAttachment },
          },
          z.object({ volumeAttachment: volumeAttachmentSchema }),
        )
      ).volumeAttachment;
    },

    async detachVolume(serverId: string, volumeId: string): Promise<void> {
      await osSend(t, {
        service: 'compute',
        method: 'DELETE',
        path: `/servers/${seg(serverId)}/os-volume_attachments/${seg(volumeId)}`,
      });
    },
  };
}
