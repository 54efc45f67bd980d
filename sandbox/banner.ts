import { demoLogins } from './identity/seed';

export interface BannerInput {
  authUrl: string;
  endpoints: Record<string, Record<string, string>>;
  students: number;
  statePath: string | null;
}

/** What `npm run sandbox` prints: where to point a client and how to log in. */
export function bannerLines(input: BannerInput): string[] {
  const lines = ['OpenStack sandbox cloud', `  OS_AUTH_URL=${input.authUrl}  (domain Default)`];
  for (const [region, services] of Object.entries(input.endpoints)) {
    lines.push(`  ${region}`);
    for (const [type, url] of Object.entries(services)) lines.push(`    ${type.padEnd(16)} ${url}`);
  }
  lines.push('  logins (user / password -> project)');
  const logins = demoLogins(input.students);
  const shown = logins.length > 6 ? [...logins.slice(0, 4), null, ...logins.slice(-1)] : logins;
  for (const login of shown) {
    lines.push(
      login
        ? `    ${login.user} / ${login.password} -> ${login.project}`
        : `    ... (${logins.length - 5} more students)`,
    );
  }
  lines.push(
    input.statePath
      ? `  state saved to ${input.statePath}`
      : '  state kept in memory only (set SANDBOX_STATE to keep it)',
  );
  return lines;
}
