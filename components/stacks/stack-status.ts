// Heat's stack and resource statuses, as Horizon shows them ("Create Complete").
export const isBusy = (status: string | null | undefined): boolean =>
  !!status && status.endsWith('_IN_PROGRESS');

export function statusLabel(status: string | null | undefined): string {
  if (!status) return '-';
  return status
    .toLowerCase()
    .split('_')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}
