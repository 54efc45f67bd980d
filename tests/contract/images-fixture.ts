// Shared pieces of the Glance contract tests: sign-ins, image clean-up, data streams.
import { createHash } from 'node:crypto';
import { scopeToProject } from '@/lib/keystone-login';
import type { Api } from '@/lib/openstack/api';
import { listAuthProjects } from '@/lib/openstack/identity/keystone';
import type { ImageCreateInput } from '@/lib/openstack/image/glance';
import type { Image } from '@/lib/openstack/image/glance-schemas';
import type { DashboardToken } from '@/lib/session-token';
import { apiFor, authUrl, session, unique } from './context';

export interface Signed {
  token: DashboardToken;
  api: Api;
}

/** demo in its own project, demo in class-lab (a second project), and admin. */
export async function imageActors(): Promise<{ demo: Signed; lab: Signed; admin: Api }> {
  const demoToken = await session('demo');
  const projects = await listAuthProjects(authUrl(), demoToken.unscopedToken);
  const labProject = projects.find((p) => p.name === 'class-lab');
  if (!labProject) throw new Error('demo has no role in class-lab');
  const labToken = await scopeToProject(
    { id: 'target', authUrl: authUrl() },
    demoToken.unscopedToken,
    labProject,
  );
  const [demoApi, labApi, admin] = await Promise.all([
    apiFor(demoToken),
    apiFor(labToken),
    session('admin').then(apiFor),
  ]);
  return { demo: { token: demoToken, api: demoApi }, lab: { token: labToken, api: labApi }, admin };
}

/** Deletes every image a test made (unprotecting it first), whatever state it is in. */
export class ImageCleanup {
  private readonly images: [Api, string][] = [];

  async create(api: Api, input: ImageCreateInput = {}): Promise<Image> {
    const image = await api.image.createImage({ name: unique('image'), ...input });
    this.images.push([api, image.id]);
    return image;
  }

  async run(): Promise<void> {
    for (const [api, id] of this.images.reverse()) {
      await api.image
        .updateImage(id, [{ op: 'replace', path: '/protected', value: false }])
        .catch(() => undefined);
      await api.image.deleteImage(id).catch(() => undefined);
    }
  }
}

export async function waitImage(api: Api, id: string, statuses: string[]): Promise<Image> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const image = await api.image.getImage(id);
    if (statuses.includes(image.status)) return image;
    if (Date.now() > deadline) {
      throw new Error(`image ${id} stayed ${image.status}, wanted ${statuses.join('|')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `size` bytes of a repeating pattern, made while read; with its md5 and sha512. */
export function patternData(size: number): {
  stream: () => ReadableStream<Uint8Array>;
  md5: string;
  sha512: string;
} {
  const block = new Uint8Array(64 * 1024).map((_, i) => (i * 31 + 7) % 251);
  const md5 = createHash('md5');
  const sha512 = createHash('sha512');
  for (let left = size; left > 0; left -= block.length) {
    const part = block.subarray(0, Math.min(left, block.length));
    md5.update(part);
    sha512.update(part);
  }
  return {
    stream: () => {
      let left = size;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (left <= 0) {
            controller.close();
            return;
          }
          const n = Math.min(left, block.length);
          left -= n;
          controller.enqueue(block.slice(0, n));
        },
      });
    },
    md5: md5.digest('hex'),
    sha512: sha512.digest('hex'),
  };
}

export async function digestOf(response: Response): Promise<{ size: number; md5: string }> {
  const md5 = createHash('md5');
  let size = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    md5.update(value);
  }
  return { size, md5: md5.digest('hex') };
}
