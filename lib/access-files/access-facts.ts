// What an openrc or clouds.yaml needs to sign a CLI in as the dashboard's user:
// taken from the session, never holding a password or a token.
import type { DashboardToken } from '@/lib/session-token';

export interface AccessFacts {
  /** The Keystone URL the dashboard itself signs in to. */
  authUrl: string;
  region: string;
  userName: string;
  userDomainName: string;
  projectId: string;
  projectName: string;
}

export function accessFacts(token: DashboardToken): AccessFacts {
  return {
    authUrl: token.authUrl,
    region: token.region,
    userName: token.user.name,
    userDomainName: token.user.domainName,
    projectId: token.project.id,
    projectName: token.project.name,
  };
}

/** A file name made of safe characters only (the project name may hold anything). */
export function openrcFileName(facts: Pick<AccessFacts, 'projectName'>): string {
  const safe = facts.projectName.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return `${safe || 'project'}-openrc.sh`;
}

export const CLOUDS_YAML_FILE_NAME = 'clouds.yaml';
