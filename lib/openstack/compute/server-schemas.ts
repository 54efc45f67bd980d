// Nova server shapes (api-ref: compute v2.1 "Servers (servers)"), as the
// dashboard reads them at microversion 2.47+ (flavor embedded in the server).
import { z } from 'zod';

const linkSchema = z.object({ href: z.string(), rel: z.string() });

export const addressSchema = z.object({
  addr: z.string(),
  version: z.number(),
  'OS-EXT-IPS:type': z.string().optional(),
  'OS-EXT-IPS-MAC:mac_addr': z.string().optional(),
});

export const embeddedFlavorSchema = z.object({
  original_name: z.string().optional(),
  id: z.string().optional(),
  vcpus: z.number().optional(),
  ram: z.number().optional(),
  disk: z.number().optional(),
  ephemeral: z.number().optional(),
  swap: z.number().optional(),
  extra_specs: z.record(z.string(), z.string()).optional(),
});

export const serverSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  tenant_id: z.string().optional(),
  user_id: z.string().optional(),
  description: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).default({}),
  // A server booted from a volume has "" as its image.
  image: z.union([z.object({ id: z.string() }), z.literal(''), z.null()]).optional(),
  flavor: embeddedFlavorSchema,
  created: z.string(),
  updated: z.string().optional(),
  addresses: z.record(z.string(), z.array(addressSchema)).default({}),
  key_name: z.string().nullish(),
  hostId: z.string().optional(),
  progress: z.number().optional(),
  config_drive: z.string().optional(),
  locked: z.boolean().optional(),
  locked_reason: z.string().nullish(),
  tags: z.array(z.string()).optional(),
  security_groups: z.array(z.object({ name: z.string() })).optional(),
  'OS-EXT-AZ:availability_zone': z.string().nullish(),
  'OS-EXT-STS:vm_state': z.string().nullish(),
  'OS-EXT-STS:task_state': z.string().nullish(),
  'OS-EXT-STS:power_state': z.number().nullish(),
  'OS-SRV-USG:launched_at': z.string().nullish(),
  'OS-EXT-SRV-ATTR:host': z.string().nullish(),
  'os-extended-volumes:volumes_attached': z
    .array(z.object({ id: z.string(), delete_on_termination: z.boolean().optional() }))
    .optional(),
  fault: z
    .object({
      code: z.number(),
      message: z.string(),
      created: z.string().optional(),
      details: z.string().optional(),
    })
    .optional(),
  links: z.array(linkSchema).optional(),
});
export type Server = z.infer<typeof serverSchema>;

export const serverListSchema = z.object({
  servers: z.array(serverSchema),
  servers_links: z.array(linkSchema).optional(),
});
export const serverBodySchema = z.object({ server: serverSchema });

export const createdServerSchema = z.object({
  server: z.object({
    id: z.string(),
    adminPass: z.string().optional(),
    links: z.array(linkSchema).optional(),
  }),
});
export const reservationSchema = z.object({ reservation_id: z.string() });

export const consoleOutputSchema = z.object({ output: z.string() });
export const remoteConsoleSchema = z.object({
  remote_console: z.object({ protocol: z.string(), type: z.string(), url: z.string() }),
});

export const instanceActionSchema = z.object({
  action: z.string(),
  request_id: z.string(),
  user_id: z.string().nullish(),
  project_id: z.string().nullish(),
  start_time: z.string(),
  message: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type InstanceAction = z.infer<typeof instanceActionSchema>;
export const instanceActionListSchema = z.object({
  instanceActions: z.array(instanceActionSchema),
});

export const interfaceAttachmentSchema = z.object({
  port_id: z.string(),
  net_id: z.string(),
  mac_addr: z.string(),
  port_state: z.string(),
  fixed_ips: z.array(z.object({ ip_address: z.string(), subnet_id: z.string() })),
  tag: z.string().nullish(),
});
export type InterfaceAttachment = z.infer<typeof interfaceAttachmentSchema>;
export const interfaceAttachmentListSchema = z.object({
  interfaceAttachments: z.array(interfaceAttachmentSchema),
});
export const interfaceAttachmentBodySchema = z.object({
  interfaceAttachment: interfaceAttachmentSchema,
});

export const metadataSchema = z.object({ metadata: z.record(z.string(), z.string()) });
