// api-ref: container-infra v1, "Manage certificates".
import { makeClusterCa, signCsr } from './cluster-ca';
import { findCluster, requireReady } from './cluster-store';
import { badRequest, invalidField } from './errors';
import { requireMinor } from './microversion';
import { jsonObject } from './request';
import { links } from './template-view';
import { pyRepr } from '../validation/py-repr';
import type { MagnumCall } from './call';
import type { SandboxResponse } from '../http/types';

function certificateBody(call: MagnumCall, uuid: string, extra: Record<string, string>) {
  return {
    bay_uuid: uuid,
    cluster_uuid: uuid,
    links: links(call.req.origin, 'certificates', uuid),
    ...extra,
  };
}

/** GET /certificates/{cluster}: the cluster's CA certificate. */
export function showCertificate(call: MagnumCall): SandboxResponse {
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  return { status: 200, body: certificateBody(call, c.uuid, { pem: c.ca.certPem }) };
}

/** POST /certificates: {cluster_uuid, csr} → the CSR signed by the cluster's CA. */
export function signCertificate(call: MagnumCall): SandboxResponse {
  const body = jsonObject(call);
  const ident = body.cluster_uuid ?? body.bay_uuid;
  if (typeof ident !== 'string' || ident === '') {
    throw invalidField('cluster_uuid', 'None', 'Mandatory field missing.');
  }
  const c = findCluster(call, ident);
  const csr = body.csr;
  if (typeof csr !== 'string') throw invalidField('csr', pyRepr(csr), 'Mandatory field missing.');
  const pem = signCsr(c.ca, csr, call.now);
  if (pem === null) throw badRequest(`Received invalid csr b${pyRepr(csr)}.`);
  return { status: 201, body: certificateBody(call, c.uuid, { csr, pem }) };
}

/** PATCH /certificates/{cluster} (1.5): a new CA; certificates of the old one stop verifying. */
export function rotateCa(call: MagnumCall): SandboxResponse {
  requireMinor(call.minor, 5);
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  requireReady(c);
  c.ca = makeClusterCa(c.name, call.now);
  c.updatedAt = call.now;
  call.changed();
  return { status: 202, body: { uuid: c.uuid } };
}
