// Upstream call counts for the benchmarks (scripts/bench/). Off unless
// DASHBOARD_METRICS=1; even then only for a signed-in user, and only counts.
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { sessionState } from '@/lib/session-cookie';
import { resetUpstreamCallCounts, upstreamCallCounts } from '@/lib/upstream-metrics';

export const dynamic = 'force-dynamic';

async function allowed(): Promise<boolean> {
  if (process.env.DASHBOARD_METRICS !== '1') return false;
  return (await sessionState(await cookies())).status === 'ok';
}

export async function GET() {
  if (!(await allowed())) return NextResponse.json({ error: 'Not Found' }, { status: 404 });
  return NextResponse.json(upstreamCallCounts(), { headers: { 'cache-control': 'no-store' } });
}

export async function DELETE() {
  if (!(await allowed())) return NextResponse.json({ error: 'Not Found' }, { status: 404 });
  resetUpstreamCallCounts();
  return new NextResponse(null, { status: 204 });
}
