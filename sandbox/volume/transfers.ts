import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { badRequest, invalidVolume, notFound } from './errors';
import { checkQuota } from './quota-math';
import { bodyObject, booleanField, textField } from './request';
import { links, transferView } from './views';
import { findVolume, settleCall } from './volume-store';
import type { VolumeCall } from './call';
import type { TransferRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Volume transfers (volume-transfers)" (3.55+) and the
// older "os-volume-transfer": create (the auth key is shown only then), list,
// show, accept with the key (the volume moves to the accepting project), delete.

const hashOf = (salt: string, key: string) =>
  createHash('sha1')
    .update(salt + key)
    .digest('hex');

function ownTransfer(call: VolumeCall, id: string): TransferRecord {
  settleCall(call);
  const transfer = call.region.transfers.find((t) => t.id === id);
  if (!transfer || (!call.viewer.isAdmin && transfer.projectId !== call.viewer.projectId)) {
    throw notFound(`Transfer ${id} could not be found.`);
  }
  return transfer;
}

export function createTransfer(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'transfer');
  if (typeof body.volume_id !== 'string') throw badRequest("'volume_id' is a required property");
  const name = textField('name', body.name ?? null);
  const noSnapshots =
    body.no_snapshots === undefined ? false : booleanField('no_snapshots', body.no_snapshots);
  const volume = findVolume(call, body.volume_id);
  if (volume.status !== 'available') throw invalidVolume('status must be available');
  const key = randomBytes(8).toString('hex');
  const salt = randomBytes(8).toString('hex');
  const transfer: TransferRecord = {
    id: randomUUID(),
    projectId: volume.projectId,
    volumeId: volume.id,
    name,
    salt,
    cryptHash: hashOf(salt, key),
    noSnapshots,
    createdAt: call.now,
  };
  call.region.transfers.push(transfer);
  volume.status = 'awaiting-transfer';
  volume.updatedAt = call.now;
  call.changed();
  const view = transferView(call, transfer);
  view.auth_key = key;
  return { status: 202, body: { transfer: view } };
}

function list(call: VolumeCall, detail: boolean): SandboxResponse {
  settleCall(call);
  const rows = call.region.transfers.filter(
    (t) =>
      t.projectId === call.viewer.projectId ||
      (call.viewer.isAdmin && call.req.query.get('all_tenants')),
  );
  return {
    status: 200,
    body: {
      transfers: rows.map((t) =>
        detail
          ? transferView(call, t)
          : {
              id: t.id,
              name: t.name,
              volume_id: t.volumeId,
              links: links(call, t.projectId, 'os-volume-transfer', t.id),
            },
      ),
    },
  };
}

export const listTransfers = (call: VolumeCall) => list(call, false);
export const listTransfersDetail = (call: VolumeCall) => list(call, true);

export function showTransfer(call: VolumeCall): SandboxResponse {
  const transfer = ownTransfer(call, call.req.params.transfer_id ?? '');
  return { status: 200, body: { transfer: transferView(call, transfer) } };
}

export function deleteTransfer(call: VolumeCall): SandboxResponse {
  const transfer = ownTransfer(call, call.req.params.transfer_id ?? '');
  call.region.transfers = call.region.transfers.filter((t) => t.id !== transfer.id);
  const volume = call.region.volumes.find((v) => v.id === transfer.volumeId);
  if (volume?.status === 'awaiting-transfer') {
    volume.status = 'available';
    volume.updatedAt = call.now;
  }
  call.changed();
  return { status: 202 };
}

export function acceptTransfer(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'accept');
  if (typeof body.auth_key !== 'string') throw badRequest("'auth_key' is a required property");
  settleCall(call);
  const id = call.req.params.transfer_id ?? '';
  const transfer = call.region.transfers.find((t) => t.id === id);
  if (!transfer) throw notFound(`Transfer ${id} could not be found.`);
  if (hashOf(transfer.salt, body.auth_key) !== transfer.cryptHash) {
    throw badRequest(`Invalid auth key: Attempt to transfer ${id} with invalid auth key.`);
  }
  const volume = call.region.volumes.find((v) => v.id === transfer.volumeId);
  if (!volume) throw notFound(`Volume ${transfer.volumeId} could not be found.`);
  const snapshots = transfer.noSnapshots
    ? []
    : call.region.snapshots.filter((s) => s.volumeId === volume.id);
  const target = call.viewer.projectId;
  checkQuota(call.region, target, { resource: 'volumes', size: volume.size, count: 1 });
  volume.projectId = target;
  volume.userId = call.viewer.userId;
  volume.status = 'available';
  volume.updatedAt = call.now;
  for (const s of snapshots) {
    s.projectId = target;
    s.userId = call.viewer.userId;
  }
  call.region.transfers = call.region.transfers.filter((t) => t.id !== transfer.id);
  call.changed();
  return {
    status: 202,
    body: {
      transfer: {
        id: transfer.id,
        volume_id: volume.id,
        name: transfer.name,
        links: links(call, transfer.projectId, 'os-volume-transfer', transfer.id),
      },
    },
  };
}
