import { z } from 'zod';

// Swift's accounts, containers and objects of one region. Accounts exist as soon as
// a project asks for them (account_autocreate); object data live in files named by
// `fileId` in the service's data directory.

/** Metadata by its header suffix as Swift shows it (`Color` for X-Container-Meta-Color). */
const metaSchema = z.record(z.string(), z.string());

const objectSchema = z.object({
  name: z.string(),
  fileId: z.string(),
  bytes: z.number().int(),
  hash: z.string(),
  contentType: z.string(),
  /** Milliseconds; X-Timestamp, Last-Modified and last_modified come from it. */
  timestamp: z.number(),
  meta: metaSchema,
  /** Content-Disposition, Content-Encoding: kept and given back as sent. */
  sysHeaders: z.record(z.string(), z.string()).default({}),
});

const containerSchema = z.object({
  name: z.string(),
  createdAt: z.number(),
  /** The last PUT or POST on the container (its Last-Modified). */
  updatedAt: z.number(),
  policy: z.string(),
  read: z.string().nullable(),
  write: z.string().nullable(),
  meta: metaSchema,
  /** Sorted by name, as Swift's listings are. */
  objects: z.array(objectSchema),
});

const accountSchema = z.object({
  createdAt: z.number(),
  meta: metaSchema,
  /** Sorted by name. */
  containers: z.array(containerSchema),
});

export const objectStoreRegionSchema = z.object({
  accounts: z.record(z.string(), accountSchema),
});

export type ObjectRecord = z.infer<typeof objectSchema>;
export type ContainerRecord = z.infer<typeof containerSchema>;
export type AccountRecord = z.infer<typeof accountSchema>;
export type ObjectStoreRegionState = z.infer<typeof objectStoreRegionSchema>;

export function emptyObjectStoreRegion(): ObjectStoreRegionState {
  return { accounts: {} };
}
