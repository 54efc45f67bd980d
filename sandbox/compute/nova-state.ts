import { z } from 'zod';

// What one Nova deployment (one region) keeps besides key pairs: flavors, servers
// with their state machines, server groups, quotas, the action log and consoles.
// Every list defaults to empty so state files saved before these existed still load.

const flavorSchema = z.object({
  id: z.string(),
  name: z.string(),
  vcpus: z.number().int(),
  ram: z.number().int(),
  disk: z.number().int(),
  ephemeral: z.number().int(),
  swap: z.number().int(),
  rxtxFactor: z.number(),
  isPublic: z.boolean(),
  disabled: z.boolean(),
  description: z.string().nullable(),
  extraSpecs: z.record(z.string(), z.string()),
  createdAt: z.number(),
});

const flavorAccessSchema = z.object({ flavorId: z.string(), projectId: z.string() });

/** The flavor as copied into the instance at boot (Nova's instance.flavor). */
const instanceFlavorSchema = z.object({
  id: z.string(),
  name: z.string(),
  vcpus: z.number().int(),
  ram: z.number().int(),
  disk: z.number().int(),
  ephemeral: z.number().int(),
  swap: z.number().int(),
  extraSpecs: z.record(z.string(), z.string()),
});

const powerStateSchema = z.number().int();

const serverStateSchema = z.object({
  vmState: z.string(),
  taskState: z.string().nullable(),
  powerState: powerStateSchema,
});

/** Side effects that happen when a transition step is reached. */
const stepEffectSchema = z.enum([
  'launched',
  'applyNewFlavor',
  'restoreOldFlavor',
  'dropOldFlavor',
  'unhost',
  'host',
  'deleted',
  'error',
]);

const transitionStepSchema = serverStateSchema.extend({
  at: z.number(),
  effects: z.array(stepEffectSchema).default([]),
});

const faultSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  details: z.string().nullable(),
  createdAt: z.number(),
});

const bdmSchema = z.object({
  volumeId: z.string(),
  attachmentId: z.string(),
  device: z.string(),
  bootIndex: z.number().int().nullable(),
  sourceType: z.string(),
  destinationType: z.string(),
  imageId: z.string().nullable(),
  size: z.number().int().nullable(),
  deleteOnTermination: z.boolean(),
  tag: z.string().nullable(),
  attached: z.boolean(),
});

const serverSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
  userId: z.string(),
  description: z.string().nullable(),
  hostname: z.string(),
  imageId: z.string(),
  flavor: instanceFlavorSchema,
  oldFlavor: instanceFlavorSchema.nullable(),
  newFlavor: instanceFlavorSchema.nullable(),
  keyName: z.string().nullable(),
  userData: z.string().nullable(),
  configDrive: z.boolean(),
  metadata: z.record(z.string(), z.string()),
  tags: z.array(z.string()),
  securityGroups: z.array(z.string()),
  availabilityZone: z.string(),
  requestedAvailabilityZone: z.string().nullable(),
  accessIPv4: z.string(),
  accessIPv6: z.string(),
  diskConfig: z.enum(['AUTO', 'MANUAL']),
  reservationId: z.string(),
  launchIndex: z.number().int(),
  instanceNumber: z.number().int(),
  host: z.string().nullable(),
  groupId: z.string().nullable(),
  /** Where the instance goes back to after a resize is confirmed or reverted. */
  resizeFrom: z.enum(['active', 'stopped']).nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  launchedAt: z.number().nullable(),
  terminatedAt: z.number().nullable(),
  deletedAt: z.number().nullable(),
  state: serverStateSchema,
  /** Future states, in time order; folded into `state` as their time passes. */
  steps: z.array(transitionStepSchema),
  locked: z.boolean(),
  lockedReason: z.string().nullable(),
  lockedBy: z.enum(['owner', 'admin']).nullable(),
  fault: faultSchema.nullable(),
  /** Set when the build will fail: the fault recorded when the ERROR step is reached. */
  pendingFault: faultSchema.nullable(),
  bdms: z.array(bdmSchema),
  /** Networks as requested, for the network bridge and the fallback addresses. */
  requestedNetworks: z.string(),
  ports: z.array(z.string()),
  /** The "<name>-shelved" snapshot Nova keeps while the server is shelved. */
  shelvedImageId: z.string().nullable().default(null),
});

const serverGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
  userId: z.string(),
  policy: z.string(),
  rules: z.record(z.string(), z.number().int()),
  members: z.array(z.string()),
  createdAt: z.number(),
});

const quotaLimitSchema = z.object({
  projectId: z.string(),
  resource: z.string(),
  limit: z.number().int(),
});

const actionEventSchema = z.object({
  event: z.string(),
  startAt: z.number(),
  finishAt: z.number(),
  result: z.enum(['Success', 'Error']),
  host: z.string().nullable(),
  traceback: z.string().nullable(),
});

const instanceActionSchema = z.object({
  serverId: z.string(),
  action: z.string(),
  requestId: z.string(),
  userId: z.string(),
  projectId: z.string(),
  startAt: z.number(),
  message: z.string().nullable(),
  events: z.array(actionEventSchema),
});

const consoleSchema = z.object({
  token: z.string(),
  serverId: z.string(),
  type: z.string(),
  expiresAt: z.number(),
});

/** Spread into the region schema in state.ts. */
export const novaRegionShape = {
  flavors: z.array(flavorSchema).default([]),
  flavorAccess: z.array(flavorAccessSchema).default([]),
  servers: z.array(serverSchema).default([]),
  serverGroups: z.array(serverGroupSchema).default([]),
  quotaLimits: z.array(quotaLimitSchema).default([]),
  instanceActions: z.array(instanceActionSchema).default([]),
  consoles: z.array(consoleSchema).default([]),
  nextInstanceNumber: z.number().int().default(1),
};

export function emptyNovaRegion() {
  return {
    flavors: [],
    flavorAccess: [],
    servers: [],
    serverGroups: [],
    quotaLimits: [],
    instanceActions: [],
    consoles: [],
    nextInstanceNumber: 1,
  };
}

export type FlavorRecord = z.infer<typeof flavorSchema>;
export type FlavorAccessRecord = z.infer<typeof flavorAccessSchema>;
export type InstanceFlavor = z.infer<typeof instanceFlavorSchema>;
export type ServerState = z.infer<typeof serverStateSchema>;
export type StepEffect = z.infer<typeof stepEffectSchema>;
export type TransitionStep = z.infer<typeof transitionStepSchema>;
export type FaultRecord = z.infer<typeof faultSchema>;
export type BdmRecord = z.infer<typeof bdmSchema>;
export type ServerRecord = z.infer<typeof serverSchema>;
export type ServerGroupRecord = z.infer<typeof serverGroupSchema>;
export type QuotaLimitRecord = z.infer<typeof quotaLimitSchema>;
export type InstanceActionRecord = z.infer<typeof instanceActionSchema>;
export type ActionEventRecord = z.infer<typeof actionEventSchema>;
export type ConsoleRecord = z.infer<typeof consoleSchema>;
