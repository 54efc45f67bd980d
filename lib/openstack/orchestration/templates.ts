// Templates, resource types and template versions. api-ref: orchestration v1,
// "Templates", "Resource types", "Template versions".
import { z } from 'zod';
import { heat } from './heat-request';
import {
  resourceTypeListSchema,
  resourceTypeSchema,
  templateFunctionListSchema,
  templateValidationSchema,
  templateVersionListSchema,
  type ResourceType,
  type ResourceTypeSummary,
  type TemplateFunction,
  type TemplateValidation,
  type TemplateVersion,
} from './heat-schemas';
import { osFetch, type Transport } from '../http';
import type { StackSource } from './stack-bodies';

export interface ResourceTypeQuery {
  /** A name or a glob (`OS::Nova::*`), Heat's `name` filter. */
  name?: string;
  version?: string;
  supportStatus?: string;
  withDescription?: boolean;
}

export function validateBody(input: StackSource): Record<string, unknown> {
  if (input.template === undefined && !input.templateUrl)
    throw new Error('A template or a template URL is required.');
  return Object.fromEntries(
    (
      [
        ['template', input.template],
        ['template_url', input.templateUrl],
        ['files', input.files],
        ['environment', input.environment],
        ['parameters', input.parameters],
      ] as [string, unknown][]
    ).filter(([, v]) => v !== undefined),
  );
}

export function templatesApi(t: Transport) {
  return {
    /** Heat's verdict on a template, with its parameters as a form would need them. */
    async validateTemplate(
      input: StackSource,
      options: { ignoreErrors?: string; showNested?: boolean } = {},
    ): Promise<TemplateValidation> {
      return osFetch(
        t,
        heat({
          method: 'POST',
          path: '/validate',
          query: {
            ignore_errors: options.ignoreErrors,
            show_nested: options.showNested ? 'true' : undefined,
          },
          body: validateBody(input),
        }),
        templateValidationSchema,
      );
    },

    async listResourceTypes(query: ResourceTypeQuery = {}): Promise<ResourceTypeSummary[]> {
      const body = await osFetch(
        t,
        heat({
          path: '/resource_types',
          query: {
            name: query.name,
            version: query.version,
            support_status: query.supportStatus,
            with_description: query.withDescription ? 'true' : undefined,
          },
        }),
        resourceTypeListSchema,
      );
      return body.resource_types.map((r) => (typeof r === 'string' ? { resource_type: r } : r));
    },

    /** Properties (with their schemas), attributes and support status. */
    async getResourceType(type: string): Promise<ResourceType> {
      return osFetch(
        t,
        heat({ path: `/resource_types/${encodeURIComponent(type)}` }),
        resourceTypeSchema,
      );
    },

    /** A HOT skeleton using every property and attribute of the type. */
    async getResourceTypeTemplate(type: string): Promise<Record<string, unknown>> {
      return osFetch(
        t,
        heat({
          path: `/resource_types/${encodeURIComponent(type)}/template`,
          query: { template_type: 'hot' },
        }),
        z.record(z.string(), z.unknown()),
      );
    },

    async listTemplateVersions(): Promise<TemplateVersion[]> {
      return (await osFetch(t, heat({ path: '/template_versions' }), templateVersionListSchema))
        .template_versions;
    },

    /** `version` as Heat names it, e.g. heat_template_version.2018-08-31. */
    async listTemplateFunctions(
      version: string,
      options: { withConditionFunctions?: boolean } = {},
    ): Promise<TemplateFunction[]> {
      return (
        await osFetch(
          t,
          heat({
            path: `/template_versions/${encodeURIComponent(version)}/functions`,
            query: { with_condition_func: options.withConditionFunctions ? 'true' : undefined },
          }),
          templateFunctionListSchema,
        )
      ).template_functions;
    },
  };
}
