// Making and removing servers through the dashboard's own proxy, as the browser
// would, so a spec can start from an instance without clicking through Launch.
import { expect, type Page } from '@playwright/test';
import { E2E } from './env';

interface Ids {
  flavor: string;
  image: string;
  network: string;
}

let cached: Ids | undefined;

export async function lookupIds(page: Page): Promise<Ids> {
  if (cached) return cached;
  const [flavors, images, networks] = await Promise.all([
    page.request.get('/api/os/compute/flavors').then((r) => r.json()),
    page.request.get('/api/os/image/v2/images?name=cirros-like').then((r) => r.json()),
    page.request.get('/api/os/network/v2.0/networks?name=private').then((r) => r.json()),
  ]);
  const flavor = (flavors as { flavors: { id: string; name: string }[] }).flavors.find(
    (f) => f.name === 'm1.tiny',
  );
  const image = (images as { images: { id: string }[] }).images[0];
  const network = (networks as { networks: { id: string }[] }).networks[0];
  if (!flavor || !image || !network)
    throw new Error('the cloud lacks m1.tiny, cirros-like or the private network');
  cached = { flavor: flavor.id, image: image.id, network: network.id };
  return cached;
}

export async function bootServer(page: Page, name: string): Promise<string> {
  const ids = await lookupIds(page);
  const response = await page.request.post('/api/os/compute/servers', {
    headers: { Origin: E2E.baseUrl },
    data: {
      server: {
        name,
        flavorRef: ids.flavor,
        imageRef: ids.image,
        networks: [{ uuid: ids.network }],
      },
    },
  });
  expect(response.status(), await response.text()).toBe(202);
  return ((await response.json()) as { server: { id: string } }).server.id;
}

/** The project's servers named exactly `name`, in detail. */
async function serversNamed(page: Page, name: string): Promise<Record<string, unknown>[]> {
  const list = await page.request.get(
    `/api/os/compute/servers/detail?name=^${encodeURIComponent(name)}$`,
  );
  return ((await list.json()) as { servers?: Record<string, unknown>[] }).servers ?? [];
}

export async function deleteServers(page: Page, names: string[]): Promise<void> {
  for (const name of names) {
    for (const server of await serversNamed(page, name)) {
      await page.request.delete(`/api/os/compute/servers/${String(server.id)}`, {
        headers: { Origin: E2E.baseUrl },
      });
    }
  }
}

const API_STATUS: Record<string, string> = {
  Active: 'ACTIVE',
  Shutoff: 'SHUTOFF',
  Paused: 'PAUSED',
  Suspended: 'SUSPENDED',
  Rescue: 'RESCUE',
  'Confirm or Revert Resize/Migrate': 'VERIFY_RESIZE',
};

/**
 * Waits until Nova reports the server in `status` (the label the table shows)
 * with no task running. Nova sets the task state before it answers an action,
 * so this does not pass on the state from before the action.
 */
export async function waitForSettled(page: Page, name: string, status: string, timeout: number) {
  const wanted = API_STATUS[status] ?? status;
  await expect(page.getByRole('dialog').or(page.getByRole('alertdialog'))).toHaveCount(0, {
    timeout,
  });
  await expect
    .poll(
      async () => {
        const [server] = await serversNamed(page, name);
        if (!server) return 'missing';
        return `${String(server.status)}/${String(server['OS-EXT-STS:task_state'] ?? 'none')}`;
      },
      { timeout, intervals: [500, 1_000, 2_000] },
    )
    .toBe(`${wanted}/none`);
}
