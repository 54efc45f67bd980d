import { listAgents } from './agents';
import { httpNotFound, methodNotAllowed, NeutronError, neutronErrorResponse } from './errors';
import { extensions } from './extensions';
import {
  createFloatingIpHandler,
  deleteFloatingIpHandler,
  listFloatingIps,
  showFloatingIp,
  updateFloatingIpHandler,
} from './floating-ips';
import { createNetworkHandler, deleteNetworkHandler, updateNetworkHandler } from './network-writes';
import { listNetworks, listSubnets, showNetwork, showSubnet } from './networks';
import {
  createPortHandler,
  deletePortHandler,
  listPorts,
  showPort,
  updatePortHandler,
} from './ports';
import {
  listQuotas,
  resetQuotaHandler,
  showDefaultQuota,
  showQuota,
  showQuotaDetails,
  updateQuotaHandler,
} from './quotas';
import {
  addExtraRoutesHandler,
  addInterfaceHandler,
  createRouterHandler,
  deleteRouterHandler,
  listRouters,
  removeExtraRoutesHandler,
  removeInterfaceHandler,
  showRouter,
  updateRouterHandler,
} from './routers';
import { emptyNetworkRegion } from './schema';
import {
  createSecurityGroupRuleHandler,
  deleteSecurityGroupRuleHandler,
} from './security-group-rules';
import {
  createSecurityGroupHandler,
  deleteSecurityGroupHandler,
  listSecurityGroupRules,
  listSecurityGroups,
  showSecurityGroup,
  showSecurityGroupRule,
  updateSecurityGroupHandler,
} from './security-groups';
import { createSubnetHandler, deleteSubnetHandler, updateSubnetHandler } from './subnet-writes';
import { resourcesDocument, versionsDocument } from './versions';
import { Router } from '../http/router';
import {
  headNotGet,
  keystoneAuth,
  servePipeline,
  type Controller,
  type RegionalDeps,
} from '../http/service';
import { WEBOB_EXPLANATIONS, webobErrorResponse } from '../http/webob';
import type { NetworkCall } from './call';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';
import type { SandboxResponse } from '../http/types';

// One Neutron API (one region): GET / lists versions without a token; /v2.0 sits
// behind keystonemiddleware; the pecan controllers route resources (a trailing
// ".json" is allowed) and every error is a NeutronError body.

type NetworkHandler = Controller<NetworkCall>;

function extensionHandler(call: NetworkCall): SandboxResponse {
  const alias = call.req.params.alias ?? '';
  const extension = extensions().find((e) => e.alias === alias);
  if (!extension) {
    return webobErrorResponse(call.req, {
      status: 404,
      detail: `Extension with alias ${alias} does not exist`,
    });
  }
  return { status: 200, body: { extension } };
}

