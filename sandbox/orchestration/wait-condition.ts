import { fernetLikeToken, uuidHex } from '../ids';
import { CloudCallError } from './cloud';
import { ResourceFailure, s, type ResourcePlugin, type Waiting } from './plugin';
import { pyJson } from '../object-store/py-json';
import type { HeatResource, HeatSignal, HeatStack } from './schema';

// Heat's wait conditions: a handle gives an endpoint and a token to POST signals
// to (signal.ts answers them), and a wait condition stays CREATE_IN_PROGRESS
// until `count` SUCCESS signals came to its handle, failing on a FAILURE signal
// or when `timeout` seconds have passed, in the words the devcloud's Heat uses.

export const HANDLE = 'OS::Heat::WaitConditionHandle';
export const WAIT = 'OS::Heat::WaitCondition';

const TRANSPORTS = [
  'CFN_SIGNAL',
  'TEMP_URL_SIGNAL',
  'HEAT_SIGNAL',
  'NO_SIGNAL',
  'ZAQAR_SIGNAL',
  'TOKEN_SIGNAL',
];
/** Transports the sandbox emulates: a token for its signal URL, the user's own token, none. */
const EMULATED = ['TOKEN_SIGNAL', 'HEAT_SIGNAL', 'NO_SIGNAL'];

