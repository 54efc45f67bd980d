import { z } from 'zod';

// What one Heat (one region) keeps: the stacks of every project, each with its
// template as given, its parameters, its resources (with the physical ids and
// attributes the other services answered, and a wait condition handle's signals)
// and its events.

export const heatSignalSchema = z.object({
  id: z.string(),
  status: z.enum(['SUCCESS', 'FAILURE']),
  reason: z.string(),
  data: z.unknown(),
});
export type HeatSignal = z.infer<typeof heatSignalSchema>;

export const heatResourceSchema = z.object({
  name: z.string(),
  type: z.string(),
  action: z.string(),
  status: z.string(),
  reason: z.string(),
  physicalId: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  /** The properties as resolved when it was last created or updated. */
  properties: z.record(z.string(), z.unknown()),
  /** The resource's definition as written (to tell what an update changes). */
  definition: z.unknown(),
  requires: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
  /** A wait condition handle's signals, in the order they came (an id sent again replaces). */
  signals: z.array(heatSignalSchema).optional(),
});
export type HeatResource = z.infer<typeof heatResourceSchema>;

export const heatEventSchema = z.object({
  id: z.string(),
  time: z.number(),
  resourceName: z.string(),
  physicalId: z.string(),
  type: z.string(),
  status: z.string(),
  reason: z.string(),
  properties: z.unknown(),
});
export type HeatEvent = z.infer<typeof heatEventSchema>;

export const heatStackSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
  userId: z.string(),
  action: z.string(),
  status: z.string(),
  reason: z.string(),
  template: z.record(z.string(), z.unknown()),
  files: z.record(z.string(), z.string()),
  environment: z.record(z.string(), z.unknown()),
  /** What the user gave (and the environment's parameters). */
  params: z.record(z.string(), z.unknown()),
  disableRollback: z.boolean(),
  timeoutMins: z.number().nullable(),
  tags: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
  resources: z.array(heatResourceSchema),
  events: z.array(heatEventSchema),
});
export type HeatStack = z.infer<typeof heatStackSchema>;

export const orchestrationRegionSchema = z.object({ stacks: z.array(heatStackSchema) });
export type OrchestrationRegionState = z.infer<typeof orchestrationRegionSchema>;

export function emptyOrchestrationRegion(): OrchestrationRegionState {
  return { stacks: [] };
}
