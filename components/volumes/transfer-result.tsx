'use client';
// Create Transfer's answer: the transfer ID and the auth key, which Cinder shows
// only this once. The receiver needs both to accept the volume.
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import type { VolumeTransfer } from '@/lib/openstack/volume/snapshot-schemas';

export type CreatedTransfer = VolumeTransfer & { auth_key: string };

function transferText(t: CreatedTransfer): string {
  return `Transfer name: ${t.name ?? ''}\nTransfer ID: ${t.id}\nAuthorization Key: ${t.auth_key}\n`;
}

function download(t: CreatedTransfer) {
  const url = URL.createObjectURL(new Blob([transferText(t)], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `transfer-${t.id}.txt`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TransferResult({
  transfer,
  close,
}: {
  transfer: CreatedTransfer;
  close: () => void;
}) {
  return (
    <>
      <DialogBody>
        <div className="space-y-3 text-sm">
          <Alert
            tone="success"
            title={`Created volume transfer "${transfer.name ?? transfer.id}".`}
          >
            Give the Transfer ID and the Authorization Key to the receiving project. The cloud shows
            the key only now: copy or download it before closing this dialog.
          </Alert>
          <dl className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2">
            <dt className="text-muted">Transfer ID</dt>
            <dd className="font-mono break-all" aria-label="Transfer ID">
              {transfer.id}
            </dd>
            <dd>
              <CopyButton text={transfer.id} label="Copy Transfer ID" />
            </dd>
            <dt className="text-muted">Authorization Key</dt>
            <dd className="font-mono break-all" aria-label="Authorization Key">
              {transfer.auth_key}
            </dd>
            <dd>
              <CopyButton text={transfer.auth_key} label="Copy Authorization Key" />
            </dd>
          </dl>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => download(transfer)}>Download transfer credentials</Button>
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </DialogFooter>
    </>
  );
}
