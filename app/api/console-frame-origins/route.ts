// The origins the Console tab may frame (DASHBOARD_FRAME_SRC, as the CSP's
// frame-src has them), for a signed-in user: the browser cannot read them itself.
import { NextResponse, type NextRequest } from 'next/server';
import { frameSources } from '@/lib/csp';
import { sessionState } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  if ((await sessionState(req.cookies)).status !== 'ok') {
    return NextResponse.json({ error: 'Not signed in.' }, { status: 401 });
  }
  return NextResponse.json(
    { origins: frameSources() },
    { headers: { 'cache-control': 'private, no-store' } },
  );
}
