// Neutron's native pagination links (api-ref: network v2, "Pagination").
import { z } from 'zod';

export const linksSchema = z.array(z.object({ href: z.string(), rel: z.string() })).optional();
