// What a form dialog shows while its form is being built: a loading line, or why it
// could not be built (the cloud's words).
import { Alert } from './alert';
import { Spinner } from './spinner';

export function FormPending({
  error,
  errorTitle,
  loading,
}: {
  error?: string | null;
  /** "Unable to …": the failure's title. */
  errorTitle: string;
  /** What is being loaded ("Loading floating IP pools…"). */
  loading: string;
}) {
  return error ? (
    <Alert tone="error" title={errorTitle}>
      {error}
    </Alert>
  ) : (
    <p className="text-sm text-muted">
      <Spinner label="Loading" /> {loading}
    </p>
  );
}
