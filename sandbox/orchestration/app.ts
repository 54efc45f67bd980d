import { HeatError, heatErrorResponse } from './errors';
import { emptyOrchestrationRegion } from './schema';
import { handleTokenAuth, signalResource } from './signal';
import * as api from './stacks';
import { withTemplateUrl } from './template-url';
import { Router } from '../http/router';
import { keystoneAuth, servePipeline, type Controller, type RegionalDeps } from '../http/service';
import { header } from '../http/types';
import type { HeatCall } from './call';
import type { EngineDeps } from './engine';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';

// One Heat API (one region): GET / answers the version document without a token;
// /v1/{tenant_id}/… sits behind keystonemiddleware and answers errors as Heat's
// fault middleware does. The engine runs each stack operation after the answer.

type HeatHandler = Controller<HeatCall>;

function routes(): Router<HeatHandler> {
  const r = new Router<HeatHandler>();
  const v = (path: string) => `/v1/{tenant_id}${path}`;
  const stack = (path = '') => v(`/stacks/{stack_name}/{stack_id}${path}`);
  r.add('GET', v('/stacks'), api.listStacks);
  r.add('POST', v('/stacks'), withTemplateUrl(api.createStack));
  r.add('POST', v('/stacks/preview'), withTemplateUrl(api.previewStack));
  // Heat looks a stack up by name or id for any method (the client re-sends it to the Location).
  for (const method of ['GET', 'PUT', 'PATCH', 'DELETE'])
    r.add(method, v('/stacks/{stack_identity}'), (c) => api.findStack(c));
  // Heat's short URLs by name alone (what `openstack stack create --wait` polls) redirect too.
  for (const sub of ['events', 'resources', 'template', 'outputs'])
    r.add('GET', v(`/stacks/{stack_identity}/${sub}`), (c) => api.findStack(c, sub));
  r.add('GET', stack(), api.showStack);
  r.add(
    'PUT',
    stack(),
    withTemplateUrl((c) => api.updateStack(c, false)),
  );
  r.add(
    'PATCH',
    stack(),
    withTemplateUrl((c) => api.updateStack(c, true)),
  );
  r.add('DELETE', stack(), api.deleteStack);
  r.add(
    'PUT',
    stack('/preview'),
    withTemplateUrl((c) => api.previewUpdate(c, false)),
  );
  r.add(
    'PATCH',
    stack('/preview'),
    withTemplateUrl((c) => api.previewUpdate(c, true)),
  );
  r.add('POST', stack('/actions'), api.stackActions);
  r.add('GET', stack('/template'), api.stackTemplate);
  r.add('GET', stack('/resources'), api.listResources);
  r.add('GET', stack('/resources/{resource_name}'), api.showResource);
  r.add('GET', stack('/resources/{resource_name}/events'), api.listResourceEvents);
  r.add('POST', stack('/resources/{resource_name}/signal'), signalResource);
  r.add('GET', stack('/events'), api.listEvents);
  r.add('GET', stack('/outputs'), api.listOutputs);
  r.add('GET', stack('/outputs/{output_key}'), api.showOutput);
  r.add('POST', v('/validate'), withTemplateUrl(api.validateTemplate));
  r.add('GET', v('/resource_types'), api.listResourceTypes);
  r.add('GET', v('/resource_types/{type_name}'), api.showResourceType);
  r.add('GET', v('/resource_types/{type_name}/template'), api.resourceTypeTemplate);
  r.add('GET', v('/template_versions'), api.listTemplateVersions);
  r.add('GET', v('/template_versions/{template_version}/functions'), api.listTemplateFunctions);
  return r;
}

function versionsDocument(origin: string) {
  return {
    versions: [{ id: 'v1.0', status: 'CURRENT', links: [{ rel: 'self', href: `${origin}/v1/` }] }],
  };
}

export function createOrchestrationApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const bootMs = deps.bootMs ?? 3000;
  const engine: EngineDeps = {
    state: deps.store.state,
    regionId: deps.regionId,
    now: () => deps.now(),
    changed: () => deps.store.changed(),
    pollMs: Math.max(10, Math.round(bootMs / 10)),
    stepMs: Math.max(5, Math.round(bootMs / 15)),
  };
  const userAuth = keystoneAuth(deps);
  const handleApi = servePipeline<ServiceCaller, HeatCall, HeatError>({
    // A wait condition handle's token signals its handle; any other token goes to Keystone.
    authenticate: (req) => handleTokenAuth(deps.store.state, deps.regionId, req) ?? userAuth(req),
    route: (req, path) => router.match(req.method, path),
    unrouted(_req, match) {
      throw new HeatError(
        match.kind === 'not-found' ? 404 : 405,
        'HTTPNotFound',
        match.kind === 'not-found'
          ? 'The resource could not be found.'
          : 'The method is not allowed for this resource.',
      );
    },
    call: (req, caller) => {
      engine.state = deps.store.state;
      return {
        req,
        viewer: {
          projectId: caller.projectId ?? '',
          userId: caller.userId,
          userName: caller.userName,
          isAdmin: caller.roles.includes('admin'),
        },
        token: header(req, 'x-auth-token') ?? '',
        region: (deps.store.state.orchestration[deps.regionId] ??= emptyOrchestrationRegion()),
        state: deps.store.state,
        regionId: deps.regionId,
        now: deps.now(),
        changed: () => deps.store.changed(),
        engine,
      };
    },
    check(call) {
      if (call.req.params.tenant_id !== call.viewer.projectId)
        throw new HeatError(403, 'Forbidden', 'You are not authorized to use this action.');
    },
    isFailure: (err) => err instanceof HeatError,
    failure: (err) => heatErrorResponse(err),
  });

  return {
    async handle(req) {
      const path = req.path.replace(/\/+$/, '');
      if (path === '' && req.method === 'GET')
        return { status: 300, body: versionsDocument(req.origin) };
      if (path.startsWith('/v1/')) return handleApi(req, path);
      return heatErrorResponse(
        new HeatError(404, 'HTTPNotFound', 'The resource could not be found.'),
      );
    },
    tooLarge: () =>
      heatErrorResponse(
        new HeatError(
          413,
          'RequestLimitExceeded',
          'Request limit exceeded: JSON body size exceeds maximum allowed size.',
        ),
      ),
    internalError: () =>
      heatErrorResponse(
        new HeatError(500, 'HTTPInternalServerError', 'An unknown exception occurred.'),
      ),
    faultAnswer: (_req, status, message) =>
      heatErrorResponse(
        new HeatError(
          status,
          status === 503 ? 'HTTPServiceUnavailable' : 'HTTPInternalServerError',
          message ?? 'An unknown exception occurred.',
        ),
      ),
  };
}
