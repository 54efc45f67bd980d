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

// One random 10.x.0.0/16 per test file, then consecutive /24s in it: a file's
// subnets never overlap one another, whatever order its tests run in.
const base = 100 + Math.floor(Math.random() * 150);
let next = Math.floor(Math.random() * 100);

/** A private /24 (10.x.y.0/24) no other subnet of this test file has. */
export function randomCidr(): { cidr: string; prefix: string } {
  const y = next % 256;
  next += 1;
  return { cidr: `10.${base}.${y}.0/24`, prefix: `10.${base}.${y}` };
}

export function randomMac(): string {
  const byte = () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0');
  return `fa:16:3e:${byte()}:${byte()}:${byte()}`;
}
