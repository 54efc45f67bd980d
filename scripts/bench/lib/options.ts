// The options every page benchmark takes (--cloud, --sizes, --runs, --idle,
// --port, --sandbox-port) beside its own, parsed once, numbers as numbers.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface PageBenchDefaults {
  /** Default --sizes per cloud (comma-separated); omit when the bench has none. */
  sizes?: { sandbox: string; devcloud: string };
  runs?: number;
  idle: number;
  port: number;
  sandboxPort: number;
}

type OwnValues<O extends ParseArgsOptionsConfig> = {
  [K in keyof O]: O[K] extends { type: 'boolean' }
    ? boolean | undefined
    : O[K] extends { default: string }
      ? string
      : string | undefined;
};

const DEVCLOUD_AUTH_URL = process.env.DEVCLOUD_AUTH_URL ?? 'http://127.0.0.1:5000/v3';

export function pageBenchOptions<O extends ParseArgsOptionsConfig>(
  defaults: PageBenchDefaults,
  own: O,
) {
  const common: ParseArgsOptionsConfig = {
    cloud: { type: 'string', default: 'sandbox' },
    sizes: { type: 'string' },
    runs: { type: 'string', default: String(defaults.runs ?? 5) },
    idle: { type: 'string', default: String(defaults.idle) },
    port: { type: 'string', default: String(defaults.port) },
    'sandbox-port': { type: 'string', default: String(defaults.sandboxPort) },
  };
  const values = parseArgs({ options: { ...own, ...common } }).values as Record<
    string,
    string | undefined
  >;
  const onDevcloud = values.cloud === 'devcloud';
  const sizesText = values.sizes ?? defaults.sizes?.[onDevcloud ? 'devcloud' : 'sandbox'] ?? '';
  return {
    /** The bench's own options, as parseArgs gives them. */
    own: values as unknown as OwnValues<O>,
    onDevcloud,
    /** Where the devcloud's Keystone is (DEVCLOUD_AUTH_URL to move it). */
    devcloudAuthUrl: DEVCLOUD_AUTH_URL,
    sizes: sizesText ? sizesText.split(',').map(Number) : [],
    runs: Number(values.runs),
    idleSeconds: Number(values.idle),
    port: Number(values.port),
    sandboxPort: Number(values['sandbox-port']),
  };
}
