// Rows for a read-only DataTable that is not a resource definition (the Admin
// Hypervisors and System Information tabs): loaded once per project@region,
// handed over as DataTable's rows/loading/error, with a retry on failure.
import useSWR from 'swr';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function useTableRows<T>(key: readonly string[], load: () => Promise<T[]>) {
  const scopeKey = useScopeKey();
  const { data, error, isValidating, mutate } = useSWR([...key, scopeKey], load, {
    revalidateOnFocus: false,
  });
  return {
    rows: data,
    loading: isValidating,
    error:
      error && !data
        ? { message: (error as Error).message, retry: () => void mutate() }
        : undefined,
  };
}
