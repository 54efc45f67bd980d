// A stack's resources and events. api-ref: orchestration v1, "Stack resources", "Events".
import {
  heat,
  heatPage,
  heatQuery,
  stackPath,
  type HeatListQuery,
  type StackRef,
} from './heat-request';
import {
  eventListSchema,
  resourceEnvelopeSchema,
  resourceListSchema,
  type StackEvent,
  type StackResource,
} from './heat-schemas';
import { osFetch, type QueryValue, type Transport } from '../http';
import type { ListResult } from '../pagination';

export interface ResourceListQuery {
  /** Levels of nested stacks to include (Heat's nested_depth). */
  nestedDepth?: number;
  withDetail?: boolean;
  /** Filters under Heat's names: type, status, name, action, id, physical_resource_id. */
  filters?: Record<string, QueryValue>;
}

export interface EventListQuery extends HeatListQuery {
  nestedDepth?: number;
}

function eventQuery(query: EventListQuery): Record<string, QueryValue> {
  return { ...heatQuery(query), nested_depth: query.nestedDepth };
}

export function stackResourcesApi(t: Transport) {
  return {
    async listStackResources(
      stack: StackRef,
      query: ResourceListQuery = {},
    ): Promise<StackResource[]> {
      return (
        await osFetch(
          t,
          heat({
            path: stackPath(stack, '/resources'),
            query: {
              ...query.filters,
              nested_depth: query.nestedDepth,
              with_detail: query.withDetail ? 'true' : undefined,
            },
          }),
          resourceListSchema,
        )
      ).resources;
    },

    async getStackResource(stack: StackRef, resourceName: string): Promise<StackResource> {
      return (
        await osFetch(
          t,
          heat({ path: stackPath(stack, `/resources/${encodeURIComponent(resourceName)}`) }),
          resourceEnvelopeSchema,
        )
      ).resource;
    },

    /** The stack's events, paged (limit/marker): Heat answers newest first unless sortDir 'asc'. */
    async listStackEvents(
      stack: StackRef,
      query: EventListQuery = {},
    ): Promise<ListResult<StackEvent>> {
      const body = await osFetch(
        t,
        heat({ path: stackPath(stack, '/events'), query: eventQuery(query) }),
        eventListSchema,
      );
      return heatPage(body.events, query.limit);
    },

    async listResourceEvents(
      stack: StackRef,
      resourceName: string,
      query: EventListQuery = {},
    ): Promise<ListResult<StackEvent>> {
      const body = await osFetch(
        t,
        heat({
          path: stackPath(stack, `/resources/${encodeURIComponent(resourceName)}/events`),
          query: eventQuery(query),
        }),
        eventListSchema,
      );
      return heatPage(body.events, query.limit);
    },
  };
}
