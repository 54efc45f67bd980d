'use client';
// View Details of an object: what its HEAD says (hash, type, size, dates, metadata).
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Mono, orDash } from '@/components/ui/cells';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import { Timestamp } from '@/components/ui/timestamp';
import { useApi } from '@/lib/hooks/use-api';
import { downloadHref } from './container-paths';
import { downloadObjectEquivalents } from './containers-equivalents';
import { formatObjectSize } from './object-size';

export function ObjectDetailsDialog({
  container,
  name,
  onClose,
}: {
  container: string;
  name: string;
  onClose: () => void;
}) {
  const api = useApi();
  const { data, error } = useSWR(['object-details', container, name], () =>
    api.objectStore.showObject(container, name),
  );
  const rows: [string, React.ReactNode][] = data
    ? [
        ['Name', data.name],
        ['Hash', <Mono key="hash">{orDash(data.etag)}</Mono>],
        ['Content Type', orDash(data.contentType)],
        ['Size', formatObjectSize(data.size)],
        ['Date Modified', <Timestamp key="m" value={data.lastModified} />],
        ['Date Created', <Timestamp key="c" value={data.created} />],
        ...Object.entries(data.metadata).map(([k, v]): [string, React.ReactNode] => [
          `Metadata: ${k}`,
          v,
        ]),
      ]
    : [];
  return (
    <Dialog open onClose={onClose} title="Object Details" size="lg">
      <DialogBody>
        {error && (
          <Alert tone="error" title={`Unable to show object "${name}"`}>
            {(error as Error).message}
          </Alert>
        )}
        {!data && !error && <p className="text-sm text-muted">Loading…</p>}
        {data && (
          <dl className="grid grid-cols-[minmax(7rem,10rem)_1fr] gap-x-4 gap-y-2 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd className="break-all">{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <div className="mt-4">
          <EquivalentsPane equivalents={downloadObjectEquivalents(container, name)} />
        </div>
      </DialogBody>
      <DialogFooter>
        <a
          href={downloadHref(container, name)}
          className="inline-flex h-8 items-center rounded border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-hover"
        >
          Download
        </a>
        <Button onClick={onClose}>Close</Button>
      </DialogFooter>
    </Dialog>
  );
}
