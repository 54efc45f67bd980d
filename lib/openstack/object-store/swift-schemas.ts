// Swift's JSON listings and bulk-delete summary. api-ref: object-storage v1, "Accounts", "Containers".
import { z } from 'zod';

export const containerEntrySchema = z.object({
  name: z.string(),
  count: z.number(),
  bytes: z.number(),
  last_modified: z.string().optional(),
});

/** An empty listing may come back as 204 with no body. */
function listing<T extends z.ZodType>(entry: T) {
  return z.preprocess((value) => value ?? [], z.array(entry));
}

export const containerListSchema = listing(containerEntrySchema);

export type ContainerEntry = z.infer<typeof containerEntrySchema>;

const objectEntrySchema = z.object({
  name: z.string(),
  bytes: z.number(),
  hash: z.string(),
  content_type: z.string(),
  last_modified: z.string(),
  symlink_path: z.string().optional(),
});

const subdirEntrySchema = z.object({ subdir: z.string() });

export const objectListSchema = listing(z.union([subdirEntrySchema, objectEntrySchema]));

export type ObjectEntry = z.infer<typeof objectEntrySchema>;

/** One row of a container listing: a pseudo-folder (with a delimiter) or an object. */
export type ListingEntry = { kind: 'folder'; name: string } | ({ kind: 'object' } & ObjectEntry);

export function listingEntry(raw: z.infer<typeof subdirEntrySchema> | ObjectEntry): ListingEntry {
  return 'subdir' in raw ? { kind: 'folder', name: raw.subdir } : { kind: 'object', ...raw };
}

/** POST ?bulk-delete with Accept: application/json. Errors are [name, status] pairs. */
export const bulkDeleteSchema = z.object({
  'Response Status': z.string(),
  'Response Body': z.string(),
  'Number Deleted': z.number(),
  'Number Not Found': z.number(),
  Errors: z.array(z.tuple([z.string(), z.string()])),
});
