import { badRequest, conflict, forbidden, notFound, policyDenied } from './faults';
import { createSchemaFor, querySchemaFor } from './keypair-schemas';
import {
  addKeypair,
  findKeypair,
  KEYPAIR_QUOTA,
  removeKeypair,
  userKeypairs,
} from './keypair-store';
import { createBody, indexItem, showBody } from './keypair-view';
import { atLeast } from './microversion';
import { novaPage } from './paging';
import { apiBase } from './server-view';
import { compareNames, sameName } from '../names';
import { requestJson } from './request-body';
import { generateSshKeypair } from './ssh-keygen';
import { sshFingerprint } from './ssh-public-key';
import { validateBody, validateQuery } from './validation';
import { generateX509Keypair } from './x509-keygen';
import { x509Fingerprint } from './x509-keys';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';

// os-keypairs (api-ref "Keypairs (keypairs)"): per user, per Nova deployment.

type Action = 'index' | 'create' | 'show' | 'delete';

/** '(rule:context_is_admin) or user_id:%(user_id)s' */
function authorize(call: ComputeCall, action: Action, userId: string): void {
  if (!call.caller.roles.includes('admin') && userId !== call.caller.userId) {
    throw policyDenied(`os_compute_api:os-keypairs:${action}`);
  }
}

/** The ?user_id= an admin may pass from 2.10; empty means "myself", as in Nova. */
function targetUser(call: ComputeCall): string {
  const requested = atLeast(call.version, '2.10') ? call.req.query.get('user_id') : null;
  return requested || call.caller.userId;
}

export function listKeypairs(call: ComputeCall): SandboxResponse {
  const { version, req } = call;
  const schema = querySchemaFor(version, true);
  if (schema) validateQuery(schema, req.query);
  const userId = targetUser(call);
  authorize(call, 'index', userId);
  const keypairs = userKeypairs(call.region, userId);
  // Paging came with 2.35; before it every key pair is listed.
  const page = atLeast(version, '2.35')
    ? novaPage(call, keypairs, {
        collection: `${apiBase(call)}/os-keypairs`,
        keyOf: (k) => k.name,
        isMarker: (k, marker) => sameName(k.name, marker),
        compare: (a, b) => compareNames(a.name, b.name),
        unknownMarker: (marker) => badRequest(`Marker ${marker} could not be found.`),
      })
    : { items: keypairs, links: [] };
  const body: Record<string, unknown> = { keypairs: page.items.map((k) => indexItem(k, version)) };
  if (page.links.length > 0) body.keypairs_links = page.links;
  return { status: 200, body };
}

export async function createKeypair(call: ComputeCall): Promise<SandboxResponse> {
  const { version } = call;
  const body = requestJson(call.req);
  validateBody(createSchemaFor(version), body);
  const params = (body as { keypair: Record<string, unknown> }).keypair;
  const name = String(params.name).trim();
  const type = params.type === 'x509' ? 'x509' : 'ssh';
  const userId =
    (atLeast(version, '2.10') && typeof params.user_id === 'string' && params.user_id) ||
    call.caller.userId;
  authorize(call, 'create', userId);
  if (userKeypairs(call.region, userId).length >= KEYPAIR_QUOTA) {
    throw forbidden('Quota exceeded, too many key pairs.');
  }

  let publicKey: string;
  let fingerprint: string;
  let privateKey: string | null = null;
  if (typeof params.public_key === 'string') {
    publicKey = params.public_key;
    if (type === 'ssh') {
      const fp = sshFingerprint(publicKey);
      if (fp === null) throw badRequest('Keypair data is invalid: failed to generate fingerprint');
      fingerprint = fp;
    } else {
      const fp = x509Fingerprint(publicKey);
      if (!fp.ok) {
        throw badRequest(
          `Keypair data is invalid: failed to generate X509 fingerprint. Error message: ${fp.error}`,
        );
      }
      fingerprint = fp.fingerprint;
    }
  } else {
    // Nova generates first and fails on insert; checking first gives the same answer cheaper.
    if (findKeypair(call.region, userId, name))
      throw conflict(`Key pair '${name}' already exists.`);
    const generated =
      type === 'ssh' ? await generateSshKeypair() : await generateX509Keypair(userId);
    ({ publicKey, fingerprint, privateKey } = generated);
  }
  if (findKeypair(call.region, userId, name)) throw conflict(`Key pair '${name}' already exists.`);
  const record = addKeypair(call.region, { userId, name, type, publicKey, fingerprint }, call.now);
  call.changed();
  return {
    status: atLeast(version, '2.2') ? 201 : 200,
    body: createBody(record, version, privateKey),
  };
}

function keypairTarget(call: ComputeCall, action: Action): { userId: string; name: string } {
  const schema = querySchemaFor(call.version, false);
  if (schema) validateQuery(schema, call.req.query);
  const userId = targetUser(call);
  authorize(call, action, userId);
  return { userId, name: call.req.params.keypair_name ?? '' };
}

export function showKeypair(call: ComputeCall): SandboxResponse {
  const { userId, name } = keypairTarget(call, 'show');
  const record = findKeypair(call.region, userId, name);
  if (!record) throw notFound(`Keypair ${name} not found for user ${userId}`);
  return { status: 200, body: showBody(record, call.version) };
}

export function deleteKeypair(call: ComputeCall): SandboxResponse {
  const { userId, name } = keypairTarget(call, 'delete');
  if (!removeKeypair(call.region, userId, name))
    throw notFound(`Keypair ${name} not found for user ${userId}`);
  call.changed();
  return { status: atLeast(call.version, '2.2') ? 204 : 202 };
}
