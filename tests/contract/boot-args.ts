// The references a contract test boots a server with.
import type { Api } from '@/lib/openstack/api';

/** What a small server needs on either cloud: m1.tiny, cirros-like, the private network. */
export async function bootArgs(api: Api) {
  const [flavors, images, networks] = await Promise.all([
    api.compute.listFlavors(),
    api.image.listImages({ filters: { status: 'active' } }),
    api.network.listNetworks({ name: 'private' }),
  ]);
  const flavor = flavors.items.find((f) => f.name === 'm1.tiny');
  const image = images.items.find((i) => i.name === 'cirros-like');
  const network = networks[0];
  if (!flavor || !image || !network)
    throw new Error('the cloud lacks m1.tiny, cirros-like or private');
  return { flavorRef: flavor.id, imageRef: image.id, networks: [{ uuid: network.id }] };
}
