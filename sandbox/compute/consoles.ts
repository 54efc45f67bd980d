import { randomUUID } from 'node:crypto';
import { bootLog, tailLog, REBOOTING_ACTIONS } from './boot-log';
import * as bridges from './bridges';
import { badRequest, conflict, notFound } from './faults';
import { atLeast } from './microversion';
import { requestJson } from './request-body';
import { findServer } from './server-store';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// os-getConsoleOutput (a cirros-like boot log), remote consoles (2.6+) and the
// legacy os-getVNCConsole action, with a small console page the compute
// listener serves itself at /vnc_lite.html?path=?token=<token>.

/** [consoleauth] token_ttl */
export const CONSOLE_TOKEN_TTL_MS = 600_000;

export function consoleOutputAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  validateBody(
    {
      type: 'object',
      properties: {
        'os-getConsoleOutput': {
          type: 'object',
          properties: {
            length: { type: ['integer', 'string', 'null'], pattern: '^-?[0-9]+$', minimum: -1 },
          },
          additionalProperties: false,
        },
      },
      required: ['os-getConsoleOutput'],
      additionalProperties: false,
    },
    body,
  );
  const raw = (body as { 'os-getConsoleOutput': { length?: unknown } })['os-getConsoleOutput']
    .length;
  if (!server.host) throw conflict(`Instance ${server.id} is not ready`);
  const addresses = Object.values(bridges.serverAddresses(call.state, call.regionId, server.id))
    .flat()
    .map((a) => String(a.addr));
  const stopped = ['stopped', 'shelved', 'suspended'].includes(server.state.vmState);
  const length = raw === undefined || raw === null ? null : Number(raw);
  // Every finished reboot, start or rebuild printed another boot after a shutdown.
  const reboots = call.region.instanceActions.filter(
    (a) =>
      a.serverId === server.id &&
      REBOOTING_ACTIONS.includes(a.action) &&
      a.events.every((e) => e.finishAt <= call.now),
  ).length;
  const lines: string[] = [];
  for (let boot = 0; boot <= reboots; boot += 1) {
    if (boot > 0) lines.push('', 'Stopping dropbear sshd: OK', 'reboot: Restarting system');
    lines.push(...bootLog(server, addresses));
  }
  if (stopped)
    lines.push('', 'Stopping dropbear sshd: OK', 'Stopping network: OK', 'reboot: Power down');
  const output = tailLog(lines, length);
  return { status: 200, body: { output } };
}

function newConsoleUrl(call: ComputeCall, server: ServerRecord, type: string): string {
  if (!server.host) throw conflict(`Instance ${server.id} is not ready`);
  if (server.state.taskState === 'deleting' || server.state.taskState === 'migrating') {
    throw conflict(
      `Cannot 'get_vnc_console' instance ${server.id} while it is in task_state ${server.state.taskState}`,
    );
  }
  const token = randomUUID();
  call.region.consoles = call.region.consoles.filter((c) => c.expiresAt > call.now);
  call.region.consoles.push({
    token,
    serverId: server.id,
    type,
    expiresAt: call.now + CONSOLE_TOKEN_TTL_MS,
  });
  return `${call.req.origin}/vnc_lite.html?path=%3Ftoken%3D${token}`;
}

/** The pre-2.6 action; from 2.6 remote-consoles replaces it. */
export function legacyVncConsoleAction(
  call: ComputeCall,
  server: ServerRecord,
  body: unknown,
): SandboxResponse {
  if (atLeast(call.version, '2.6')) throw notFound();
  validateBody(
    {
      type: 'object',
      properties: {
        'os-getVNCConsole': {
          type: 'object',
          properties: { type: { type: 'string', enum: ['novnc', 'xvpvnc'] } },
          required: ['type'],
          additionalProperties: false,
        },
      },
      required: ['os-getVNCConsole'],
      additionalProperties: false,
    },
    body,
  );
  const type = (body as { 'os-getVNCConsole': { type: string } })['os-getVNCConsole'].type;
  if (type !== 'novnc') throw badRequest(`Unavailable console type ${type}.`);
  return { status: 200, body: { console: { type, url: newConsoleUrl(call, server, type) } } };
}

/** POST /servers/{server_id}/remote-consoles (2.6+); the sandbox offers noVNC only. */
export function createRemoteConsole(call: ComputeCall): SandboxResponse {
  const protocols = [
    'vnc',
    'spice',
    'rdp',
    'serial',
    ...(atLeast(call.version, '2.8') ? ['mks'] : []),
  ];
  const types = [
    'novnc',
    'xvpvnc',
    'rdp-html5',
    'spice-html5',
    'serial',
    ...(atLeast(call.version, '2.8') ? ['webmks'] : []),
  ];
  const body = requestJson(call.req);
  validateBody(
    {
      type: 'object',
      properties: {
        remote_console: {
          type: 'object',
          properties: {
            protocol: { type: 'string', enum: protocols },
            type: { type: 'string', enum: types },
          },
          required: ['protocol', 'type'],
          additionalProperties: false,
        },
      },
      required: ['remote_console'],
      additionalProperties: false,
    },
    body,
  );
  const { protocol, type } = (body as { remote_console: { protocol: string; type: string } })
    .remote_console;
  const server = findServer(call, call.req.params.server_id ?? '');
  if (protocol !== 'vnc' || type !== 'novnc') throw badRequest(`Unavailable console type ${type}.`);
  const url = newConsoleUrl(call, server, type);
  call.changed();
  return { status: 200, body: { remote_console: { protocol, type, url } } };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** GET /vnc_lite.html?path=?token=…: a page that looks like a noVNC session at a login prompt. */
export function consolePage(
  req: SandboxRequest,
  lookup: (token: string) => { server: ServerRecord; addresses: string[] } | null,
): SandboxResponse {
  const path = req.query.get('path') ?? '';
  const token =
    new URLSearchParams(path.replace(/^\?/, '')).get('token') ?? req.query.get('token') ?? '';
  const found = lookup(token);
  const html = (title: string, body: string) =>
    Buffer.from(
      `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        '<style>body{margin:0;background:#282828;color:#ddd;font-family:sans-serif}' +
        '#status{background:#6e84a3;color:#fff;padding:4px 8px;font-size:14px}' +
        'pre{margin:0;padding:8px;background:#000;color:#c0c0c0;font:14px/1.3 monospace;min-height:480px}</style>' +
        `</head><body>${body}</body></html>\n`,
    );
  // A guest that is not running has no display for the proxy to connect to.
  if (!found || ![1, 3].includes(found.server.state.powerState)) {
    return {
      status: 401,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: html('noVNC', '<div id="status">Failed to connect to server (code: 1006)</div>'),
    };
  }
  const { server, addresses } = found;
  const screen = bootLog(server, addresses).slice(-12).join('\n');
  return {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body: html(
      `noVNC - ${server.name}`,
      `<div id="status" role="status">Connected (unencrypted) to: QEMU (${escapeHtml(server.hostname)})</div>` +
        `<pre aria-label="console of ${escapeHtml(server.name)}">${escapeHtml(screen)}<span class="cursor">_</span></pre>`,
    ),
  };
}
