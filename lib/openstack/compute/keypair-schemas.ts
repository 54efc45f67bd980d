// Nova key pair wire shapes (api-ref: compute, "Keypairs (keypairs)").
import { z } from 'zod';

export const keypairSchema = z.object({
  name: z.string(),
  public_key: z.string(),
  fingerprint: z.string(),
  type: z.string().optional(),
  user_id: z.string().optional(),
  id: z.union([z.number(), z.string()]).optional(),
  created_at: z.string().optional(),
  private_key: z.string().optional(),
});
export type Keypair = z.infer<typeof keypairSchema>;

export const keypairListSchema = z.object({
  keypairs: z.array(z.object({ keypair: keypairSchema })),
  keypairs_links: z.array(z.object({ href: z.string(), rel: z.string() })).optional(),
});
export const keypairBodySchema = z.object({ keypair: keypairSchema });
