'use client';
// View Credentials: what the CLI needs to sign in as this user, in this project.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import type { AccessFacts } from '@/lib/access-files/access-facts';
import { credentialsEquivalents } from './api-access-equivalents';

export function ViewCredentials({ facts }: { facts: AccessFacts }) {
  const [open, setOpen] = useState(false);
  const rows: [string, string][] = [
    ['User Name', facts.userName],
    ['User Domain Name', facts.userDomainName],
    ['Project Name', facts.projectName],
    ['Project ID', facts.projectId],
    ['Authentication URL', facts.authUrl],
    ['Region', facts.region],
  ];
  return (
    <>
      <Button onClick={() => setOpen(true)}>View Credentials</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="User Credentials">
        <DialogBody>
          <dl className="grid grid-cols-[max-content_1fr_auto] items-center gap-x-3 gap-y-2 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd className="font-mono break-all">{value}</dd>
                <dd>
                  <CopyButton text={value} label={`Copy ${label}`} />
                </dd>
              </div>
            ))}
          </dl>
          <div className="mt-4">
            <EquivalentsPane equivalents={credentialsEquivalents()} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogFooter>
      </Dialog>
    </>
  );
}
