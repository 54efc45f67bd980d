'use client';
// Upload File (and Edit, which replaces one object's contents): several files at
// once, each streamed from disk through the dashboard's proxy to Swift with its
// own progress bar and Cancel. A cancelled upload leaves no new object behind.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import {
  UploadAbortedError,
  uploadWithProgress,
  type UploadProgress,
} from '@/lib/client/upload-with-progress';
import { useApi } from '@/lib/hooks/use-api';
import { PROXY_PREFIX } from '@/lib/openstack/browser-transport';
import { objectNameProblem } from '@/lib/openstack/object-store/swift-names';
import { objectPath } from '@/lib/openstack/object-store/swift-path';
import type { LauncherProps } from '@/lib/resources/types';
import { recordOutcome } from '@/lib/session-log/record';
import { uploadObjectEquivalents } from './containers-equivalents';
import { formatObjectSize } from './object-size';
import { UploadProgressRow } from './upload-progress-row';

type Phase = 'ready' | 'uploading' | 'done' | 'cancelled' | 'failed';

interface Item {
  id: number;
  file: File;
  /** Relative to the folder shown (or the fixed name when replacing). */
  name: string;
  phase: Phase;
  progress?: UploadProgress;
  error?: string;
  controller?: AbortController;
}

export interface UploadDialogProps extends LauncherProps {
  container: string;
  prefix: string;
  /** Edit: the one object whose contents are replaced (its name is fixed). */
  replace?: string;
}

let nextId = 1;

