// Cinder's key/value sub-resources (a volume's metadata, a volume type's extra
// specs) share one API shape: GET the map, POST to merge keys, DELETE one key.
import { z } from 'zod';
import { osFetch, osSend, type Transport } from '../http';

export function keyValues(t: Transport, path: string, field: 'metadata' | 'extra_specs') {
  const schema = z.object({ [field]: z.record(z.string(), z.string()) });
  const read = (body: z.infer<typeof schema>) => body[field] as Record<string, string>;
  return {
    async get(): Promise<Record<string, string>> {
      return read(await osFetch(t, { service: 'volumev3', path }, schema));
    },

    /** Sets `set` (merged with what is there) and removes the keys in `unset`. */
    async update(set: Record<string, string>, unset: string[] = []): Promise<void> {
      if (Object.keys(set).length > 0) {
        await osFetch(
          t,
          { service: 'volumev3', method: 'POST', path, body: { [field]: set } },
          schema,
        );
      }
      for (const key of unset) {
        await osSend(t, {
          service: 'volumev3',
          method: 'DELETE',
          path: `${path}/${encodeURIComponent(key)}`,
        });
      }
    },
  };
}
