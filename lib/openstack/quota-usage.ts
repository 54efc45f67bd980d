/** One quota as the Overview shows it, whichever service reports it. */
export interface QuotaUsage {
  limit: number;
  inUse: number;
}
