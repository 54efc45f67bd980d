import { NextResponse } from 'next/server';
import { statusTitle, type FailureReason, type NormalisedError } from '@/lib/openstack/errors';

export interface ProxyErrorBody {
  error: NormalisedError & { sessionExpired?: boolean };
  /** The body exactly as OpenStack sent it, when it came from upstream. */
  upstream?: unknown;
}

export function errorResponse(
  code: number,
  message: string,
  service: string,
  extra: {
    sessionExpired?: boolean;
    upstream?: unknown;
    requestId?: string;
    title?: string;
    /** The proxy wrote the message itself: the browser shows it as it is. */
    reason?: FailureReason;
  } = {},
): NextResponse<ProxyErrorBody> {
  const body: ProxyErrorBody = {
    error: {
      code,
      title: extra.title ?? statusTitle(code),
      message,
      service,
      ...(extra.requestId ? { requestId: extra.requestId } : {}),
      ...(extra.sessionExpired ? { sessionExpired: true } : {}),
      ...(extra.reason ? { reason: extra.reason } : {}),
    },
    ...(extra.upstream !== undefined ? { upstream: extra.upstream } : {}),
  };
  return NextResponse.json(body, { status: code, headers: { 'cache-control': 'no-store' } });
}

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired.';
