// Placement resource providers, their inventories and usages. api-ref: placement,
// "Resource Providers", "Resource Provider Inventories", "Resource Provider Usages".
import { osFetch, seg, type Transport } from '../http';
import {
  inventoriesSchema,
  resourceProviderListSchema,
  usagesSchema,
  type Inventory,
  type ResourceProvider,
} from './schemas';

export interface ProviderFigures {
  provider: ResourceProvider;
  inventories: Record<string, Inventory>;
  usages: Record<string, number>;
}

export function placementApi(t: Transport) {
  return {
    /** GET /resource_providers (admins). */
    async listResourceProviders(): Promise<ResourceProvider[]> {
      return (
        await osFetch(
          t,
          { service: 'placement', path: '/resource_providers' },
          resourceProviderListSchema,
        )
      ).resource_providers;
    },

    /** GET /resource_providers/{uuid}/inventories */
    async getInventories(uuid: string): Promise<Record<string, Inventory>> {
      return (
        await osFetch(
          t,
          { service: 'placement', path: `/resource_providers/${seg(uuid)}/inventories` },
          inventoriesSchema,
        )
      ).inventories;
    },

    /** GET /resource_providers/{uuid}/usages */
    async getUsages(uuid: string): Promise<Record<string, number>> {
      return (
        await osFetch(
          t,
          { service: 'placement', path: `/resource_providers/${seg(uuid)}/usages` },
          usagesSchema,
        )
      ).usages;
    },

    /** Every provider with its inventories and usages. */
    async listProviderFigures(): Promise<ProviderFigures[]> {
      const providers = await this.listResourceProviders();
      return Promise.all(
        providers.map(async (provider) => {
          const [inventories, usages] = await Promise.all([
            this.getInventories(provider.uuid),
            this.getUsages(provider.uuid),
          ]);
          return { provider, inventories, usages };
        }),
      );
    },
  };
}
