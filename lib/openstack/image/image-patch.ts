// JSON-Patch operations for PATCH /v2/images/{id} (api-ref: image v2, "Update image").
import type { Image } from './glance-schemas';

export type ImagePatchOp =
  { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

export const IMAGE_PATCH_CONTENT_TYPE = 'application/openstack-images-v2.1-json-patch';

/** A JSON pointer to one top-level key (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function imagePatchPath(key: string): string {
  return `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The operations turning `before` into `before` + `changes`: a new key is `add`ed, a
 * different value `replace`s, `undefined` `remove`s a key the image has; unchanged
 * values and removals of absent keys give no operation.
 */
export function imagePatchOps(
  before: Image,
  changes: Record<string, unknown | undefined>,
): ImagePatchOp[] {
  const ops: ImagePatchOp[] = [];
  const current = before as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    const path = imagePatchPath(key);
    const had = key in current && present(current[key]);
    if (value === undefined) {
      if (had) ops.push({ op: 'remove', path });
    } else if (!(key in current)) {
      ops.push({ op: 'add', path, value });
    } else if (!same(current[key], value)) {
      ops.push({ op: 'replace', path, value });
    }
  }
  return ops;
}
