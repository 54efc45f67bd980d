import { rotateCa, showCertificate, signCertificate } from './certificates';
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  showTemplate,
  updateTemplate,
} from './cluster-templates';
import {
  createCluster,
  deleteCluster,
  listClusters,
  resizeCluster,
  showCluster,
  showStats,
  upgradeCluster,
} from './clusters';
import { MagnumError, magnumErrorResponse } from './errors';
import { negotiateMinor, versionHeaders, MIN_MINOR } from './microversion';
import { listNodegroups, showNodegroup } from './nodegroups';
import { createQuota, deleteQuota, listQuotas, showQuota, updateQuota } from './quotas';
import { emptyContainerInfraRegion } from './schema';
import { rootDocument, v1Document } from './versions';
import { Router } from '../http/router';
import { keystoneAuth, servePipeline, type Controller, type RegionalDeps } from '../http/service';
import type { MagnumCall } from './call';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';

// One Magnum API (one region): GET / answers the version document without a
// token; /v1 sits behind keystonemiddleware, negotiates `container-infra 1.x` and
// answers errors as {"errors": [{…}]}.

type MagnumHandler = Controller<MagnumCall>;

const DEFAULT_BUILD_MS = 6000;

function routes(): Router<MagnumHandler> {
  const r = new Router<MagnumHandler>();
  const v = (path: string) => `/v1${path}`;
  r.add('GET', v('/clustertemplates'), listTemplates);
  r.add('GET', v('/clustertemplates/detail'), listTemplates);
  r.add('POST', v('/clustertemplates'), createTemplate);
  r.add('GET', v('/clustertemplates/{template_id}'), showTemplate);
  r.add('PATCH', v('/clustertemplates/{template_id}'), updateTemplate);
  r.add('DELETE', v('/clustertemplates/{template_id}'), deleteTemplate);
  r.add('GET', v('/clusters'), listClusters);
  r.add('POST', v('/clusters'), createCluster);
  r.add('GET', v('/clusters/{cluster_id}'), showCluster);
  r.add('DELETE', v('/clusters/{cluster_id}'), deleteCluster);
  r.add('POST', v('/clusters/{cluster_id}/actions/resize'), resizeCluster);
  r.add('POST', v('/clusters/{cluster_id}/actions/upgrade'), upgradeCluster);
  r.add('GET', v('/clusters/{cluster_id}/nodegroups'), listNodegroups);
  r.add('GET', v('/clusters/{cluster_id}/nodegroups/{nodegroup_id}'), showNodegroup);
  r.add('GET', v('/certificates/{cluster_id}'), showCertificate);
  r.add('PATCH', v('/certificates/{cluster_id}'), rotateCa);
  r.add('POST', v('/certificates'), signCertificate);
  r.add('GET', v('/quotas'), listQuotas);
  r.add('POST', v('/quotas'), createQuota);
  r.add('GET', v('/quotas/{project_id}/{resource}'), showQuota);
  r.add('PATCH', v('/quotas/{project_id}/{resource}'), updateQuota);
  r.add('DELETE', v('/quotas/{project_id}/{resource}'), deleteQuota);
  r.add('GET', v('/stats'), showStats);
  return r;
}

const MAGNUM_500 = 'An unknown exception occurred.';

export function createContainerInfraApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const handleApi = servePipeline<ServiceCaller, MagnumCall, MagnumError>({
    authenticate: keystoneAuth(deps),
    early: (req, path) =>
      path === '/v1' && req.method === 'GET'
        ? {
            status: 200,
            headers: versionHeaders(MIN_MINOR),
            body: v1Document(req.origin),
          }
        : null,
    route: (req, path) => router.match(req.method, path),
    unrouted(_req, match) {
      throw new MagnumError(match.kind === 'not-found' ? 404 : 405, '');
    },
    call: (req, caller) => ({
      req,
      minor: negotiateMinor(req),
      viewer: {
        projectId: caller.projectId ?? '',
        userId: caller.userId,
        isAdmin: caller.roles.includes('admin'),
      },
      region: (deps.store.state.containerInfra[deps.regionId] ??= emptyContainerInfraRegion()),
      now: deps.now(),
      changed: () => deps.store.changed(),
      state: deps.store.state,
      regionId: deps.regionId,
      buildMs: Math.max(1, (deps.bootMs ?? DEFAULT_BUILD_MS / 2) * 2),
    }),
    respond: (response, call) => ({
      ...response,
      headers: { ...versionHeaders(call.minor), ...response.headers },
    }),
    isFailure: (err) => err instanceof MagnumError,
    failure: (err, _req, call) => {
      const response = magnumErrorResponse(err);
      return call ? { ...response, headers: versionHeaders(call.minor) } : response;
    },
  });

  return {
    async handle(req) {
      const path = req.path.replace(/\/+$/, '');
      if (path === '' && req.method === 'GET') {
        return { status: 200, body: rootDocument(req.origin) };
      }
      if (path === '/v1' || path.startsWith('/v1/')) return handleApi(req, path);
      return magnumErrorResponse(new MagnumError(404, ''));
    },
    tooLarge: () => magnumErrorResponse(new MagnumError(413, 'Request is too large.')),
    internalError: () => magnumErrorResponse(new MagnumError(500, MAGNUM_500)),
    faultAnswer: (_req, status, message) =>
      magnumErrorResponse(
        new MagnumError(status, message ?? (status === 503 ? 'Service Unavailable' : MAGNUM_500)),
      ),
  };
}
