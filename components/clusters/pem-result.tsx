'use client';
// A certificate or kubeconfig the cloud answered: shown (unless secret), copied, downloaded.
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';

export interface TextResult {
  title: string;
  text: string;
  fileName: string;
  /** Holds a private key: not shown on screen, only downloaded. */
  secret?: boolean;
}

function download(r: TextResult) {
  const url = URL.createObjectURL(new Blob([r.text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = r.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PemResult({ result, close }: { result: TextResult; close: () => void }) {
  return (
    <>
      <DialogBody>
        <div className="space-y-3 text-sm">
          <p className="font-medium">{result.title}</p>
          {result.secret ? (
            <p className="text-muted">
              It holds a private key made in your browser: it is not shown or sent anywhere. Save it
              and point kubectl at it (export KUBECONFIG=$PWD/{result.fileName}).
            </p>
          ) : (
            <>
              <pre
                aria-label={result.title}
                className="max-h-80 overflow-auto rounded border border-line p-2 font-mono text-xs whitespace-pre"
              >
                {result.text}
              </pre>
              <CopyButton text={result.text} label={`Copy ${result.title}`} />
            </>
          )}
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => download(result)}>Download {result.fileName}</Button>
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </DialogFooter>
    </>
  );
}
