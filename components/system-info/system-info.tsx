// Admin → System Information: the catalog's services (from the session's cached
// catalog, on the server) and the services each project reports (in the browser).
import { PanelHeader } from '@/components/shell/panel-header';
import { catalogFor } from '@/lib/catalog-cache';
import { PANELS } from '@/lib/panels';
import { requireSession } from '@/lib/session';
import { catalogServices } from './catalog-services';
import { SystemInfoTabs } from './service-tables';

export async function SystemInfo() {
  const token = await requireSession();
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  return (
    <>
      <PanelHeader panel={PANELS.systemInfo} />
      <SystemInfoTabs services={catalogServices(catalog)} />
    </>
  );
}
