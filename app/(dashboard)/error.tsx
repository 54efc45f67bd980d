'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-2xl space-y-3">
      <Alert tone="error" title="Something went wrong on this page.">
        {error.message || 'An unexpected error occurred.'}
        {error.digest && (
          <span className="block text-xs opacity-70">Reference: {error.digest}</span>
        )}
      </Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
