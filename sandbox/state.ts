import { z } from 'zod';
import { novaRegionShape } from './compute/nova-state';
import { containerInfraRegionSchema } from './container-infra/schema';
import { imageRegionSchema } from './image/schema';
import { networkRegionSchema } from './network/schema';
import { objectStoreRegionSchema } from './object-store/schema';
import { orchestrationRegionSchema } from './orchestration/schema';
import { volumeRegionSchema } from './volume/schema';

// The whole sandbox cloud is one JSON-serialisable object. The zod schema is the
// single source of its types and validates a state file before it is trusted.

const domainSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
});

const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domainId: z.string(),
  description: z.string(),
  enabled: z.boolean(),
});

const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  domainId: z.string(),
  enabled: z.boolean(),
  passwordHash: z.string(),
  defaultProjectId: z.string().nullable(),
  email: z.string().optional(),
  description: z.string().optional(),
});

const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  domainId: z.string(),
  description: z.string(),
});

const groupMemberSchema = z.object({ groupId: z.string(), userId: z.string() });

const roleSchema = z.object({ id: z.string(), name: z.string() });

const assignmentSchema = z.object({
  userId: z.string(),
  roleId: z.string(),
  target: z.discriminatedUnion('type', [
    z.object({ type: z.literal('project'), id: z.string() }),
    z.object({ type: z.literal('domain'), id: z.string() }),
    z.object({ type: z.literal('system') }),
  ]),
});

/** A role granted to a group on a project or domain; every member holds it. */
const groupAssignmentSchema = z.object({
  groupId: z.string(),
  roleId: z.string(),
  target: z.discriminatedUnion('type', [
    z.object({ type: z.literal('project'), id: z.string() }),
    z.object({ type: z.literal('domain'), id: z.string() }),
  ]),
});

const impliedRoleSchema = z.object({ priorRoleId: z.string(), impliedRoleId: z.string() });

const regionSchema = z.object({ id: z.string(), description: z.string() });

const serviceSchema = z.object({ id: z.string(), type: z.string(), name: z.string() });

const endpointSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  regionId: z.string(),
  interface: z.enum(['public', 'internal', 'admin']),
  url: z.string(),
});

const tokenScopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('unscoped') }),
  z.object({ type: z.literal('project'), id: z.string() }),
  z.object({ type: z.literal('domain'), id: z.string() }),
  z.object({ type: z.literal('system') }),
]);

const tokenSchema = z.object({
  id: z.string(),
  userId: z.string(),
  methods: z.array(z.string()),
  auditIds: z.array(z.string()),
  scope: tokenScopeSchema,
  issuedAt: z.number(),
  expiresAt: z.number(),
  revoked: z.boolean(),
  /** Set on tokens issued with the application_credential method. */
  applicationCredentialId: z.string().optional(),
});

const applicationCredentialSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  userId: z.string(),
  projectId: z.string(),
  secretHash: z.string(),
  roleIds: z.array(z.string()),
  expiresAt: z.number().nullable(),
  /** null when the request did not say (Keystone stores None). */
  unrestricted: z.boolean().nullable(),
  accessRules: z.array(
    z.object({ id: z.string(), service: z.string(), method: z.string(), path: z.string() }),
  ),
});

const keypairSchema = z.object({
  id: z.number().int(),
  userId: z.string(),
  name: z.string(),
  type: z.enum(['ssh', 'x509']),
  publicKey: z.string(),
  fingerprint: z.string(),
  createdAt: z.number(),
});

const computeRegionSchema = z.object({
  keypairs: z.array(keypairSchema),
  nextKeypairId: z.number().int(),
  ...novaRegionShape,
});

export const STATE_VERSION = 1;

export const sandboxStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  identity: z.object({
    domains: z.array(domainSchema),
    projects: z.array(projectSchema),
    users: z.array(userSchema),
    roles: z.array(roleSchema),
    impliedRoles: z.array(impliedRoleSchema),
    assignments: z.array(assignmentSchema),
    regions: z.array(regionSchema),
    services: z.array(serviceSchema),
    endpoints: z.array(endpointSchema),
    tokens: z.array(tokenSchema),
    applicationCredentials: z.array(applicationCredentialSchema).default([]),
    groups: z.array(groupSchema).default([]),
    groupMembers: z.array(groupMemberSchema).default([]),
    groupAssignments: z.array(groupAssignmentSchema).default([]),
  }),
  compute: z.record(z.string(), computeRegionSchema),
  image: z.record(z.string(), imageRegionSchema).default({}),
  network: z.record(z.string(), networkRegionSchema).default({}),
  volume: z.record(z.string(), volumeRegionSchema).default({}),
  objectStore: z.record(z.string(), objectStoreRegionSchema).default({}),
  containerInfra: z.record(z.string(), containerInfraRegionSchema).default({}),
  orchestration: z.record(z.string(), orchestrationRegionSchema).default({}),
});

export type SandboxState = z.infer<typeof sandboxStateSchema>;
export type IdentityState = SandboxState['identity'];
export type Domain = z.infer<typeof domainSchema>;
export type Project = z.infer<typeof projectSchema>;
export type User = z.infer<typeof userSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type GroupAssignment = z.infer<typeof groupAssignmentSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Endpoint = z.infer<typeof endpointSchema>;
export type TokenScope = z.infer<typeof tokenScopeSchema>;
export type TokenRecord = z.infer<typeof tokenSchema>;
export type ApplicationCredentialRecord = z.infer<typeof applicationCredentialSchema>;
export type KeypairRecord = z.infer<typeof keypairSchema>;
export type ComputeRegionState = z.infer<typeof computeRegionSchema>;

export function emptyState(): SandboxState {
  return {
    version: STATE_VERSION,
    identity: {
      domains: [],
      projects: [],
      users: [],
      roles: [],
      impliedRoles: [],
      assignments: [],
      regions: [],
      services: [],
      endpoints: [],
      tokens: [],
      applicationCredentials: [],
      groups: [],
      groupMembers: [],
      groupAssignments: [],
    },
    compute: {},
    image: {},
    network: {},
    volume: {},
    objectStore: {},
    containerInfra: {},
    orchestration: {},
  };
}
