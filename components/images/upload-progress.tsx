'use client';
// The progress of an image upload: a progress bar and its figures.
import {
  formatBytes,
  formatRate,
  formatSecondsLeft,
  type UploadProgress as Progress,
} from '@/lib/client/upload-with-progress';

export function UploadProgress({ progress, name }: { progress: Progress; name: string }) {
  return (
    <div className="space-y-1.5" aria-live="polite">
      <progress
        aria-label={`Uploading ${name}`}
        value={progress.percent}
        max={100}
        className="h-2 w-full overflow-hidden rounded accent-accent"
      />
      <p className="text-xs text-muted">
        {formatBytes(progress.loaded)} of {formatBytes(progress.total)} ({progress.percent}%) ·{' '}
        {formatRate(progress.rate)} · {formatSecondsLeft(progress.secondsLeft)} left
      </p>
    </div>
  );
}
