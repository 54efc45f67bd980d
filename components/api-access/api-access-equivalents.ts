// The CLI, openstacksdk and Heat text for what API Access shows: the catalog's
// endpoints and the credentials the session signs in with.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export function endpointsEquivalents(region: string): Equivalents {
  return {
    cli: `openstack catalog list --os-region-name ${sh(region)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'catalog = conn.session.auth.get_access(conn.session).service_catalog',
      `endpoints = catalog.get_endpoints(interface="public", region_name=${py(region)})`,
      'for service_type, found in sorted(endpoints.items()):',
      '    for endpoint in found:',
      '        print(service_type, endpoint["url"])',
    ].join('\n'),
    hot: '# Heat has no resource for the service catalog; run the CLI or SDK lines.',
  };
}

export function credentialsEquivalents(): Equivalents {
  return {
    // Not `openstack configuration show`: it prints a password set in OS_PASSWORD.
    cli: 'openstack token issue -c project_id -c user_id\nopenstack catalog show identity',
    sdk: [
      ...SDK_CONNECT_LINES,
      'print(conn.current_project_id, conn.current_user_id)',
      'print(conn.session.get_endpoint(service_type="identity", interface="public"))',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '# The project a stack runs in is one of its pseudo parameters.',
      'outputs:',
      '  project_id:',
      '    value: { get_param: "OS::project_id" }',
    ].join('\n'),
  };
}
