'use client';
// After Create Key Pair: the private key is downloaded at once, and the dialog
// says plainly that the cloud cannot give it again.
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { downloadPrivateKey } from '@/lib/client/download-private-key';
import type { Keypair } from '@/lib/openstack/compute/keypair-schemas';

export function PrivateKeyResult({ keypair, close }: { keypair: Keypair; close: () => void }) {
  const started = useRef(false);
  const privateKey = keypair.private_key;

  useEffect(() => {
    // Horizon starts the download by itself; so do we, once.
    if (privateKey && !started.current) {
      started.current = true;
      downloadPrivateKey(keypair.name, privateKey);
    }
  }, [keypair.name, privateKey]);

  return (
    <>
      <DialogBody>
        <div className="space-y-3 text-sm">
          <Alert tone="success" title={`Key pair "${keypair.name}" was created.`}>
            {privateKey
              ? `The private key has been downloaded as ${keypair.name}.pem. The cloud does not keep it: this is the only chance to save it.`
              : 'The cloud returned no private key for this key pair.'}
          </Alert>
          {privateKey && (
            <p className="text-muted">
              Keep the file private (<code className="font-mono">chmod 600 {keypair.name}.pem</code>
              ) and use it with{' '}
              <code className="font-mono">ssh -i {keypair.name}.pem user@address</code>.
            </p>
          )}
          <p className="font-mono text-xs break-all text-muted">
            Fingerprint: {keypair.fingerprint}
          </p>
        </div>
      </DialogBody>
      <DialogFooter>
        {privateKey && (
          <Button onClick={() => downloadPrivateKey(keypair.name, privateKey)}>
            Download Private Key
          </Button>
        )}
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </DialogFooter>
    </>
  );
}
