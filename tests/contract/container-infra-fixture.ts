// What the Magnum contract tests share: demo's client, a key pair, templates and
// clusters made with unique names, and a clean-up that waits for clusters to go
// before deleting their templates and key pair (Magnum refuses it earlier).
import { expect } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { CreateClusterTemplateInput } from '@/lib/openstack/container-infra/cluster-templates';
import { OpenStackError } from '@/lib/openstack/errors';
import { apiFor, session, unique } from './context';

/** The devcloud's (and the sandbox's) Fedora CoreOS image, external network and flavor. */
export const FCOS_IMAGE = 'fedora-coreos-fake';
export const EXTERNAL_NETWORK = 'public';
export const FLAVOR = 'm1.small';

const isGone = (error: unknown) => error instanceof OpenStackError && error.status === 404;

export class MagnumScratch {
  api!: Api;
  keypair = unique('mkey');
  private templates: string[] = [];
  private clusters: string[] = [];

  async start(): Promise<void> {
    this.api = await apiFor(await session('demo'));
    await this.api.compute.createKeypair({ name: this.keypair, type: 'ssh' });
  }

  async template(extra: Partial<CreateClusterTemplateInput> = {}) {
    const created = await this.api.containerInfra.createClusterTemplate({
      name: unique('ct'),
      coe: 'kubernetes',
      imageId: FCOS_IMAGE,
      externalNetworkId: EXTERNAL_NETWORK,
      flavorId: FLAVOR,
      ...extra,
    });
    this.templates.push(created.uuid);
    return created;
  }

  trackTemplate(uuid: string): void {
    this.templates.push(uuid);
  }

  trackCluster(uuid: string): void {
    this.clusters.push(uuid);
  }

  /** Waits (polling) until the cluster is no longer listed. */
  /**
   * Magnum forgets a cluster deleted before its conductor has made the Heat stack, and the
   * stack is then left behind, holding its security groups against the project's quota: wait
   * for the stack (or for the create to end) before deleting.
   */
  async waitStack(uuid: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const c = await this.api.containerInfra.getCluster(uuid).catch(() => undefined);
      if (!c || c.stack_id || c.status !== 'CREATE_IN_PROGRESS') return;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async deleteCluster(uuid: string): Promise<void> {
    await this.waitStack(uuid);
    await this.api.containerInfra.deleteCluster(uuid);
  }

  async waitGone(uuid: string, timeoutMs = 150_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const c = await this.api.containerInfra.getCluster(uuid);
        if (c.status === 'DELETE_FAILED') {
          await this.api.containerInfra.deleteCluster(uuid).catch(() => undefined);
        }
      } catch (error) {
        if (isGone(error)) return;
        // Real Magnum cannot show a cluster whose master node group is already deleted
        // ("Invalid input for field/attribute master_count. Value: '0'..."): still going.
        if (!(error instanceof OpenStackError && /master_count\. Value: '0'/.test(error.message)))
          throw error;
      }
      if (Date.now() > deadline) throw new Error(`cluster ${uuid} was not deleted in time`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async cleanup(): Promise<void> {
    const ci = this.api.containerInfra;
    for (const uuid of this.clusters) {
      await this.deleteCluster(uuid).catch((error: unknown) => {
        if (!isGone(error)) throw error;
      });
    }
    for (const uuid of this.clusters) await this.waitGone(uuid);
    for (const uuid of this.templates) {
      await ci.deleteClusterTemplate(uuid).catch((error: unknown) => {
        if (!isGone(error)) throw error;
      });
    }
    await this.api.compute.deleteKeypair(this.keypair).catch(() => undefined);
    const left = (await ci.listClusterTemplates()).filter((t) => this.templates.includes(t.uuid));
    expect(left).toEqual([]);
  }
}
