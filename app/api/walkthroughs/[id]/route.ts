// GET: one walkthrough as the overlay needs it (the file, parsed and checked).
import { NextResponse, type NextRequest } from 'next/server';
import { sessionState } from '@/lib/session-cookie';
import { findWalkthrough } from '@/lib/walkthroughs/load';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  if ((await sessionState(req.cookies)).status !== 'ok') {
    return NextResponse.json({ error: 'Not signed in.' }, { status: 401 });
  }
  const { id } = await params;
  const walkthrough = await findWalkthrough(id);
  if (!walkthrough) {
    return NextResponse.json({ error: `No walkthrough ${id}.` }, { status: 404 });
  }
  return NextResponse.json(walkthrough, { headers: { 'cache-control': 'private, no-store' } });
}
