// Heat stacks. api-ref: orchestration v1, "Stacks", "Stack actions", "Stack outputs", "Templates".
import { z } from 'zod';
import {
  heat,
  heatPage,
  heatQuery,
  stackPath,
  type HeatListQuery,
  type StackRef,
} from './heat-request';
import {
  createdStackSchema,
  outputEnvelopeSchema,
  outputListSchema,
  stackEnvelopeSchema,
  stackListSchema,
  stackPreviewSchema,
  updatePreviewSchema,
  type Stack,
  type StackOutput,
  type StackPreview,
  type StackSummary,
  type UpdatePreview,
} from './heat-schemas';
import {
  createStackBody,
  updateStackBody,
  type CreateStackInput,
  type UpdateStackInput,
} from './stack-bodies';
import { OpenStackError } from '../errors';
import { osFetch, osSend, type Transport } from '../http';
import type { ListResult } from '../pagination';

export type StackAction = 'suspend' | 'resume' | 'check' | 'cancel_update';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const templateSchema = z.record(z.string(), z.unknown());

export function stacksApi(t: Transport) {
  async function listStacks(query: HeatListQuery = {}): Promise<ListResult<StackSummary>> {
    const body = await osFetch(
      t,
      heat({ path: '/stacks', query: heatQuery(query) }),
      stackListSchema,
    );
    return heatPage(body.stacks, query.limit, body.links);
  }

  /** By name or id: Heat's own short form redirects, so the list finds the pair. */
  async function findStack(ident: string): Promise<StackRef> {
    const filters = UUID.test(ident) ? { id: ident } : { name: ident };
    // A deleted stack stays listed as DELETE_COMPLETE for a while.
    const live = (rows: StackSummary[]) => rows.find((s) => s.stack_status !== 'DELETE_COMPLETE');
    const found =
      live((await listStacks({ filters })).items) ??
      (UUID.test(ident) ? live((await listStacks({ filters: { name: ident } })).items) : undefined);
    if (!found)
      throw new OpenStackError({
        code: 404,
        title: 'Not Found',
        message: `The Stack (${ident}) could not be found.`,
        service: 'orchestration',
      });
    return { name: found.stack_name, id: found.id };
  }

  return {
    listStacks,
    findStack,

    async getStack(stack: StackRef): Promise<Stack> {
      return (await osFetch(t, heat({ path: stackPath(stack) }), stackEnvelopeSchema)).stack;
    },

    /** Accepted: the stack is CREATE_IN_PROGRESS; returns its name and id. */
    async createStack(input: CreateStackInput): Promise<StackRef> {
      const body = await osFetch(
        t,
        heat({ method: 'POST', path: '/stacks', body: createStackBody(input) }),
        createdStackSchema,
      );
      return { name: input.name, id: body.stack.id };
    },

    /** What create would make, without making it. */
    async previewStack(input: CreateStackInput): Promise<StackPreview> {
      return (
        await osFetch(
          t,
          heat({ method: 'POST', path: '/stacks/preview', body: createStackBody(input) }),
          stackPreviewSchema,
        )
      ).stack;
    },

    /** PUT (replace: a whole new template and parameters) or PATCH (patch: keep what is left out). */
    async updateStack(
      stack: StackRef,
      input: UpdateStackInput,
      mode: 'replace' | 'patch' = 'replace',
    ): Promise<void> {
      await osSend(
        t,
        heat({
          method: mode === 'replace' ? 'PUT' : 'PATCH',
          path: stackPath(stack),
          body: updateStackBody(input, mode),
        }),
      );
    },

    /** Which resources an update would add, delete, replace, update or leave. */
    async previewStackUpdate(
      stack: StackRef,
      input: UpdateStackInput,
      mode: 'replace' | 'patch' = 'replace',
    ): Promise<UpdatePreview> {
      return (
        await osFetch(
          t,
          heat({
            method: mode === 'replace' ? 'PUT' : 'PATCH',
            path: stackPath(stack, '/preview'),
            body: updateStackBody(input, mode),
          }),
          updatePreviewSchema,
        )
      ).resource_changes;
    },

    async deleteStack(stack: StackRef): Promise<void> {
      await osSend(t, heat({ method: 'DELETE', path: stackPath(stack) }));
    },

    /** Suspend, resume, check or cancel an update (POST …/actions). */
    async stackAction(stack: StackRef, action: StackAction): Promise<void> {
      await osSend(
        t,
        heat({ method: 'POST', path: stackPath(stack, '/actions'), body: { [action]: null } }),
      );
    },

    /** The stack's template, as Heat stored it (parsed). */
    async getStackTemplate(stack: StackRef): Promise<Record<string, unknown>> {
      return osFetch(t, heat({ path: stackPath(stack, '/template') }), templateSchema);
    },

    async listStackOutputs(
      stack: StackRef,
    ): Promise<{ output_key: string; description?: string | null }[]> {
      return (await osFetch(t, heat({ path: stackPath(stack, '/outputs') }), outputListSchema))
        .outputs;
    },

    async getStackOutput(stack: StackRef, key: string): Promise<StackOutput> {
      return (
        await osFetch(
          t,
          heat({ path: stackPath(stack, `/outputs/${encodeURIComponent(key)}`) }),
          outputEnvelopeSchema,
        )
      ).output;
    },
  };
}
