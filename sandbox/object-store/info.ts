import { LISTING_LIMIT } from './listing';

// GET /info (api-ref object-storage "List activated capabilities"): what the
// devcloud's Swift 2.30 lists, so clients asking for limits and policies see the same.

export const STORAGE_POLICIES = [{ name: 'Policy-0', aliases: 'Policy-0', default: true }];
export const DEFAULT_POLICY = 'Policy-0';
export const MAX_FILE_SIZE = 5368709122;
export const MAX_OBJECT_NAME_LENGTH = 1024;
export const MAX_CONTAINER_NAME_LENGTH = 256;

export function infoDocument(): Record<string, unknown> {
  return {
    swift: {
      version: '2.30.1',
      strict_cors_mode: true,
      policies: STORAGE_POLICIES,
      allow_account_management: false,
      account_autocreate: true,
      max_file_size: MAX_FILE_SIZE,
      max_meta_name_length: 128,
      max_meta_value_length: 256,
      max_meta_count: 90,
      max_meta_overall_size: 4096,
      max_header_size: 8192,
      max_object_name_length: MAX_OBJECT_NAME_LENGTH,
      container_listing_limit: LISTING_LIMIT,
      account_listing_limit: LISTING_LIMIT,
      max_account_name_length: 256,
      max_container_name_length: MAX_CONTAINER_NAME_LENGTH,
      extra_header_count: 0,
    },
    bulk_delete: { max_deletes_per_request: 10000, max_failed_deletes: 1000 },
    // openstacksdk's upload_object reads slo.min_segment_size to size its segments
    // (and fails without the section); Swift reports 1 since it stopped being configurable.
    slo: {
      max_manifest_segments: 1000,
      max_manifest_size: 8388608,
      yield_frequency: 10,
      min_segment_size: 1,
      allow_async_delete: false,
    },
    container_quotas: {},
    account_quotas: {},
  };
}

/** The policy a name means (Swift compares names and aliases case-insensitively). */
export function policyByName(name: string): string | undefined {
  const lower = name.toLowerCase();
  return STORAGE_POLICIES.find(
    (p) => p.name.toLowerCase() === lower || p.aliases.toLowerCase().split(', ').includes(lower),
  )?.name;
}
