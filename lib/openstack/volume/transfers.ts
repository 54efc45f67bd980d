// Cinder volume transfers. api-ref: block-storage v3, "Volume transfers
// (volume-transfers)" (microversion 3.55, which the dashboard pins for them).
import { transferBodySchema, transferListSchema, type VolumeTransfer } from './snapshot-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';

const MICROVERSION = '3.55';

export function transfersApi(t: Transport) {
  return {
    /** The answer holds `auth_key`, which Cinder never shows again. */
    async createTransfer(input: {
      volumeId: string;
      name?: string;
      noSnapshots?: boolean;
    }): Promise<VolumeTransfer & { auth_key: string }> {
      const transfer: Record<string, unknown> = { volume_id: input.volumeId };
      if (input.name !== undefined) transfer.name = input.name;
      if (input.noSnapshots !== undefined) transfer.no_snapshots = input.noSnapshots;
      const body = await osFetch(
        t,
        {
          service: 'volumev3',
          method: 'POST',
          path: '/volume-transfers',
          body: { transfer },
          microversion: MICROVERSION,
        },
        transferBodySchema,
      );
      return { ...body.transfer, auth_key: body.transfer.auth_key ?? '' };
    },

    async listTransfers(): Promise<VolumeTransfer[]> {
      return (
        await osFetch(
          t,
          { service: 'volumev3', path: '/volume-transfers/detail', microversion: MICROVERSION },
          transferListSchema,
        )
      ).transfers;
    },

    async getTransfer(id: string): Promise<VolumeTransfer> {
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            path: `/volume-transfers/${seg(id)}`,
            microversion: MICROVERSION,
          },
          transferBodySchema,
        )
      ).transfer;
    },

    /** Accepts into the caller's project with the key the giver passed on. */
    async acceptTransfer(id: string, authKey: string): Promise<VolumeTransfer> {
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            method: 'POST',
            path: `/volume-transfers/${seg(id)}/accept`,
            body: { accept: { auth_key: authKey } },
            microversion: MICROVERSION,
          },
          transferBodySchema,
        )
      ).transfer;
    },

    async deleteTransfer(id: string): Promise<void> {
      await osSend(t, {
        service: 'volumev3',
        method: 'DELETE',
        path: `/volume-transfers/${seg(id)}`,
        microversion: MICROVERSION,
      });
    },
  };
}
