// Upstream call counts for the benchmarks (scripts/bench/). Off unless
// DASHBOARD_METRICS=1; even then only for a signed-in admin (lib/metrics-access.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { metricsAccess } from '@/lib/metrics-access';
import { sessionState } from '@/lib/session-cookie';
import { resetUpstreamCallCounts, upstreamCallCounts } from '@/lib/upstream-metrics';

export const dynamic = 'force-dynamic';

async function refusal(req: NextRequest): Promise<NextResponse | null> {
  const access = metricsAccess(await sessionState(req.cookies));
  if (access === 'allowed') return null;
  return access === 'forbidden'
    ? NextResponse.json({ error: 'Forbidden: metrics are for admins.' }, { status: 403 })
    : NextResponse.json({ error: 'Not Found' }, { status: 404 });
}

export async function GET(req: NextRequest) {
  const refused = await refusal(req);
  if (refused) return refused;
  return NextResponse.json(upstreamCallCounts(), { headers: { 'cache-control': 'no-store' } });
}

export async function DELETE(req: NextRequest) {
  const refused = await refusal(req);
  if (refused) return refused;
  resetUpstreamCallCounts();
  return new NextResponse(null, { status: 204 });
}
