import { forward } from '@/lib/proxy/forward';
import type { NextRequest } from 'next/server';

// Every method goes through the same rules (session, origin, allow-list, catalog).
export const dynamic = 'force-dynamic';

function handle(req: NextRequest): Promise<Response> {
  return forward(req);
}

export {
  handle as GET,
  handle as HEAD,
  handle as POST,
  handle as PUT,
  handle as PATCH,
  handle as DELETE,
};
