import { imageVisibleTo } from '../image/image-store';
import type { MagnumCall } from './call';

// What Magnum asks of Glance, Nova and Neutron (through their clients, as the
// caller), as look-ups over the sandbox state. The one place this service reads
// another's records.

export interface ImageFacts {
  id: string;
  osDistro: string | null;
}

/** An image the caller may see, by id, else by name (Magnum's glance.find_image). */
export function findImage(call: MagnumCall, nameOrId: string): ImageFacts | undefined {
  const images = call.state.image[call.regionId]?.images ?? [];
  const viewer = { projectId: call.viewer.projectId, isAdmin: call.viewer.isAdmin };
  const visible = images.filter((i) => imageVisibleTo(i, viewer));
  const image = visible.find((i) => i.id === nameOrId) ?? visible.find((i) => i.name === nameOrId);
  if (!image) return undefined;
  return { id: image.id, osDistro: image.properties.os_distro ?? null };
}

/** A flavor by id or name the caller's project may use. */
export function flavorExists(call: MagnumCall, nameOrId: string): boolean {
  const region = call.state.compute[call.regionId];
  if (!region) return false;
  const usable = region.flavors.filter(
    (f) =>
      !f.disabled &&
      (f.isPublic ||
        call.viewer.isAdmin ||
        region.flavorAccess.some(
          (a) => a.flavorId === f.id && a.projectId === call.viewer.projectId,
        )),
  );
  return usable.some((f) => f.id === nameOrId || f.name === nameOrId);
}

/** Key pairs belong to the user, as in Nova. */
export function keypairExists(call: MagnumCall, name: string): boolean {
  const region = call.state.compute[call.regionId];
  return region?.keypairs.some((k) => k.userId === call.viewer.userId && k.name === name) ?? false;
}

export function externalNetworkExists(call: MagnumCall, nameOrId: string): boolean {
  const networks = call.state.network[call.regionId]?.networks ?? [];
  return networks.some((n) => n.external && (n.id === nameOrId || n.name === nameOrId));
}

export interface NetworkFacts {
  id: string;
  subnetIds: string[];
}

/** A network the caller's project may put ports on (its own, shared or external), by id, else name. */
export function findNetwork(call: MagnumCall, nameOrId: string): NetworkFacts | undefined {
  const region = call.state.network[call.regionId];
  const usable = (region?.networks ?? []).filter(
    (n) => call.viewer.isAdmin || n.shared || n.external || n.projectId === call.viewer.projectId,
  );
  const network = usable.find((n) => n.id === nameOrId) ?? usable.find((n) => n.name === nameOrId);
  if (!network) return undefined;
  const subnetIds = (region?.subnets ?? [])
    .filter((s) => s.networkId === network.id)
    .map((s) => s.id);
  return { id: network.id, subnetIds };
}

/** A subnet's id, looked up by id, else name, among those the caller may see. */
export function findSubnetId(call: MagnumCall, nameOrId: string): string | undefined {
  const region = call.state.network[call.regionId];
  const networks = new Set(
    (region?.networks ?? [])
      .filter((n) => call.viewer.isAdmin || n.shared || n.projectId === call.viewer.projectId)
      .map((n) => n.id),
  );
  const visible = (region?.subnets ?? []).filter(
    (s) =>
      call.viewer.isAdmin || s.projectId === call.viewer.projectId || networks.has(s.networkId),
  );
  return (visible.find((s) => s.id === nameOrId) ?? visible.find((s) => s.name === nameOrId))?.id;
}
