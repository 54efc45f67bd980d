// Project → API Access: the catalog's endpoints in the session's region, the
// openrc and clouds.yaml downloads, and View Credentials. Server-rendered from
// the session and its cached catalog.
import { PanelHeader } from '@/components/shell/panel-header';
import { accessFacts } from '@/lib/access-files/access-facts';
import { catalogFor } from '@/lib/catalog-cache';
import { PANELS } from '@/lib/panels';
import { requireSession } from '@/lib/session';
import { CLOUDS_YAML_PATH, OPENRC_PATH } from './api-access-paths';
import { apiEndpoints } from './api-endpoints';
import { EndpointsTable } from './endpoints-table';
import { ViewCredentials } from './view-credentials';

const LINK_BUTTON =
  'inline-flex h-8 items-center rounded border border-line-strong bg-surface px-3 text-sm font-medium whitespace-nowrap hover:bg-hover';

export async function ApiAccess() {
  const token = await requireSession();
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  return (
    <>
      <PanelHeader panel={PANELS.apiAccess}>
        <div className="flex flex-wrap gap-2">
          <a href={OPENRC_PATH} download className={LINK_BUTTON}>
            Download OpenStack RC File
          </a>
          <a href={CLOUDS_YAML_PATH} download className={LINK_BUTTON}>
            Download clouds.yaml
          </a>
          <ViewCredentials facts={accessFacts(token)} />
        </div>
      </PanelHeader>
      <EndpointsTable endpoints={apiEndpoints(catalog, token.region)} region={token.region} />
    </>
  );
}