/** Python's json.dumps: ", " and ": " between items, anything not ASCII as \u escapes. */
function pythonJson(value: unknown): string {
  return pyJson(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The wait condition's `data`: every signal's data keyed by its id, in arrival order. */
export function signalData(handle: HeatResource | undefined): string {
  const signals = handle?.signals ?? [];
  return `{${signals.map((x) => `${pythonJson(x.id)}: ${pythonJson(x.data ?? null)}`).join(', ')}}`;
}

/**
 * Keeps one signal on the handle as Heat does: the body's status (SUCCESS when
 * absent; any other value is ignored: null), reason, data and id (both numbered
 * after the signals already kept); a known id replaces its signal in place.
 */
export function recordSignal(handle: HeatResource, body: unknown): HeatSignal | null {
  const b =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const status = b.status === undefined ? 'SUCCESS' : b.status;
  if (status !== 'SUCCESS' && status !== 'FAILURE') return null;
  const signals = (handle.signals ??= []);
  const n = signals.length + 1;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const signal: HeatSignal = {
    id: b.id === undefined || b.id === null ? String(n) : text(b.id),
    status,
    reason: b.reason === undefined || b.reason === null ? `Signal ${n} received` : text(b.reason),
    data: b.data ?? null,
  };
  const at = signals.findIndex((x) => x.id === signal.id);
  if (at >= 0) signals[at] = signal;
  else signals.push(signal);
  return signal;
}

/** The event text of a signal, as Heat writes it (SIGNAL_COMPLETE on the handle). */
export const signalReason = (x: HeatSignal) => `Signal: status:${x.status} reason:${x.reason}`;

/** The handle a wait condition's `handle` property names (its id, or its name), if it is one. */
function handleOf(stack: HeatStack, ref: unknown): HeatResource | string {
  const value = String(ref);
  const r =
    stack.resources.find((x) => x.physicalId === value && x.status !== 'REPLACED') ??
    stack.resources.find((x) => x.name === value && x.status !== 'REPLACED');
  return r?.type === HANDLE ? r : (r?.name ?? value);
}

/** Sets `data` on every wait condition of the stack from its handle's signals. */
export function refreshWaitData(stack: HeatStack): void {
  for (const r of stack.resources) {
    if (r.type !== WAIT || r.action === 'INIT') continue;
    const handle = handleOf(stack, r.properties.handle);
    if (typeof handle !== 'string') r.attributes = { ...r.attributes, data: signalData(handle) };
  }
}

async function waitForSignals(w: Waiting): Promise<void> {
  const handle = handleOf(w.stack, w.props.handle);
  if (typeof handle === 'string')
    throw new ResourceFailure('ValueError', `${handle} is not a valid wait condition handle.`);
  const count = Number(w.props.count ?? 1);
  const deadline = w.now() + Number(w.props.timeout) * 1000;
  // A handle that takes no signal counts as signalled once.
  if (handle.properties.signal_transport === 'NO_SIGNAL' && !handle.signals?.length) {
    const signal = recordSignal(handle, {});
    if (signal) w.event(handle, 'SIGNAL_COMPLETE', signalReason(signal));
    w.changed();
  }
  for (;;) {
    const signals = handle.signals ?? [];
    w.resource.attributes = { ...w.resource.attributes, data: signalData(handle) };
    const failures = signals.filter((x) => x.status === 'FAILURE');
    if (failures.length > 0)
      throw new ResourceFailure('WaitConditionFailure', failures.map((x) => x.reason).join(';'));
    const successes = signals.filter((x) => x.status === 'SUCCESS');
    if (handle.properties.signal_transport === 'NO_SIGNAL' || successes.length >= count) return;
    if (w.cancelled()) return;
    if (w.now() >= deadline)
      throw new ResourceFailure(
        'WaitConditionTimeout',
        `${successes.length} of ${count} received${
          successes.length ? ` - ${successes.map((x) => x.reason).join(';')}` : ''
        }`,
      );
    await w.pause();
  }
}

/** Types a group cannot hold here: the engine waits only on a stack's own resources. */
export const NOT_IN_GROUPS = [HANDLE, WAIT];

export const WAIT_RESOURCE_TYPES: Record<string, ResourcePlugin> = {
  [HANDLE]: {
    description: 'Resource for managing instance signals.',
    properties: {
      signal_transport: s(
        'How the client will signal the wait condition. TOKEN_SIGNAL will allow an HTTP POST to a Heat API endpoint with the provided keystone token. HEAT_SIGNAL will allow calls to the Heat API resource-signal using the provided keystone credentials. NO_SIGNAL will result in the resource going to a signalled state without waiting for any signal. The sandbox cloud does not emulate CFN_SIGNAL, TEMP_URL_SIGNAL and ZAQAR_SIGNAL.',
        { default: 'TOKEN_SIGNAL', constraints: [{ allowed_values: TRANSPORTS }] },
      ),
    },
    attributes: {
      token:
        'Token for stack-user which can be used for signalling handle when signal_transport is set to TOKEN_SIGNAL. None for all other signal transports.',
      endpoint:
        'Endpoint/url which can be used for signalling handle when signal_transport is set to TOKEN_SIGNAL. None for all other signal transports.',
      curl_cli:
        'Convenience attribute, provides curl CLI command prefix, which can be used for signalling handle completion or failure when signal_transport is set to TOKEN_SIGNAL. You can signal success by adding --data-binary \'{"status": "SUCCESS"}\' , or signal failure by adding --data-binary \'{"status": "FAILURE"}\'. This attribute is set to None for all other signal transports.',
      signal:
        'JSON serialized map that includes the endpoint, token and/or other attributes the client must use for signalling this handle. The contents of this map depend on the type of signal selected in the signal_transport property.',
      show: 'Detailed information about resource.',
    },
    async create(cloud, props, ctx) {
      const transport = String(props.signal_transport ?? 'TOKEN_SIGNAL');
      if (!EMULATED.includes(transport))
        throw new CloudCallError(
          400,
          `signal_transport ${transport} is not available in the sandbox cloud (it emulates ${EMULATED.join(', ')})`,
        );
      if (!ctx.stackId)
        throw new CloudCallError(400, 'A wait condition handle signals only in a stack.');
      // As Heat, the handle's id is its stack user's id; the token signals this handle only.
      const physicalId = uuidHex();
      if (transport !== 'TOKEN_SIGNAL')
        return {
          physicalId,
          attributes: {
            token: null,
            endpoint: null,
            curl_cli: null,
            signal: transport === 'NO_SIGNAL' ? '{}' : 'null',
          },
        };
      const token = fernetLikeToken();
      const endpoint = `${cloud.endpoint('orchestration')}/stacks/${ctx.stackName}/${ctx.stackId}/resources/${encodeURIComponent(ctx.name)}/signal`;
      return {
        physicalId,
        attributes: {
          token,
          endpoint,
          curl_cli: `curl -i -X POST -H 'X-Auth-Token: ${token}' -H 'Content-Type: application/json' -H 'Accept: application/json' ${endpoint}`,
          signal: 'null',
        },
      };
    },
  },
  [WAIT]: {
    description: 'Resource for handling signals received by WaitConditionHandle.',
    properties: {
      handle: s('A reference to the wait condition handle used to signal this wait condition.', {
        required: true,
      }),
      timeout: {
        type: 'number',
        description: 'The number of seconds to wait for the correct number of signals to arrive.',
        required: true,
        constraints: [{ range: { min: 1, max: 43200 } }],
      },
      count: {
        type: 'integer',
        description:
          'The number of success signals that must be received before the stack creation process continues.',
        default: 1,
        update_allowed: true,
        constraints: [{ range: { min: 1 } }],
      },
    },
    attributes: {
      data: 'JSON string containing data associated with wait condition signals sent to the handle.',
      show: 'Detailed information about resource.',
    },
    async create() {
      // Heat gives a wait condition no id: its reference is its name.
      return { physicalId: '', attributes: { data: '{}' } };
    },
    waitFor: waitForSignals,
  },
};
