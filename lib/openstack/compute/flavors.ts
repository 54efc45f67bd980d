// Nova flavors (+ extra specs and access).
// api-ref: compute v2.1, "Flavors", "Flavors extra-specs", "Flavors access".
import { osFetch, osSend, seg, type Transport } from '../http';
import { markerFromLinks, type ListQuery, type ListResult } from '../pagination';
import {
  extraSpecsSchema,
  flavorAccessSchema,
  flavorBodySchema,
  flavorListSchema,
  type Flavor,
} from './flavor-schemas';

export interface CreateFlavorRequest {
  name: string;
  id?: string;
  vcpus: number;
  ram: number;
  disk: number;
  'OS-FLV-EXT-DATA:ephemeral'?: number;
  swap?: number;
  rxtx_factor?: number;
  'os-flavor-access:is_public'?: boolean;
  description?: string;
}

export function flavorsApi(t: Transport) {
  return {
    /** GET /flavors/detail; admins may pass is_public=None to see private flavors too. */
    async listFlavors(query: ListQuery = {}): Promise<ListResult<Flavor>> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          path: '/flavors/detail',
          query: { limit: query.limit, marker: query.marker, ...query.filters },
        },
        flavorListSchema,
      );
      return { items: body.flavors, next: markerFromLinks(body.flavors_links) };
    },

    async getFlavor(id: string): Promise<Flavor> {
      return (
        await osFetch(t, { service: 'compute', path: `/flavors/${seg(id)}` }, flavorBodySchema)
      ).flavor;
    },

    async createFlavor(flavor: CreateFlavorRequest): Promise<Flavor> {
      return (
        await osFetch(
          t,
          { service: 'compute', method: 'POST', path: '/flavors', body: { flavor } },
          flavorBodySchema,
        )
      ).flavor;
    },

    async deleteFlavor(id: string): Promise<void> {
      await osSend(t, { service: 'compute', method: 'DELETE', path: `/flavors/${seg(id)}` });
    },

    async getExtraSpecs(id: string): Promise<Record<string, string>> {
      return (
        await osFetch(
          t,
          { service: 'compute', path: `/flavors/${seg(id)}/os-extra_specs` },
          extraSpecsSchema,
        )
      ).extra_specs;
    },

    async setExtraSpecs(
      id: string,
      specs: Record<string, string>,
    ): Promise<Record<string, string>> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          method: 'POST',
          path: `/flavors/${seg(id)}/os-extra_specs`,
          body: { extra_specs: specs },
        },
        extraSpecsSchema,
      );
      return body.extra_specs;
    },

    async deleteExtraSpec(id: string, key: string): Promise<void> {
      await osSend(t, {
        service: 'compute',
        method: 'DELETE',
        path: `/flavors/${seg(id)}/os-extra_specs/${seg(key)}`,
      });
    },

    async listFlavorAccess(id: string): Promise<string[]> {
      const body = await osFetch(
        t,
        { service: 'compute', path: `/flavors/${seg(id)}/os-flavor-access` },
        flavorAccessSchema,
      );
      return body.flavor_access.map((a) => a.tenant_id);
    },

    async setFlavorAccess(id: string, projectId: string, allow: boolean): Promise<void> {
      const action = allow
        ? { addTenantAccess: { tenant: projectId } }
        : { removeTenantAccess: { tenant: projectId } };
      await osSend(t, {
        service: 'compute',
        method: 'POST',
        path: `/flavors/${seg(id)}/action`,
        body: action,
      });
    },
  };
}
