'use client';
// After Create Application Credential: the ID and the secret, shown once (Keystone
// keeps only a hash), with the clouds.yaml and openrc that sign a CLI in with it.
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { CLOUDS_YAML_FILE_NAME } from '@/lib/access-files/access-facts';
import {
  appCredCloudsYaml,
  appCredOpenrc,
  appCredOpenrcFileName,
  type AppCredFacts,
} from '@/lib/access-files/application-credential-files';
import type { ApplicationCredential } from '@/lib/openstack/identity/application-credential-schemas';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SecretResult({
  credential,
  authUrl,
  region,
  close,
}: {
  credential: ApplicationCredential;
  authUrl: string;
  region: string;
  close: () => void;
}) {
  const secret = credential.secret ?? '';
  const facts: AppCredFacts = { authUrl, region, id: credential.id, name: credential.name, secret };
  return (
    <>
      <DialogBody>
        <div className="space-y-3 text-sm">
          <Alert tone="success" title={`Application credential "${credential.name}" was created.`}>
            Save the secret now: the cloud keeps only a hash of it, so this is the only time it is
            shown. Downloads made later cannot hold it.
          </Alert>
          <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-2">
            <dt className="font-medium">ID</dt>
            <dd className="flex items-center gap-2 font-mono text-xs break-all">
              <span aria-label="Application credential ID">{credential.id}</span>
              <CopyButton text={credential.id} label="Copy ID" />
            </dd>
            <dt className="font-medium">Secret</dt>
            <dd className="flex items-center gap-2 font-mono text-xs break-all">
              <span aria-label="Application credential secret">{secret}</span>
              <CopyButton text={secret} label="Copy secret" />
            </dd>
          </dl>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => download(CLOUDS_YAML_FILE_NAME, appCredCloudsYaml(facts))}>
          Download clouds.yaml
        </Button>
        <Button
          onClick={() => download(appCredOpenrcFileName(credential.name), appCredOpenrc(facts))}
        >
          Download openrc file
        </Button>
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </DialogFooter>
    </>
  );
}
