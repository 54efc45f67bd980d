export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="space-y-3">
      <div className="h-3 w-40 animate-pulse rounded bg-hover" />
      <div className="h-6 w-64 animate-pulse rounded bg-hover" />
      <div className="h-64 animate-pulse rounded border border-line bg-surface" />
    </div>
  );
}