export function UploadDialog({
  open,
  onClose,
  onCreated,
  container,
  prefix,
  replace,
}: UploadDialogProps) {
  const api = useApi();
  const [items, setItems] = useState<Item[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });
  const title = replace ? 'Edit Object' : 'Upload File';
  const busy = items.some((i) => i.phase === 'uploading');

  const update = (id: number, change: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.id === id ? { ...i, ...change } : i)));

  const fullName = (item: Item) => (replace ? replace : `${prefix}${item.name}`);
  const problem = (item: Item) => (replace ? undefined : objectNameProblem(fullName(item)));

  function choose(files: FileList | null) {
    const chosen = [...(files ?? [])];
    setFileError(null);
    setItems(
      (replace ? chosen.slice(0, 1) : chosen).map((file) => ({
        id: nextId++,
        file,
        name: replace ?? file.name,
        phase: 'ready',
      })),
    );
  }

  /** My Session keeps each object stored (or refused) with its equivalents. */
  function record(item: Item, error?: unknown) {
    const name = fullName(item);
    recordOutcome({
      action: title,
      values: { name },
      subject: { name: `${container}/${name}` },
      equivalents: () => uploadObjectEquivalents(container, name, item.file.name),
      ...(error === undefined ? {} : { error }),
    });
  }

  async function uploadOne(item: Item) {
    const name = fullName(item);
    const controller = new AbortController();
    // An upload over an existing object must not delete it when cancelled.
    const existed = await api.objectStore.showObject(container, name).then(
      () => true,
      () => false,
    );
    update(item.id, {
      phase: 'uploading',
      controller,
      error: undefined,
      progress: {
        loaded: 0,
        total: item.file.size,
        percent: 0,
        rate: 0,
        secondsLeft: undefined,
      },
    });
    try {
      await uploadWithProgress({
        url: `${PROXY_PREFIX}/object-store${objectPath(container, name)}`,
        body: item.file,
        contentType: item.file.type || 'application/octet-stream',
        signal: controller.signal,
        onProgress: (progress) => update(item.id, { progress }),
      });
      update(item.id, { phase: 'done', controller: undefined });
      record(item);
      return 'done' as const;
    } catch (error) {
      if (error instanceof UploadAbortedError) {
        // Swift may have stored the object if the last bytes were already sent.
        if (!existed) {
          await api.objectStore
            .showObject(container, name)
            .then(() => api.objectStore.deleteObject(container, name))
            .catch(() => undefined);
        }
        update(item.id, { phase: 'cancelled', controller: undefined });
        return 'cancelled' as const;
      }
      record(item, error);
      update(item.id, {
        phase: 'failed',
        controller: undefined,
        error: error instanceof Error ? error.message : String(error),
      });
      return 'failed' as const;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const ready = items.filter((i) => i.phase === 'ready' || i.phase === 'failed');
    if (items.length === 0) {
      setFileError('Choose a file to upload.');
      return;
    }
    if (ready.some((i) => problem(i))) return;
    const results = await Promise.all(ready.map(uploadOne));
    if (results.includes('failed')) return;
    const uploaded = ready.filter((_, index) => results[index] === 'done');
    if (uploaded.length > 0) {
      onCreated(
        replace
          ? `Object "${replace}" updated.`
          : `Uploaded: ${uploaded.map((i) => fullName(i)).join(', ')}`,
      );
    }
    onClose();
  }

  function cancelAll() {
    for (const item of itemsRef.current) item.controller?.abort();
    if (!busy) onClose();
  }

  const first = items[0];
  const equivalents = uploadObjectEquivalents(
    container,
    first ? fullName(first) : `${prefix}<name>`,
    first?.file.name ?? '<file>',
  );

  return (
    <Dialog open={open} onClose={cancelAll} title={title} size="lg">
      <form noValidate onSubmit={(e) => void submit(e)} className="flex min-h-0 flex-1 flex-col">
        <DialogBody>
          <div className="grid gap-5 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <div className="min-w-0 space-y-4">
              <div className="space-y-1">
                <label htmlFor="upload-object-file" className="text-sm font-medium">
                  File
                </label>
                <input
                  id="upload-object-file"
                  type="file"
                  multiple={!replace}
                  disabled={busy}
                  aria-invalid={fileError ? true : undefined}
                  aria-describedby={fileError ? 'upload-object-file-error' : undefined}
                  onChange={(e) => choose(e.target.files)}
                  className="block w-full text-sm file:mr-2 file:rounded file:border file:border-line-strong file:bg-surface file:px-2 file:py-1 file:text-fg"
                />
                {fileError && (
                  <p id="upload-object-file-error" className="text-xs font-medium text-bad-fg">
                    {fileError}
                  </p>
                )}
              </div>
              {items.map((item) => {
                const error = submitted || item.name !== item.file.name ? problem(item) : undefined;
                const inputId = `upload-object-name-${item.id}`;
                return (
                  <fieldset key={item.id} className="space-y-1 rounded border border-line p-2">
                    <legend className="px-1 text-xs text-muted">
                      {item.file.name} ({formatObjectSize(item.file.size)})
                    </legend>
                    <label htmlFor={inputId} className="text-sm font-medium">
                      Object Name
                    </label>
                    <input
                      id={inputId}
                      value={item.name}
                      readOnly={Boolean(replace)}
                      disabled={item.phase === 'uploading' || item.phase === 'done'}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      onChange={(e) => update(item.id, { name: e.target.value })}
                      className="block w-full rounded border border-line-strong bg-surface px-2 py-1 text-sm"
                    />
                    {error && (
                      <p id={`${inputId}-error`} className="text-xs font-medium text-bad-fg">
                        {error}
                      </p>
                    )}
                    {item.phase === 'uploading' && item.progress && (
                      <UploadProgressRow
                        name={item.name}
                        progress={item.progress}
                        onCancel={() => item.controller?.abort()}
                      />
                    )}
                    {item.phase === 'done' && <p className="text-xs text-ok-fg">Uploaded.</p>}
                    {item.phase === 'cancelled' && (
                      <p className="text-xs text-muted">Cancelled: nothing was stored.</p>
                    )}
                    {item.phase === 'failed' && (
                      <Alert tone="error" title={`Unable to upload ${item.name}`}>
                        {item.error}
                      </Alert>
                    )}
                  </fieldset>
                );
              })}
            </div>
            <aside className="space-y-3 text-sm text-muted">
              <p className="leading-relaxed">
                {replace
                  ? 'The new file replaces the object’s contents; its name stays.'
                  : `Files go to ${prefix ? `the folder "${prefix}"` : 'the top of the container'}. A "/" in an Object Name puts the file in a sub-folder.`}{' '}
                Each file goes from your computer to Swift as a stream, with its own progress and
                Cancel.
              </p>
              <EquivalentsPane equivalents={equivalents} />
            </aside>
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={cancelAll}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {replace ? 'Update Object' : 'Upload File'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
