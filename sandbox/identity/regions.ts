import { authenticateCaller } from './caller';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { notFound } from './errors';
import { collection, regionRef } from './refs';
import type { Router } from '../http/router';

// /v3/regions: any authenticated caller may read them (policy "").

export function addRegionRoutes(router: Router, deps: IdentityDeps): void {
  router.add('GET', '/v3/regions', (req) => {
    const state = deps.store.state.identity;
    authenticateCaller(state, req, deps.now());
    const base = identityBase(req);
    const parent = req.query.get('parent_region_id');
    // Every sandbox region is top level, so filtering by any parent leaves nothing.
    const regions = parent === null ? state.regions : [];
    return {
      status: 200,
      body: collection(
        'regions',
        regions.map((r) => regionRef(r, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('GET', '/v3/regions/{region_id}', (req) => {
    const state = deps.store.state.identity;
    authenticateCaller(state, req, deps.now());
    const id = req.params.region_id ?? '';
    const region = state.regions.find((r) => r.id === id);
    if (!region) throw notFound(`Could not find region: ${id}.`);
    return { status: 200, body: { region: regionRef(region, identityBase(req)) } };
  });
}
