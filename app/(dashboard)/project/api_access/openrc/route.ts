// The current user's Keystone v3 openrc for the current project and region.
import { accessFileResponse } from '@/lib/access-files/download';
import type { NextRequest } from 'next/server';

export const dynamic = 'force-dynamic';

export function GET(req: NextRequest) {
  return accessFileResponse(req, 'openrc');
}
