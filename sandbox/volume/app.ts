import {
  createBackup,
  deleteBackup,
  listBackups,
  listBackupsDetail,
  restoreBackup,
  showBackup,
} from './backups';
import { badRequest, CinderFault, faultResponse } from './errors';
import { negotiate, versionHeaders } from './microversion';
import {
  deleteQuotaSet,
  listAvailabilityZones,
  showDefaultQuotaSet,
  showLimits,
  showQuotaSet,
  updateQuotaSet,
} from './quota-sets';
import { emptyVolumeRegion } from './schema';
import { listVolumeServices } from './services';
import {
  deleteSnapshotMetadataKey,
  mergeSnapshotMetadata,
  showSnapshotMetadata,
} from './snapshot-metadata';
import {
  createSnapshot,
  deleteSnapshot,
  listSnapshots,
  listSnapshotsDetail,
  showSnapshot,
  updateSnapshot,
} from './snapshots';
import {
  acceptTransfer,
  createTransfer,
  deleteTransfer,
  listTransfers,
  listTransfersDetail,
  showTransfer,
} from './transfers';
import { versionEntry, versionsDocument } from './versions';
import { volumeAction } from './volume-actions';
import {
  deleteMetadataKey,
  mergeMetadata,
  replaceMetadata,
  showMetadata,
  showMetadataKey,
} from './volume-metadata';
import {
  createType,
  deleteExtraSpec,
  deleteType,
  listExtraSpecs,
  showEncryption,
  listTypes,
  setExtraSpecs,
  showExtraSpec,
  showType,
  updateType,
} from './volume-types';
import {
  createVolume,
  deleteVolume,
  listVolumes,
  listVolumesDetail,
  showVolume,
  updateVolume,
} from './volumes';
import { Router } from '../http/router';
import { keystoneAuth, servePipeline, type Controller, type RegionalDeps } from '../http/service';
import { webobErrorResponse } from '../http/webob';
import type { VolumeCall } from './call';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';

// One Cinder v3 API (one region): GET / answers the version document without a
// token, GET /v3/ with one; /v3/{project_id}/… sits behind keystonemiddleware, negotiates
// the microversion and answers faults as {"<kind>": {"code", "message"}}.

type VolumeHandler = Controller<VolumeCall>;

const DEFAULT_STEP_MS = 1000;

function routes(): Router<VolumeHandler> {
  const r = new Router<VolumeHandler>();
  const p = (path: string) => `/v3/{project_id}${path}`;
  r.add('GET', p('/volumes'), listVolumes);
  r.add('GET', p('/os-services'), listVolumeServices);
  r.add('GET', p('/volumes/detail'), listVolumesDetail);
  r.add('POST', p('/volumes'), createVolume);
  r.add('GET', p('/volumes/{volume_id}'), showVolume);
  r.add('PUT', p('/volumes/{volume_id}'), updateVolume);
  r.add('DELETE', p('/volumes/{volume_id}'), deleteVolume);
  r.add('POST', p('/volumes/{volume_id}/action'), volumeAction);
  r.add('GET', p('/volumes/{volume_id}/metadata'), showMetadata);
  r.add('POST', p('/volumes/{volume_id}/metadata'), mergeMetadata);
  r.add('PUT', p('/volumes/{volume_id}/metadata'), replaceMetadata);
  r.add('GET', p('/volumes/{volume_id}/metadata/{key}'), showMetadataKey);
  r.add('DELETE', p('/volumes/{volume_id}/metadata/{key}'), deleteMetadataKey);
  r.add('GET', p('/snapshots'), listSnapshots);
  r.add('GET', p('/snapshots/detail'), listSnapshotsDetail);
  r.add('POST', p('/snapshots'), createSnapshot);
  r.add('GET', p('/snapshots/{snapshot_id}'), showSnapshot);
  r.add('PUT', p('/snapshots/{snapshot_id}'), updateSnapshot);
  r.add('DELETE', p('/snapshots/{snapshot_id}'), deleteSnapshot);
  r.add('GET', p('/snapshots/{snapshot_id}/metadata'), showSnapshotMetadata);
  r.add('POST', p('/snapshots/{snapshot_id}/metadata'), mergeSnapshotMetadata);
  r.add('DELETE', p('/snapshots/{snapshot_id}/metadata/{key}'), deleteSnapshotMetadataKey);
  r.add('GET', p('/backups'), listBackups);
  r.add('GET', p('/backups/detail'), listBackupsDetail);
  r.add('POST', p('/backups'), createBackup);
  r.add('GET', p('/backups/{backup_id}'), showBackup);
  r.add('DELETE', p('/backups/{backup_id}'), deleteBackup);
  r.add('POST', p('/backups/{backup_id}/restore'), restoreBackup);
  for (const base of ['/os-volume-transfer', '/volume-transfers']) {
    r.add('GET', p(base), listTransfers);
    r.add('GET', p(`${base}/detail`), listTransfersDetail);
    r.add('POST', p(base), createTransfer);
    r.add('GET', p(`${base}/{transfer_id}`), showTransfer);
    r.add('DELETE', p(`${base}/{transfer_id}`), deleteTransfer);
    r.add('POST', p(`${base}/{transfer_id}/accept`), acceptTransfer);
  }
  r.add('GET', p('/types'), listTypes);
  r.add('POST', p('/types'), createType);
  r.add('GET', p('/types/{type_id}'), showType);
  r.add('PUT', p('/types/{type_id}'), updateType);
  r.add('DELETE', p('/types/{type_id}'), deleteType);
  r.add('GET', p('/types/{type_id}/extra_specs'), listExtraSpecs);
  r.add('POST', p('/types/{type_id}/extra_specs'), setExtraSpecs);
  r.add('GET', p('/types/{type_id}/extra_specs/{key}'), showExtraSpec);
  r.add('DELETE', p('/types/{type_id}/extra_specs/{key}'), deleteExtraSpec);
  r.add('GET', p('/types/{type_id}/encryption'), showEncryption);
  r.add('GET', p('/os-quota-sets/{target_project_id}'), showQuotaSet);
  r.add('PUT', p('/os-quota-sets/{target_project_id}'), updateQuotaSet);
  r.add('DELETE', p('/os-quota-sets/{target_project_id}'), deleteQuotaSet);
  r.add('GET', p('/os-quota-sets/{target_project_id}/defaults'), showDefaultQuotaSet);
  r.add('GET', p('/limits'), showLimits);
  r.add('GET', p('/os-availability-zone'), listAvailabilityZones);
  return r;
}

