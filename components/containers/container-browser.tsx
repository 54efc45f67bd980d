'use client';
// Inside a container: its info, breadcrumbs down its folders, and the objects of
// the folder shown (paged by marker, filtered by name prefix), with Upload File,
// Create Folder and the object actions. View Details and Edit open from the query.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId, useMemo, type ReactNode } from 'react';
import useSWR from 'swr';
import { ResourceTable } from '@/components/resource/resource-table';
import { useInvalidateLists } from '@/components/resource/use-paged-list';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Timestamp } from '@/components/ui/timestamp';
import { useToast } from '@/components/ui/toast';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { OpenStackError } from '@/lib/openstack/errors';
import type { ContainerInfo } from '@/lib/openstack/object-store/containers';
import { containerPublicUrl } from '@/lib/openstack/object-store/swift-path';
import { PANELS } from '@/lib/panels';
import type { InitialList } from '@/lib/resources/list-page';
import type { LauncherProps } from '@/lib/resources/types';
import { folderCrumbs, folderHref } from './container-paths';
import { accessLabel } from './containers';
import { ObjectDetailsDialog } from './object-details-dialog';
import { formatObjectSize } from './object-size';
import { objectsResource, type ObjectRow } from './objects';
import { UploadDialog } from './upload-dialog';

/** A term and its value, the value named by the term (read out as "Size, 2.0 MB"). */
function InfoItem({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <dt id={id} className="text-muted">
        {label}
      </dt>
      <dd aria-labelledby={id}>{children}</dd>
    </>
  );
}

export function ContainerBrowser({
  container,
  prefix,
  publicEndpoint,
  initial,
  initialInfo,
}: {
  container: string;
  prefix: string;
  /** The first page of objects and the container's HEAD, when the server read them. */
  initial?: InitialList<ObjectRow>;
  initialInfo?: ContainerInfo;
  /** The object-store endpoint anonymous readers use (public interface), when the catalog has one. */
  publicEndpoint?: string;
}) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const toast = useToast();
  const invalidateLists = useInvalidateLists();
  const info = useSWR(
    ['container-info', scopeKey, container],
    () => api.objectStore.showContainer(container),
    { fallbackData: initialInfo, revalidateOnMount: initialInfo === undefined },
  );
  const resource = useMemo(() => {
    function Upload(props: LauncherProps) {
      return <UploadDialog {...props} container={container} prefix={prefix} />;
    }
    return objectsResource({
      container,
      prefix,
      upload: Upload,
      pageHref: folderHref(container, prefix),
    });
  }, [container, prefix]);
  const details = search.get('details');
  const edit = search.get('edit');
  const closeQuery = () => router.replace(pathname);
  const panel = PANELS.containers;
  const notFound = info.error instanceof OpenStackError && info.error.status === 404;
  const c = info.data;

  return (
    <>
      <PageHeader
        title={prefix ? (prefix.replace(/\/$/, '').split('/').pop() ?? container) : container}
        crumbs={[
          { label: panel.dashboard },
          { label: panel.group },
          { label: panel.title, href: panel.path },
          ...folderCrumbs(container, prefix),
        ]}
      />
      {notFound ? (
        <Alert tone="error" title="Container not found">
          {(info.error as Error).message}
        </Alert>
      ) : (
        <>
          <section
            aria-label="Container Info"
            className="mb-4 rounded border border-line bg-surface"
          >
            {info.error ? (
              <div className="p-3">
                <Alert tone="error" title="Unable to read the container">
                  {(info.error as Error).message}
                </Alert>
              </div>
            ) : (
              <dl className="grid grid-cols-[minmax(7rem,10rem)_1fr] gap-x-4 gap-y-1 px-4 py-3 text-sm sm:grid-cols-[minmax(7rem,10rem)_1fr_minmax(7rem,10rem)_1fr]">
                <InfoItem label="Object Count">
                  {c ? c.objectCount.toLocaleString('en-US') : '…'}
                </InfoItem>
                <InfoItem label="Size">{c ? formatObjectSize(c.bytesUsed) : '…'}</InfoItem>
                <InfoItem label="Date Created">
                  {c ? <Timestamp value={c.created} /> : '…'}
                </InfoItem>
                <InfoItem label="Access">{c ? accessLabel(c) : '…'}</InfoItem>
                <InfoItem label="Storage Policy">{c ? (c.storagePolicy ?? '-') : '…'}</InfoItem>
                {c?.isPublic && publicEndpoint && (
                  <>
                    <dt className="text-muted sm:col-start-1">Public URL</dt>
                    <dd className="break-all sm:col-span-3">
                      <a
                        href={containerPublicUrl(publicEndpoint, container)}
                        target="_blank"
                        rel="noreferrer"
                        className="text-accent hover:underline"
                      >
                        {containerPublicUrl(publicEndpoint, container)}
                      </a>
                    </dd>
                  </>
                )}
              </dl>
            )}
          </section>
          <ResourceTable
            key={resource.panel.id}
            resource={resource}
            initial={initial}
            // Uploads, copies, deletes and new folders change the counts above.
            onChange={() => void info.mutate()}
          />
        </>
      )}
      {details && <ObjectDetailsDialog container={container} name={details} onClose={closeQuery} />}
      {edit && (
        <UploadDialog
          open
          container={container}
          prefix={prefix}
          replace={edit}
          onClose={closeQuery}
          onCreated={(message) => {
            toast.notify('success', 'Success', message);
            void info.mutate();
            void invalidateLists(resource.panel.id);
          }}
        />
      )}
    </>
  );
}
