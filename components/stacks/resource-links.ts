// Where a stack's resource lives in the dashboard: the page of the real
// resource, for the Heat types whose panel exists (as Horizon links them).
import { PANELS } from '@/lib/panels';

const PAGES: Record<string, string> = {
  'OS::Nova::Server': PANELS.instances.path,
  'OS::Nova::KeyPair': PANELS.keypairs.path,
  'OS::Nova::ServerGroup': PANELS.serverGroups.path,
  'OS::Neutron::Net': PANELS.networks.path,
  'OS::Neutron::ProviderNet': PANELS.networks.path,
  'OS::Neutron::Router': PANELS.routers.path,
  'OS::Neutron::SecurityGroup': PANELS.securityGroups.path,
  'OS::Neutron::FloatingIP': PANELS.floatingIps.path,
  'OS::Cinder::Volume': PANELS.volumes.path,
  'OS::Swift::Container': PANELS.containers.path,
  'OS::Heat::Stack': PANELS.stacks.path,
};

export function resourceHref(type: string, physicalId: string): string | undefined {
  const base = PAGES[type];
  return base ? `${base}/${encodeURIComponent(physicalId)}` : undefined;
}
