// GET ?students=<prefix>: Class Progress's rows, computed on the server with the
// admin's token (the page polls it). Admins only, same origin only.
import { NextResponse, type NextRequest } from 'next/server';
import { classProgress } from '@/components/class-progress/class-progress-data';
import { DEFAULT_STUDENT_FILTER } from '@/components/class-progress/roster';
import { serverApiFor } from '@/lib/server-api';
import { sessionState } from '@/lib/session-cookie';
import { loadWalkthroughs } from '@/lib/walkthroughs/load';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'private, no-store' };

export async function GET(req: NextRequest) {
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    return NextResponse.json({ error: 'Cross-origin request refused.' }, { status: 403 });
  }
  const state = await sessionState(req.cookies);
  if (state.status !== 'ok') {
    return NextResponse.json({ error: 'Not signed in.', sessionExpired: true }, { status: 401 });
  }
  if (!state.token.roles.includes('admin')) {
    return NextResponse.json(
      { error: 'You are not authorized to view this page.' },
      { status: 403, headers: NO_STORE },
    );
  }
  const filter = req.nextUrl.searchParams.get('students') ?? DEFAULT_STUDENT_FILTER;
  const api = await serverApiFor(state.token);
  const { walkthroughs } = await loadWalkthroughs();
  try {
    const rows = await classProgress(api, walkthroughs, filter);
    return NextResponse.json({ rows }, { headers: NO_STORE });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return NextResponse.json({ error: message }, { status: 502, headers: NO_STORE });
  }
}
