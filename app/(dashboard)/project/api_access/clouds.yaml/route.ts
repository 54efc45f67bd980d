// The current user's clouds.yaml for the current project and region.
import { accessFileResponse } from '@/lib/access-files/download';
import type { NextRequest } from 'next/server';

export const dynamic = 'force-dynamic';

export function GET(req: NextRequest) {
  return accessFileResponse(req, 'clouds.yaml');
}
