// Swift account calls. api-ref: object-storage v1, "Accounts".
import { osFetch, osSend, type Transport } from '../http';
import { headerNumber, metadataHeaders, readMetadata, timestampDate } from './swift-headers';
import { allPages, swiftPage, swiftQuery, type SwiftListQuery } from './swift-list';
import { containerListSchema, type ContainerEntry } from './swift-schemas';
import type { ListResult } from '../pagination';

export interface AccountInfo {
  containerCount: number;
  objectCount: number;
  bytesUsed: number;
  /** X-Account-Meta-Quota-Bytes, when an operator set one. */
  quotaBytes?: number;
  metadata: Record<string, string>;
  created?: string;
}

export function accountApi(t: Transport) {
  /** GET on the account, one page of containers by name. */
  async function pageContainers(query: SwiftListQuery = {}): Promise<ListResult<ContainerEntry>> {
    const items = await osFetch(
      t,
      { service: 'object-store', path: '', query: swiftQuery(query) },
      containerListSchema,
    );
    return swiftPage(items, (c) => c.name, query.limit);
  }

  return {
    /** HEAD on the account: its counts, bytes and metadata (204). */
    async showAccount(): Promise<AccountInfo> {
      const { headers } = await osSend(t, { service: 'object-store', method: 'HEAD', path: '' });
      const metadata = readMetadata(headers, 'Account');
      return {
        containerCount: headerNumber(headers, 'x-account-container-count') ?? 0,
        objectCount: headerNumber(headers, 'x-account-object-count') ?? 0,
        bytesUsed: headerNumber(headers, 'x-account-bytes-used') ?? 0,
        quotaBytes: headerNumber(headers, 'x-account-meta-quota-bytes'),
        metadata,
        created: timestampDate(headers),
      };
    },

    /** POST on the account: sets `set`, removes `remove` (Swift merges the rest). */
    async updateAccountMetadata(set: Record<string, string>, remove: string[] = []): Promise<void> {
      await osSend(t, {
        service: 'object-store',
        method: 'POST',
        path: '',
        headers: metadataHeaders('Account', set, remove),
      });
    },

    pageContainers,

    /** Every container (paged to the end). */
    async listContainers(query: Omit<SwiftListQuery, 'marker'> = {}): Promise<ContainerEntry[]> {
      return allPages((marker) => pageContainers({ ...query, marker }));
    },
  };
}
