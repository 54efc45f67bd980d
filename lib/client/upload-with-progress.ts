// A browser upload with progress (bytes, percent, rate, time left) and Cancel:
// XMLHttpRequest sends a File/Blob as a stream from disk, never read whole into memory.

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, whole numbers. */
  percent: number;
  /** Bytes per second since the upload started. */
  rate: number;
  /** Seconds left at the current rate; undefined until a rate is known. */
  secondsLeft: number | undefined;
}

/** The figures of one progress event; `elapsedMs` since the upload started. */
export function progressFigures(loaded: number, total: number, elapsedMs: number): UploadProgress {
  const safeTotal = Math.max(total, 0);
  const done = Math.min(Math.max(loaded, 0), safeTotal || loaded);
  const percent = safeTotal > 0 ? Math.floor((done / safeTotal) * 100) : 0;
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const secondsLeft = rate > 0 && safeTotal > 0 ? Math.max(safeTotal - done, 0) / rate : undefined;
  return { loaded: done, total: safeTotal, percent, rate, secondsLeft };
}

export class UploadAbortedError extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadAbortedError';
  }
}

/** The upload was refused: the status and the message the dashboard's proxy or the cloud gave. */
export class UploadFailedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'UploadFailedError';
  }
}

/** The message of an error answer: the proxy's `{error:{message}}`, else the text itself. */
export function uploadErrorMessage(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } } | null;
    const message = body?.error?.message;
    if (typeof message === 'string' && message) return message;
  } catch {
    // Not JSON: the text is the message.
  }
  const trimmed = text.trim().slice(0, 500);
  return trimmed || `The upload failed (HTTP ${status}).`;
}

export interface UploadOptions {
  url: string;
  body: Blob;
  method?: 'PUT' | 'POST';
  contentType?: string;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  /** For tests: the clock. */
  now?: () => number;
}

export function uploadWithProgress({
  url,
  body,
  method = 'PUT',
  contentType = 'application/octet-stream',
  signal,
  onProgress,
  now = () => performance.now(),
}: UploadOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadAbortedError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const started = now();
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const finish = () => signal?.removeEventListener('abort', abort);

    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : body.size;
      onProgress?.(progressFigures(event.loaded, total, now() - started));
    };
    xhr.onload = () => {
      finish();
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(progressFigures(body.size, body.size, now() - started));
        resolve();
      } else {
        reject(new UploadFailedError(xhr.status, uploadErrorMessage(xhr.status, xhr.responseText)));
      }
    };
    xhr.onabort = () => {
      finish();
      reject(new UploadAbortedError());
    };
    xhr.onerror = () => {
      finish();
      reject(new UploadFailedError(0, 'The upload could not reach the dashboard.'));
    };
    xhr.open(method, url);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.send(body);
  });
}

/** "3.2 MB/s", "1.5 KB/s". */
export function formatRate(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** "12 s", "3 min 5 s", "—" when unknown. */
export function formatSecondsLeft(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