const CINDER_500 =
  'The server has either erred or is incapable of performing the requested operation.';

export function createVolumeApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const handleApi = servePipeline<ServiceCaller, VolumeCall, CinderFault>({
    authenticate: keystoneAuth(deps),
    // GET /v3/ needs a token in Cinder (unlike GET /).
    early: (req, path) =>
      path === '/v3' && req.method === 'GET'
        ? { status: 200, body: { versions: [versionEntry(req.origin)] } }
        : null,
    route: (req, path) => router.match(req.method, path),
    unrouted: (req) => webobErrorResponse(req, { status: 404 }),
    call: (req, caller) => ({
      req,
      version: negotiate(req),
      viewer: {
        projectId: caller.projectId ?? '',
        userId: caller.userId,
        isAdmin: caller.roles.includes('admin'),
      },
      region: (deps.store.state.volume[deps.regionId] ??= emptyVolumeRegion()),
      now: deps.now(),
      changed: () => deps.store.changed(),
      state: deps.store.state,
      regionId: deps.regionId,
      stepMs: Math.max(1, Math.round((deps.bootMs ?? DEFAULT_STEP_MS * 3) / 3)),
    }),
    check(call) {
      if (call.req.params.project_id !== call.viewer.projectId) {
        throw badRequest('Malformed request url');
      }
    },
    respond: (response, call) => ({
      ...response,
      headers: { ...versionHeaders(call.version), ...response.headers },
    }),
    isFailure: (err) => err instanceof CinderFault,
    failure: (err, _req, call) => {
      const response = faultResponse(err);
      return call ? { ...response, headers: versionHeaders(call.version) } : response;
    },
  });

  return {
    async handle(req) {
      const path = req.path.replace(/\/+$/, '');
      if (path === '' && req.method === 'GET') {
        return { status: 300, body: versionsDocument(req.origin) };
      }
      if (path === '/v3' || path.startsWith('/v3/')) return handleApi(req, path);
      return webobErrorResponse(req, { status: 404 });
    },
    tooLarge: () => faultResponse(new CinderFault(413, 'overLimit', 'Request is too large.')),
    internalError: () => faultResponse(new CinderFault(500, 'computeFault', CINDER_500)),
    // The fault switch (sandbox/faults): Cinder's fault body, as its API answers a 5xx.
    faultAnswer: (_req, status, message) =>
      faultResponse(
        new CinderFault(
          status,
          status === 503 ? 'serviceUnavailable' : 'computeFault',
          message ?? (status === 503 ? 'Service Unavailable' : CINDER_500),
        ),
      ),
  };
}
