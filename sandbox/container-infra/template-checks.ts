import { externalNetworkExists, findImage, flavorExists } from './bridges';
import { badRequest, forbidden } from './errors';
import type { MagnumCall } from './call';
import type { TemplateRecord } from './schema';

// What Magnum checks against the other services before it keeps a template: a
// driver for (server type, image's os_distro, coe), the network driver, the
// flavors and the external network (magnum.api.attr_validator). The key pair and
// the fixed network are only checked when a cluster is made, as on the devcloud.

/** The drivers the devcloud has installed: Kubernetes on Fedora CoreOS VMs. */
const DRIVERS = [{ serverType: 'vm', distro: 'fedora-coreos', coe: 'kubernetes' }];

const NETWORK_DRIVERS: Record<string, string[]> = {
  kubernetes: ['flannel', 'calico'],
  swarm: ['docker', 'flannel'],
  'swarm-mode': ['docker'],
  mesos: ['docker'],
  dcos: ['docker'],
};

export function checkPublicFlags(call: MagnumCall, body: Record<string, unknown>): void {
  const asks = (key: string) => body[key] === true || body[key] === 'true';
  if (!call.viewer.isAdmin && (asks('public') || asks('hidden'))) {
    throw forbidden('Not authorized to set public or hidden flag for cluster template.');
  }
}

/** The image's os_distro, or Magnum's 400 when no driver fits. */
export function clusterDistroFor(call: MagnumCall, t: TemplateRecord): string {
  const image = findImage(call, t.imageId);
  const distro = image === undefined ? 'Unset' : (image.osDistro ?? 'None');
  const fits = DRIVERS.some(
    (d) => d.serverType === t.serverType && d.distro === distro && d.coe === t.coe,
  );
  if (!fits) {
    throw badRequest(`Cluster type (${t.serverType}, ${distro}, ${t.coe}) not supported.`);
  }
  return distro;
}

export function checkResources(call: MagnumCall, t: TemplateRecord): void {
  const allowed = NETWORK_DRIVERS[t.coe] ?? [];
  if (t.networkDriver !== null && !allowed.includes(t.networkDriver)) {
    throw badRequest(
      `Network driver type ${t.networkDriver} is not supported, expecting a ${allowed.join('/')}/unspecified network driver.`,
    );
  }
  for (const flavor of [t.flavorId, t.masterFlavorId]) {
    if (flavor !== null && !flavorExists(call, flavor)) {
      throw badRequest(`Unable to find flavor ${flavor}.`);
    }
  }
  if (t.externalNetworkId !== null && !externalNetworkExists(call, t.externalNetworkId)) {
    throw badRequest(`Unable to find external network ${t.externalNetworkId}.`);
  }
}
