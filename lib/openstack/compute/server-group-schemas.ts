// Nova server groups (api-ref: compute v2.1, "Server groups (os-server-groups)").
import { z } from 'zod';

export const serverGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  policy: z.string().optional(),
  policies: z.array(z.string()).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
  members: z.array(z.string()),
  project_id: z.string().optional(),
  user_id: z.string().optional(),
});
export type ServerGroup = z.infer<typeof serverGroupSchema>;
export const serverGroupListSchema = z.object({ server_groups: z.array(serverGroupSchema) });
export const serverGroupBodySchema = z.object({ server_group: serverGroupSchema });
