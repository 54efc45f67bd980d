// Heat orchestration v1 shapes (api-ref orchestration v1: Stacks, Resources,
// Events, Templates, Resource Types, Template Versions), checked against the
// devcloud's Heat (Zed).
import { z } from 'zod';

/** Statuses that end a transition; anything *_IN_PROGRESS is still moving. */
export const isStackBusy = (status: string): boolean => status.endsWith('_IN_PROGRESS');

export const heatLinksSchema = z.array(z.object({ href: z.string(), rel: z.string() })).nullish();

/** What GET /stacks answers for each row. */
export const stackSummarySchema = z.object({
  id: z.string(),
  stack_name: z.string(),
  stack_status: z.string(),
  stack_status_reason: z.string().nullish(),
  description: z.string().nullish(),
  creation_time: z.string().nullish(),
  updated_time: z.string().nullish(),
  deletion_time: z.string().nullish(),
  stack_owner: z.string().nullish(),
  stack_user_project_id: z.string().nullish(),
  parent: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  project: z.string().nullish(),
  links: heatLinksSchema,
});
export type StackSummary = z.infer<typeof stackSummarySchema>;

export const stackListSchema = z.object({
  stacks: z.array(stackSummarySchema),
  links: heatLinksSchema,
  count: z.number().optional(),
});

export const stackOutputSchema = z.object({
  output_key: z.string(),
  output_value: z.unknown().optional(),
  description: z.string().nullish(),
  output_error: z.string().nullish(),
});
export type StackOutput = z.infer<typeof stackOutputSchema>;

/** GET /stacks/{name}/{id}: the row plus parameters, outputs and settings. */
export const stackSchema = stackSummarySchema.extend({
  /** Every value a string, OS::stack_id, OS::stack_name and OS::project_id included. */
  parameters: z.record(z.string(), z.unknown()).nullish(),
  outputs: z.array(stackOutputSchema).nullish(),
  template_description: z.string().nullish(),
  timeout_mins: z.number().nullish(),
  disable_rollback: z.boolean().nullish(),
  capabilities: z.array(z.unknown()).nullish(),
  notification_topics: z.array(z.unknown()).nullish(),
});
export type Stack = z.infer<typeof stackSchema>;
export const stackEnvelopeSchema = z.object({ stack: stackSchema });

/** POST /stacks answers 201 with the new stack's id and its self link. */
export const createdStackSchema = z.object({
  stack: z.object({ id: z.string(), links: heatLinksSchema }),
});

export const resourceSchema = z.object({
  resource_name: z.string(),
  logical_resource_id: z.string().nullish(),
  physical_resource_id: z.string().nullish(),
  resource_type: z.string(),
  resource_status: z.string(),
  resource_status_reason: z.string().nullish(),
  creation_time: z.string().nullish(),
  updated_time: z.string().nullish(),
  required_by: z.array(z.string()).nullish(),
  parent_resource: z.string().nullish(),
  description: z.string().nullish(),
  attributes: z.record(z.string(), z.unknown()).nullish(),
  metadata: z.unknown().optional(),
  links: heatLinksSchema,
  stack_name: z.string().nullish(),
});
export type StackResource = z.infer<typeof resourceSchema>;
export const resourceListSchema = z.object({ resources: z.array(resourceSchema) });
export const resourceEnvelopeSchema = z.object({ resource: resourceSchema });

/** POST /stacks/preview: the stack as it would be, with its resources (unnested lists for nested stacks). */
export const previewResourceSchema = z.object({
  resource_name: z.string(),
  resource_type: z.string(),
  resource_action: z.string().nullish(),
  resource_status: z.string().nullish(),
  resource_identity: z.unknown().optional(),
  required_by: z.array(z.string()).nullish(),
  properties: z.record(z.string(), z.unknown()).nullish(),
  description: z.string().nullish(),
  metadata: z.unknown().optional(),
});
export type PreviewResource = z.infer<typeof previewResourceSchema>;
export const stackPreviewSchema = z.object({
  stack: z.object({
    stack_name: z.string(),
    description: z.string().nullish(),
    template_description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
    disable_rollback: z.boolean().nullish(),
    timeout_mins: z.number().nullish(),
    // Nested stacks preview as lists inside the list.
    resources: z.array(z.union([previewResourceSchema, z.array(z.unknown())])),
  }),
});
export type StackPreview = z.infer<typeof stackPreviewSchema>['stack'];

const changedResourceSchema = z
  .object({ resource_name: z.string(), resource_type: z.string().nullish() })
  .loose();
/** PUT|PATCH /stacks/{name}/{id}/preview. */
export const updatePreviewSchema = z.object({
  resource_changes: z.object({
    added: z.array(changedResourceSchema).default([]),
    deleted: z.array(changedResourceSchema).default([]),
    replaced: z.array(changedResourceSchema).default([]),
    unchanged: z.array(changedResourceSchema).default([]),
    updated: z.array(changedResourceSchema).default([]),
  }),
});
export type UpdatePreview = z.infer<typeof updatePreviewSchema>['resource_changes'];

