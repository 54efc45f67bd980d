import { addApplicationCredentialRoutes } from './application-credentials';
import { addAuthScopeRoutes } from './auth-scopes';
import { addAuthTokenRoutes } from './auth-tokens';
import { identityBase, type IdentityDeps } from './context';
import { errorResponse, expectingToFind, KeystoneError, unauthorized } from './errors';
import { addGroupGrantRoutes } from './group-grants';
import { addGroupRoutes } from './groups';
import { addPasswordChangeRoute } from './password-change';
import { addProjectAdminRoutes } from './project-admin';
import { addProjectRoutes } from './projects';
import { addRegionRoutes } from './regions';
import { addRoleRoutes } from './roles';
import { addUserAdminRoutes } from './user-admin';
import { addUserRoutes } from './users';
import { addVersionRoutes } from './versions';
import { parseJsonObject } from '../http/body';
import { Router } from '../http/router';
import { servePipeline } from '../http/service';
import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import { WEBOB_EXPLANATIONS, WEBOB_TITLES } from '../http/webob';
import type { ServiceApp } from '../http/listener';

/** keystone's json_body_before_request: any body must be a JSON object. */
function checkJsonBody(req: SandboxRequest): void {
  if (req.body.length === 0) return;
  const contentType = (header(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const isJson =
    contentType === 'application/json' || /^application\/[^/]*\+json$/.test(contentType);
  if (!isJson && contentType !== '')
    throw expectingToFind('application/json', 'Content-Type header');
  if (!parseJsonObject(req.body)) throw expectingToFind('valid JSON', 'request body');
}

function withVary(response: SandboxResponse): SandboxResponse {
  return { ...response, headers: { Vary: 'X-Auth-Token', ...response.headers } };
}

const KEYSTONE_500 = 'An unexpected error prevented the server from fulfilling your request.';

function statusTitle(status: number): string {
  return WEBOB_TITLES[status] ?? 'Internal Server Error';
}

export function createIdentityApp(deps: IdentityDeps): ServiceApp {
  const router = new Router();
  addVersionRoutes(router);
  addAuthTokenRoutes(router, deps);
  addAuthScopeRoutes(router, deps);
  addProjectRoutes(router, deps);
  addUserRoutes(router, deps);
  addRegionRoutes(router, deps);
  addApplicationCredentialRoutes(router, deps);
  addPasswordChangeRoute(router, deps);
  addProjectAdminRoutes(router, deps);
  addUserAdminRoutes(router, deps);
  addGroupRoutes(router, deps);
  addRoleRoutes(router, deps);
  addGroupGrantRoutes(router, deps);

  // Keystone checks tokens inside its controllers, so the pipeline has no token step.
  const handle = servePipeline<void, SandboxRequest, KeystoneError>({
    route: (req, path) => router.match(req.method, path),
    unrouted(_req, match) {
      if (match.kind === 'not-found') {
        throw new KeystoneError(404, 'Not Found', 'The resource could not be found.');
      }
      throw new KeystoneError(
        405,
        'Method Not Allowed',
        'The method is not allowed for the requested URL.',
      );
    },
    call(req) {
      checkJsonBody(req);
      return req;
    },
    respond: withVary,
    isFailure: (err) => err instanceof KeystoneError,
    failure: (err, req) => errorResponse(err, identityBase(req)),
  });

  return {
    handle: (req) => handle(req),
    tooLarge: (req) =>
      errorResponse(
        new KeystoneError(413, 'Request Entity Too Large', 'Request is too large.'),
        identityBase(req),
      ),
    internalError: (req) =>
      errorResponse(
        new KeystoneError(500, 'Internal Server Error', KEYSTONE_500),
        identityBase(req),
      ),
    faultAnswer: (req, status, message) => {
      const error =
        status === 401
          ? unauthorized()
          : new KeystoneError(
              status,
              statusTitle(status),
              status === 500 ? KEYSTONE_500 : (WEBOB_EXPLANATIONS[status] ?? ''),
            );
      return errorResponse(
        message ? new KeystoneError(error.code, error.title, message) : error,
        identityBase(req),
      );
    },
  };
}
