// Orchestration (Heat v1) calls, by api-ref section. The catalog endpoint ends in /v1/<project_id>.
import { stackResourcesApi } from './resources';
import { stacksApi } from './stacks';
import { templatesApi } from './templates';
import type { Transport } from '../http';

export function orchestrationApi(t: Transport) {
  return {
    ...stacksApi(t),
    ...stackResourcesApi(t),
    ...templatesApi(t),
  };
}

export type OrchestrationApi = ReturnType<typeof orchestrationApi>;
export type { StackRef, HeatListQuery } from './heat-request';
