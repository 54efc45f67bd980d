'use client';
// One file's upload: its progress bar, figures and its own Cancel.
import { Button } from '@/components/ui/button';
import {
  formatBytes,
  formatRate,
  formatSecondsLeft,
  type UploadProgress,
} from '@/lib/client/upload-with-progress';

export function UploadProgressRow({
  name,
  progress,
  onCancel,
}: {
  name: string;
  progress: UploadProgress;
  onCancel: () => void;
}) {
  return (
    <div className="space-y-1" aria-live="polite">
      <div className="flex items-center gap-2">
        <progress
          aria-label={`Uploading ${name}`}
          value={progress.percent}
          max={100}
          className="h-2 min-w-0 flex-1 overflow-hidden rounded accent-accent"
        />
        <Button size="sm" onClick={onCancel} aria-label={`Cancel upload of ${name}`}>
          Cancel
        </Button>
      </div>
      <p className="text-xs text-muted">
        {formatBytes(progress.loaded)} of {formatBytes(progress.total)} ({progress.percent}%) ·{' '}
        {formatRate(progress.rate)} · {formatSecondsLeft(progress.secondsLeft)} left
      </p>
    </div>
  );
}
