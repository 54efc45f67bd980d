// The page (server side): the definition is built for the session's user, its
// first list fetched while the page renders.
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import { prefetchList } from '@/lib/prefetch-list';
import { requireSession } from '@/lib/session';
import { applicationCredentials, type AppCredContext } from './application-credentials';
import { ApplicationCredentialsTable } from './application-credentials-table';

export async function ApplicationCredentialsPage() {
  const token = await requireSession();
  const context: AppCredContext = {
    userId: token.user.id,
    roles: token.roles,
    authUrl: token.authUrl,
    region: token.region,
  };
  const initial = await prefetchList(applicationCredentials(context));
  return (
    <>
      <PanelHeader panel={PANELS.applicationCredentials} />
      <ApplicationCredentialsTable context={context} initial={initial} />
    </>
  );
}
