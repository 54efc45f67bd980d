// Equivalent commands for instance actions. Heat describes resources, not
// actions: where an action is a property change, the HOT shows that property.
import { SDK_CONNECT } from '@/lib/equivalents/preamble';
import { py, sh } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

function names(servers: { name: string }[]): string {
  return servers.map((s) => sh(s.name)).join(' ');
}

function sdkEach(servers: { name: string }[], call: (ref: string) => string): string {
  const lines = servers.map(
    (s) => `server = conn.compute.find_server(${py(s.name)})\n${call('server')}`,
  );
  return `${SDK_CONNECT}\n${lines.join('\n')}`;
}

const NO_HOT =
  '# Heat describes what exists, not one-off actions:\n# run this action with the CLI or the SDK instead.';

/** An action with no arguments: `openstack server <verb> NAME…` and one SDK call per server. */
export function simpleEquivalents(
  cli: string,
  sdk: (ref: string) => string,
  servers: { name: string }[],
  hot: string = NO_HOT,
): Equivalents {
  return { cli: `openstack ${cli} ${names(servers)}`, sdk: sdkEach(servers, sdk), hot };
}

export function serverPropertyHot(property: string, value: string): string {
  return [
    '# In a stack, change the server property and update the stack:',
    'resources:',
    '  server:',
    '    type: OS::Nova::Server',
    '    properties:',
    `      ${property}: ${value}`,
    '# openstack stack update --existing -t template.yaml <stack>',
  ].join('\n');
}
