// Create and Edit Security Group (api-ref: network v2, "Security groups"):
// Neutron takes any name up to 255 characters; a description up to 255.
import { z } from 'zod';

export const securityGroupInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Name is required.' })
    .max(255, { error: 'Name must be 255 characters or fewer.' }),
  description: z
    .string()
    .trim()
    .max(255, { error: 'Description must be 255 characters or fewer.' }),
});
export type SecurityGroupInput = z.infer<typeof securityGroupInput>;
