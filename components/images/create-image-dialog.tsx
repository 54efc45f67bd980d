'use client';
// Create Image: the image record first (POST /v2/images), then its data — a file
// streamed from the browser through the dashboard's proxy with a progress bar, or
// a URL Glance downloads itself (web-download import). Cancel or a refused upload
// deletes the image, so nothing is left half made.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import useSWR from 'swr';
import { useActionOutcome } from '@/components/resource/use-action-outcome';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import { FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { useFormState } from '@/components/ui/use-form-state';
import {
  UploadAbortedError,
  uploadWithProgress,
  type UploadProgress as Progress,
} from '@/lib/client/upload-with-progress';
import { formText } from '@/lib/forms/text';
import type { FieldSpec, FormValues } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { PROXY_PREFIX } from '@/lib/openstack/browser-transport';
import { seg } from '@/lib/openstack/http';
import type { LauncherProps } from '@/lib/resources/types';
import { CREATE_IMAGE_DEFAULTS, createImageFields } from './create-image-fields';
import { parseKeyValues } from './image-form-values';
import { checkFileFormat } from './image-format-check';
import { createImageInput, type CreateImageInput } from './image-inputs';
import { containerFormatFor } from './image-row';
import { createImageEquivalents } from './images-equivalents';
import { UploadProgress } from './upload-progress';

const TITLE = 'Create Image';

function equivalentsFor(values: FormValues, file: File | null) {
  const source = values.source === 'url' ? 'url' : 'file';
  return createImageEquivalents({
    name: formText(values, 'name'),
    description: formText(values, 'description'),
    source,
    location: source === 'url' ? formText(values, 'url') : (file?.name ?? ''),
    diskFormat: formText(values, 'diskFormat', 'qcow2'),
    architecture: formText(values, 'architecture'),
    minDisk: Number(formText(values, 'minDisk')) || 0,
    minRam: Number(formText(values, 'minRam')) || 0,
    visibility: formText(values, 'visibility', 'private'),
    protected: values.protected === true,
    metadata: parseKeyValues(formText(values, 'metadata')),
  });
}

function properties(input: CreateImageInput): Record<string, string> {
  const props: Record<string, string> = { ...input.metadata };
  if (input.description) props.description = input.description;
  if (input.architecture) props.architecture = input.architecture;
  return props;
}

export function CreateImageDialog({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const scope = useScopeKey();
  const { attempt } = useActionOutcome();
  const form = useFormState(createImageInput, CREATE_IMAGE_DEFAULTS);
  const { data: importInfo } = useSWR(['image-import-info', scope], () =>
    api.image.imageImportInfo().catch(() => ({ methods: [] as string[] })),
  );
  const urlAllowed = importInfo?.methods.includes('web-download');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<'form' | 'creating' | 'uploading' | 'cancelling'>('form');
  const [progress, setProgress] = useState<Progress | null>(null);
  const upload = useRef<{ controller: AbortController; imageId: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fields = createImageFields(urlAllowed);
  const busy = phase !== 'form';
  const isFile = form.values.source !== 'url';

  async function removeHalfImage(imageId: string) {
    // An image left queued (or killed) would sit in the list with no data.
    await api.image.deleteImage(imageId).catch(() => undefined);
  }

  // Cancel pressed while the image record is being made: it is deleted once it exists.
  const cancelledEarly = useRef(false);

  async function cancel() {
    const current = upload.current;
    if (current) {
      setPhase('cancelling');
      current.controller.abort();
      return;
    }
    if (phase === 'creating') cancelledEarly.current = true;
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    flushSync(() => form.markSubmitted());
    let fileProblem: string | null = null;
    if (isFile && !file) fileProblem = 'Choose the image file to upload.';
    setFileError(fileProblem);
    if (!form.validation.ok || fileProblem) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const input = form.validation.data;
    setError(null);
    if (isFile && file) {
      const mismatch = await checkFileFormat(file, input.diskFormat);
      if (mismatch) {
        setFileError(mismatch);
        fileInput.current?.focus();
        return;
      }
    }
    setPhase('creating');
    let imageId: string | undefined;
    try {
      const image = await attempt(() =>
        api.image.createImage({
          name: input.name,
          disk_format: input.diskFormat,
          container_format: containerFormatFor(input.diskFormat),
          visibility: input.visibility,
          protected: input.protected,
          min_disk: input.minDisk,
          min_ram: input.minRam,
          properties: properties(input),
        }),
      );
      imageId = image.id;
      if (cancelledEarly.current) throw new UploadAbortedError();
      if (input.source === 'url') {
        await attempt(() =>
          api.image.importImage(image.id, { name: 'web-download', uri: input.url }),
        );
      } else if (file) {
        const controller = new AbortController();
        upload.current = { controller, imageId: image.id };
        setPhase('uploading');
        setProgress({ loaded: 0, total: file.size, percent: 0, rate: 0, secondsLeft: undefined });
        await uploadWithProgress({
          url: `${PROXY_PREFIX}/image/v2/images/${seg(image.id)}/file`,
          body: file,
          signal: controller.signal,
          onProgress: setProgress,
        });
      }
      upload.current = null;
      onCreated(
        input.source === 'url'
          ? `Image "${input.name}" was created; Glance is downloading its data.`
          : `Image "${input.name}" was successfully created.`,
      );
      onClose();
    } catch (e) {
      upload.current = null;
      if (imageId) await removeHalfImage(imageId);
      if (e instanceof UploadAbortedError) {
        onClose();
        return;
      }
      setError(e instanceof Error ? e.message : String(e));
      setPhase('form');
      setProgress(null);
    }
  }

  const field = (spec: FieldSpec) => (
    <FormField
      key={spec.name}
      field={spec}
      value={form.values[spec.name]}
      error={form.visibleError(spec.name)}
      onChange={(value) => {
        form.setValue(spec.name, value);
        form.touch(spec.name);
      }}
      onBlur={() => form.touch(spec.name)}
    />
  );
  const visible = (specs: FieldSpec[]) => specs.filter((s) => !s.visible || s.visible(form.values));

  return (
    <Dialog open={open} onClose={busy ? () => void cancel() : onClose} title={TITLE} size="lg">
      <form ref={formRef} noValidate onSubmit={submit} className="flex min-h-0 flex-1 flex-col">
        <DialogBody>
          <div className="grid gap-5 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <fieldset disabled={busy} className="min-w-0 space-y-4">
              {error && (
                <Alert tone="error" title="Unable to create the image.">
                  {error}
                </Alert>
              )}
              {visible(fields.before).map(field)}
              {isFile && (
                <FileField
                  inputRef={fileInput}
                  file={file}
                  error={fileError}
                  onChange={(next) => {
                    setFile(next);
                    setFileError(null);
                  }}
                />
              )}
              {visible(fields.after).map(field)}
            </fieldset>
            <aside className="space-y-3 text-sm text-muted">
              <p className="leading-relaxed">
                Upload an image file from your computer, or give the address Glance should download
                it from. The image can then be launched as an instance or copied to a volume. The
                file goes from your browser to Glance as a stream, in one piece.
              </p>
              {progress && file && <UploadProgress progress={progress} name={file.name} />}
              <EquivalentsPane equivalents={equivalentsFor(form.values, file)} />
            </aside>
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => void cancel()} disabled={phase === 'cancelling'}>
            {phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy && <Spinner label="Working" />}
            Create Image
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function FileField({
  inputRef,
  file,
  error,
  onChange,
}: {
  inputRef: React.RefObject<HTMLInputElement | null>;
  file: File | null;
  error: string | null;
  onChange: (file: File | null) => void;
}) {
  return (
    <div className="space-y-1">
      <div className="flex items-baseline gap-0.5">
        <label htmlFor="create-image-file" className="text-sm font-medium">
          Image File
        </label>
        <span aria-hidden className="text-bad-fg">
          *
        </span>
      </div>
      <input
        ref={inputRef}
        id="create-image-file"
        type="file"
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'create-image-file-error' : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        className="block w-full text-sm file:mr-2 file:rounded file:border file:border-line-strong file:bg-surface file:px-2 file:py-1 file:text-fg"
      />
      {file && <p className="text-xs text-muted">{`${file.name}, ${file.size} bytes`}</p>}
      {error && (
        <p id="create-image-file-error" className="text-xs font-medium text-bad-fg">
          {error}
        </p>
      )}
    </div>
  );
}
