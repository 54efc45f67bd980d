// GET: each step of a walkthrough checked against the real cloud state of the
// signed-in user's project. ?visited=/a,/b passes the pages the browser opened.
import { NextResponse, type NextRequest } from 'next/server';
import { serverApiFor } from '@/lib/server-api';
import { sessionState } from '@/lib/session-cookie';
import { evaluateWalkthrough } from '@/lib/walkthroughs/conditions';
import { findWalkthrough } from '@/lib/walkthroughs/load';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'private, no-store' };

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    return NextResponse.json({ error: 'Cross-origin request refused.' }, { status: 403 });
  }
  const state = await sessionState(req.cookies);
  if (state.status !== 'ok') {
    return NextResponse.json({ error: 'Not signed in.' }, { status: 401 });
  }
  const { id } = await params;
  const walkthrough = await findWalkthrough(id);
  if (!walkthrough) {
    return NextResponse.json({ error: `No walkthrough ${id}.` }, { status: 404 });
  }
  const visited = (req.nextUrl.searchParams.get('visited') ?? '')
    .split(',')
    .filter((p) => p.startsWith('/'))
    .slice(0, 100);
  const api = await serverApiFor(state.token);
  const progress = await evaluateWalkthrough({ api }, walkthrough, {
    user: state.token.user.name,
    visited,
  });
  return NextResponse.json(progress, { headers: NO_STORE });
}
