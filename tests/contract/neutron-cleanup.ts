// What a Neutron contract test made, taken down in the right order (ports, then
// subnets, then networks), also when the test failed half-way.
import type { Api } from '@/lib/openstack/api';

export class NeutronCleanup {
  private readonly ports: [Api, string][] = [];
  private readonly subnets: [Api, string][] = [];
  private readonly networks: [Api, string][] = [];

  port(api: Api, id: string): string {
    this.ports.push([api, id]);
    return id;
  }

  subnet(api: Api, id: string): string {
    this.subnets.push([api, id]);
    return id;
  }

  network(api: Api, id: string): string {
    this.networks.push([api, id]);
    return id;
  }

  async run(): Promise<void> {
    await Promise.allSettled(this.ports.map(([api, id]) => api.network.deletePort(id)));
    await Promise.allSettled(this.subnets.map(([api, id]) => api.network.deleteSubnet(id)));
    await Promise.allSettled(this.networks.map(([api, id]) => api.network.deleteNetwork(id)));
  }
}

/** A random private /24 (10.x.y.0/24) unlikely to meet another test's. */
export function randomCidr(): { cidr: string; prefix: string } {
  const x = 100 + Math.floor(Math.random() * 150);
  const y = Math.floor(Math.random() * 250);
  return { cidr: `10.${x}.${y}.0/24`, prefix: `10.${x}.${y}` };
}

export function randomMac(): string {
  const byte = () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0');
  return `fa:16:3e:${byte()}:${byte()}:${byte()}`;
}
