// Keystone application credentials and the self-service password change, with the
// session's own token through either transport. api-ref: identity v3,
// "Application Credentials" and "Users" (Change password for user).
import { z } from 'zod';
import { osFetch, seg, type Transport } from '../http';
import {
  applicationCredentialBodySchema,
  applicationCredentialListSchema,
  type ApplicationCredential,
  type ApplicationCredentialCreate,
} from './application-credential-schemas';

const noBody = z.unknown();

function credsPath(userId: string): string {
  return `/users/${seg(userId)}/application_credentials`;
}

export function applicationCredentialsApi(t: Transport) {
  return {
    /** GET /v3/users/{user_id}/application_credentials: the user's credentials, every project. */
    async listApplicationCredentials(userId: string): Promise<ApplicationCredential[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: credsPath(userId) },
        applicationCredentialListSchema,
      );
      return [...body.application_credentials].sort((a, b) => a.name.localeCompare(b.name));
    },

    /** GET /v3/users/{user_id}/application_credentials/{id}. */
    async getApplicationCredential(userId: string, id: string): Promise<ApplicationCredential> {
      const body = await osFetch(
        t,
        { service: 'identity', path: `${credsPath(userId)}/${seg(id)}` },
        applicationCredentialBodySchema,
      );
      return body.application_credential;
    },

    /** POST: on the session's project; the answer holds the secret, once. */
    async createApplicationCredential(
      userId: string,
      input: ApplicationCredentialCreate,
    ): Promise<ApplicationCredential> {
      const body = await osFetch(
        t,
        {
          service: 'identity',
          method: 'POST',
          path: credsPath(userId),
          body: {
            application_credential: {
              name: input.name,
              ...(input.description ? { description: input.description } : {}),
              ...(input.secret ? { secret: input.secret } : {}),
              ...(input.expires_at ? { expires_at: input.expires_at } : {}),
              ...(input.roles && input.roles.length > 0
                ? { roles: input.roles.map((name) => ({ name })) }
                : {}),
              ...(input.access_rules && input.access_rules.length > 0
                ? { access_rules: input.access_rules }
                : {}),
              ...(input.unrestricted ? { unrestricted: true } : {}),
            },
          },
        },
        applicationCredentialBodySchema,
      );
      return body.application_credential;
    },

    /** DELETE: tokens issued with the credential stop working. */
    async deleteApplicationCredential(userId: string, id: string): Promise<void> {
      await osFetch(
        t,
        { service: 'identity', method: 'DELETE', path: `${credsPath(userId)}/${seg(id)}` },
        noBody,
      );
    },

    /** POST /v3/users/{user_id}/password; Keystone then revokes the user's tokens. */
    async changePassword(userId: string, originalPassword: string, password: string) {
      await osFetch(
        t,
        {
          service: 'identity',
          method: 'POST',
          path: `/users/${seg(userId)}/password`,
          body: { user: { original_password: originalPassword, password } },
        },
        noBody,
      );
    },
  };
}
