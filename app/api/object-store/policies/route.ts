// Swift's storage policies (GET /info at the object-store proxy's root) for the
// Create Container form: the browser's proxy only reaches paths under the catalog's.
import { NextResponse, type NextRequest } from 'next/server';
import { catalogFor } from '@/lib/catalog-cache';
import { endpointInterface } from '@/lib/config';
import { findEndpoint } from '@/lib/openstack/catalog';
import { readStoragePolicies } from '@/lib/openstack/object-store/storage-policies';
import { sessionState } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'cache-control': 'private, no-store' };

export async function GET(req: NextRequest) {
  const state = await sessionState(req.cookies);
  if (state.status !== 'ok') {
    return NextResponse.json({ error: 'Not signed in.' }, { status: 401, headers: PRIVATE });
  }
  const { token } = state;
  try {
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    const endpoint = findEndpoint(catalog, 'object-store', token.region, endpointInterface());
    if (!endpoint) {
      return NextResponse.json(
        { error: 'This cloud has no Object Store in this region.' },
        { status: 404, headers: PRIVATE },
      );
    }
    return NextResponse.json(await readStoragePolicies(endpoint), { headers: PRIVATE });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return NextResponse.json({ error: message }, { status: 502, headers: PRIVATE });
  }
}
