// The Admin lists of every project's rows (components/*/admin-*.tsx through
// lib/resources/all-projects.ts) against the target cloud: a demo volume, the demo
// network and router, and the admin's image, each with its project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminImages } from '@/components/images/admin-images';
import { adminNetworks } from '@/components/networks/admin-networks';
import { adminRouters } from '@/components/routers/admin-routers';
import { adminVolumes } from '@/components/volumes/admin-volumes';
import type { Api } from '@/lib/openstack/api';
import { projectNames } from '@/lib/resources/all-projects';
import type { DashboardToken } from '@/lib/session-token';
import { CinderCleanup, waitStatus } from './cinder-fixture';
import { demoAndAdmin, unique } from './context';

let demo: DashboardToken;
let api: Api;
let admin: Api;
let volumeId: string;
const cleanup = new CinderCleanup();

beforeAll(async () => {
  ({ demo, api, adminApi: admin } = await demoAndAdmin());
  const volume = await api.volume.createVolume({ size: 1, name: unique('admin-vol') });
  volumeId = volume.id;
  cleanup.volume(api, volume.id);
  await waitStatus(() => api.volume.getVolume(volume.id), ['available']);
}, 120_000);

afterAll(() => cleanup.run());

describe('admin lists of every project', () => {
  it("lists the demo project's volume to the admin, with its project", async () => {
    const page = await adminVolumes.list(admin, { limit: 1000 });
    const seen = page.items.find((v) => v.id === volumeId);
    expect(seen?.['os-vol-tenant-attr:tenant_id']).toBe(demo.project.id);
  });

  it("lists the demo network and router and the admin's image with their projects", async () => {
    const names = await projectNames(admin);
    expect(names[demo.project.id]).toBe('demo');
    const networks = await adminNetworks.list(admin, { limit: 1000 });
    // Other projects (the sandbox's class projects) have a "private" network too.
    const priv = networks.items.filter((n) => n.name === 'private');
    expect(priv.map((n) => names[n.project_id])).toContain('demo');
    const routers = await adminRouters.list(admin, { limit: 1000 });
    const router = routers.items.filter((r) => r.name === 'router1');
    expect(router.map((r) => names[r.project_id ?? ''])).toContain('demo');
    const images = await adminImages.list(admin, { limit: 1000 });
    const cirros = images.items.find((i) => i.name === 'cirros-like');
    expect(names[cirros!.owner!]).toBe('admin');
  });
});
