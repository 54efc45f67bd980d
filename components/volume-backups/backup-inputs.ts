// Form input of Restore Backup (api-ref block-storage v3, "Backups", restore).
import { z } from 'zod';

/** The "volume" choice that restores to a new volume rather than an existing one. */
export const NEW_VOLUME = '';

export const restoreBackupInput = z.object({
  volume_id: z.string(),
  name: z.string().trim().max(255, { error: 'Volume Name must be 255 characters or fewer.' }),
});
export type RestoreBackupInput = z.infer<typeof restoreBackupInput>;