function routes(): Router<NetworkHandler> {
  const r = new Router<NetworkHandler>();
  const v = (path: string) => `/v2.0${path}`;
  r.add('GET', v('/extensions'), () => ({ status: 200, body: { extensions: extensions() } }));
  r.add('GET', v('/extensions/{alias}'), extensionHandler);
  r.add('GET', v('/networks'), listNetworks);
  r.add('GET', v('/agents'), listAgents);
  r.add('GET', v('/networks/{id}'), showNetwork);
  r.add('POST', v('/networks'), createNetworkHandler);
  r.add('PUT', v('/networks/{id}'), updateNetworkHandler);
  r.add('DELETE', v('/networks/{id}'), deleteNetworkHandler);
  r.add('GET', v('/subnets'), listSubnets);
  r.add('GET', v('/subnets/{id}'), showSubnet);
  r.add('POST', v('/subnets'), createSubnetHandler);
  r.add('PUT', v('/subnets/{id}'), updateSubnetHandler);
  r.add('DELETE', v('/subnets/{id}'), deleteSubnetHandler);
  r.add('GET', v('/ports'), listPorts);
  r.add('POST', v('/ports'), createPortHandler);
  r.add('GET', v('/ports/{id}'), showPort);
  r.add('PUT', v('/ports/{id}'), updatePortHandler);
  r.add('DELETE', v('/ports/{id}'), deletePortHandler);
  r.add('GET', v('/security-groups'), listSecurityGroups);
  r.add('POST', v('/security-groups'), createSecurityGroupHandler);
  r.add('GET', v('/security-groups/{id}'), showSecurityGroup);
  r.add('PUT', v('/security-groups/{id}'), updateSecurityGroupHandler);
  r.add('DELETE', v('/security-groups/{id}'), deleteSecurityGroupHandler);
  r.add('POST', v('/security-group-rules'), createSecurityGroupRuleHandler);
  r.add('DELETE', v('/security-group-rules/{id}'), deleteSecurityGroupRuleHandler);
  r.add('GET', v('/security-group-rules'), listSecurityGroupRules);
  r.add('GET', v('/security-group-rules/{id}'), showSecurityGroupRule);
  r.add('GET', v('/routers'), listRouters);
  r.add('POST', v('/routers'), createRouterHandler);
  r.add('GET', v('/routers/{id}'), showRouter);
  r.add('PUT', v('/routers/{id}'), updateRouterHandler);
  r.add('DELETE', v('/routers/{id}'), deleteRouterHandler);
  r.add('PUT', v('/routers/{id}/add_router_interface'), addInterfaceHandler);
  r.add('PUT', v('/routers/{id}/remove_router_interface'), removeInterfaceHandler);
  r.add('PUT', v('/routers/{id}/add_extraroutes'), addExtraRoutesHandler);
  r.add('PUT', v('/routers/{id}/remove_extraroutes'), removeExtraRoutesHandler);
  r.add('GET', v('/floatingips'), listFloatingIps);
  r.add('POST', v('/floatingips'), createFloatingIpHandler);
  r.add('GET', v('/floatingips/{id}'), showFloatingIp);
  r.add('PUT', v('/floatingips/{id}'), updateFloatingIpHandler);
  r.add('DELETE', v('/floatingips/{id}'), deleteFloatingIpHandler);
  r.add('GET', v('/quotas'), listQuotas);
  r.add('GET', v('/quotas/{project_id}'), showQuota);
  r.add('PUT', v('/quotas/{project_id}'), updateQuotaHandler);
  r.add('DELETE', v('/quotas/{project_id}'), resetQuotaHandler);
  r.add('GET', v('/quotas/{project_id}/default'), showDefaultQuota);
  r.add('GET', v('/quotas/{project_id}/details'), showQuotaDetails);
  return r;
}

const NEUTRON_500 = 'Request Failed: internal server error while processing your request.';

export function createNetworkApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const handleApi = servePipeline<ServiceCaller, NetworkCall, NeutronError>({
    authenticate: keystoneAuth(deps),
    early: (req, path) =>
      path === '/v2.0/' && req.method === 'GET'
        ? { status: 200, body: resourcesDocument(req.origin) }
        : null,
    // HEAD is not GET to pecan.
    route: (req, path) =>
      path === '/v2.0' ? { kind: 'not-found' } : router.match(headNotGet(req.method), path),
    unrouted(_req, match) {
      throw match.kind === 'not-found' ? httpNotFound() : methodNotAllowed();
    },
    call: (req, caller) => ({
      req,
      region: (deps.store.state.network[deps.regionId] ??= emptyNetworkRegion()),
      now: deps.now(),
      viewer: { projectId: caller.projectId, isAdmin: caller.roles.includes('admin') },
      changed: () => deps.store.changed(),
    }),
    isFailure: (err) => err instanceof NeutronError,
    failure: (err) => neutronErrorResponse(err),
  });

  return {
    async handle(req) {
      const path = req.path.replace(/\.json$/, '');
      if (path === '' || path === '/') {
        return req.method === 'GET' || req.method === 'HEAD'
          ? { status: 200, body: versionsDocument(req.origin) }
          : webobErrorResponse(req, { status: 405 });
      }
      if (path === '/v2.0' || path.startsWith('/v2.0/')) return handleApi(req, path);
      return webobErrorResponse(req, { status: 404 });
    },
    tooLarge: () =>
      neutronErrorResponse(
        new NeutronError(413, 'HTTPRequestEntityTooLarge', 'Request is too large.'),
      ),
    internalError: () =>
      neutronErrorResponse(new NeutronError(500, 'HTTPInternalServerError', NEUTRON_500)),
    faultAnswer: (_req, status, message) =>
      neutronErrorResponse(
        status === 503
          ? new NeutronError(
              503,
              'HTTPServiceUnavailable',
              message ?? WEBOB_EXPLANATIONS[503] ?? '',
            )
          : new NeutronError(status, 'HTTPInternalServerError', message ?? NEUTRON_500),
      ),
  };
}
