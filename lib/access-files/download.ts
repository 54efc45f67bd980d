// The openrc and clouds.yaml downloads: built from the signed-in session on
// each GET and sent as attachments that are never cached.
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_EXPIRED_MESSAGE } from '@/lib/proxy/error-response';
import { sessionState } from '@/lib/session-cookie';
import {
  accessFacts,
  CLOUDS_YAML_FILE_NAME,
  openrcFileName,
  type AccessFacts,
} from './access-facts';
import { buildCloudsYaml } from './clouds-yaml';
import { buildOpenrc } from './openrc';

export type AccessFileKind = 'openrc' | 'clouds.yaml';

const FILES: Record<
  AccessFileKind,
  { name: (f: AccessFacts) => string; build: (f: AccessFacts) => string }
> = {
  openrc: { name: openrcFileName, build: buildOpenrc },
  'clouds.yaml': { name: () => CLOUDS_YAML_FILE_NAME, build: buildCloudsYaml },
};

export async function accessFileResponse(
  req: NextRequest,
  kind: AccessFileKind,
): Promise<Response> {
  const state = await sessionState(req.cookies);
  if (state.status !== 'ok') {
    return NextResponse.json(
      { error: { message: SESSION_EXPIRED_MESSAGE, sessionExpired: true } },
      { status: 401, headers: { 'cache-control': 'private, no-store' } },
    );
  }
  const facts = accessFacts(state.token);
  const file = FILES[kind];
  return new Response(file.build(facts), {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      // The name is made of safe characters only (openrcFileName).
      'content-disposition': `attachment; filename="${file.name(facts)}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