export const eventSchema = z.object({
  id: z.string(),
  event_time: z.string(),
  resource_name: z.string(),
  logical_resource_id: z.string().nullish(),
  physical_resource_id: z.string().nullish(),
  resource_status: z.string(),
  resource_status_reason: z.string().nullish(),
  resource_type: z.string().nullish(),
  resource_properties: z.unknown().optional(),
  links: heatLinksSchema,
});
export type StackEvent = z.infer<typeof eventSchema>;
export const eventListSchema = z.object({ events: z.array(eventSchema) });

export const outputListSchema = z.object({
  outputs: z.array(z.object({ output_key: z.string(), description: z.string().nullish() })),
});
export const outputEnvelopeSchema = z.object({ output: stackOutputSchema });

/** One parameter as template validate answers it (CloudFormation-style keys). */
export const validatedParameterSchema = z
  .object({
    Type: z.string(),
    Description: z.string().nullish(),
    Label: z.string().nullish(),
    Default: z.unknown().optional(),
    Value: z.unknown().optional(),
    NoEcho: z.string().nullish(),
    AllowedValues: z.array(z.unknown()).nullish(),
    AllowedPattern: z.string().nullish(),
    MinValue: z.number().nullish(),
    MaxValue: z.number().nullish(),
    MinLength: z.number().nullish(),
    MaxLength: z.number().nullish(),
    CustomConstraint: z.string().nullish(),
    ConstraintDescription: z.string().nullish(),
    Immutable: z.boolean().nullish(),
    Tags: z.array(z.string()).nullish(),
  })
  .loose();
export type ValidatedParameter = z.infer<typeof validatedParameterSchema>;

export const parameterGroupSchema = z.object({
  label: z.string().nullish(),
  description: z.string().nullish(),
  parameters: z.array(z.string()).default([]),
});
export type ParameterGroup = z.infer<typeof parameterGroupSchema>;

/** POST /validate. */
export const templateValidationSchema = z
  .object({
    Description: z.string().nullish(),
    Parameters: z.record(z.string(), validatedParameterSchema).default({}),
    ParameterGroups: z.array(parameterGroupSchema).nullish(),
    Environment: z.unknown().optional(),
  })
  .loose();
export type TemplateValidation = z.infer<typeof templateValidationSchema>;

export const resourceTypeListSchema = z.object({
  resource_types: z.array(
    z.union([
      z.string(),
      z.object({ resource_type: z.string(), description: z.string().nullish() }),
    ]),
  ),
});
export interface ResourceTypeSummary {
  resource_type: string;
  description?: string | null;
}

export const supportStatusSchema: z.ZodType<SupportStatus> = z.lazy(() =>
  z.object({
    status: z.string().nullish(),
    version: z.string().nullish(),
    message: z.string().nullish(),
    previous_status: supportStatusSchema.nullish(),
  }),
);
export interface SupportStatus {
  status?: string | null;
  version?: string | null;
  message?: string | null;
  previous_status?: SupportStatus | null;
}

export interface PropertySchema {
  type?: string;
  description?: string | null;
  required?: boolean;
  update_allowed?: boolean;
  immutable?: boolean;
  default?: unknown;
  constraints?: unknown[];
  schema?: Record<string, PropertySchema>;
}
export const propertySchemaSchema: z.ZodType<PropertySchema> = z.lazy(() =>
  z
    .object({
      type: z.string().optional(),
      description: z.string().nullish(),
      required: z.boolean().optional(),
      update_allowed: z.boolean().optional(),
      immutable: z.boolean().optional(),
      default: z.unknown().optional(),
      constraints: z.array(z.unknown()).optional(),
      schema: z.record(z.string(), propertySchemaSchema).optional(),
    })
    .loose(),
);

/** GET /resource_types/{type}: its properties, attributes and support status. */
export const resourceTypeSchema = z.object({
  resource_type: z.string(),
  description: z.string().nullish(),
  properties: z.record(z.string(), propertySchemaSchema).default({}),
  attributes: z
    .record(
      z.string(),
      z.object({ description: z.string().nullish(), type: z.string().nullish() }).loose(),
    )
    .default({}),
  support_status: supportStatusSchema.nullish(),
});
export type ResourceType = z.infer<typeof resourceTypeSchema>;

export const templateVersionListSchema = z.object({
  template_versions: z.array(
    z.object({
      version: z.string(),
      type: z.string(),
      aliases: z.array(z.string()).nullish(),
    }),
  ),
});
export type TemplateVersion = z.infer<
  typeof templateVersionListSchema
>['template_versions'][number];

export const templateFunctionListSchema = z.object({
  template_functions: z.array(
    z.object({ functions: z.string(), description: z.string().nullish() }),
  ),
});
export type TemplateFunction = z.infer<
  typeof templateFunctionListSchema
>['template_functions'][number];
