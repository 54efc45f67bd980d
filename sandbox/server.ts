import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bannerLines } from './banner';
import { resolveOptions, type SandboxOptions } from './config';
import { CONTROL_PATH } from './faults/control';
import { faultGate } from './faults/fault-gate';
import { FaultSwitch } from './faults/fault-switch';
import { listen, type Listener } from './http/listener';
import { createIdentityApp } from './identity/app';
import { syncCatalog, type CatalogService } from './identity/catalog';
import { seedIdentity } from './identity/seed';
import { REGIONAL_SERVICES } from './regional-services';
import { emptyState } from './state';
import { loadState, Store } from './store';
import { REGIONS, regionalPort } from './topology';

export type { SandboxOptions } from './config';

export interface RunningSandbox {
  /** Keystone v3, e.g. http://127.0.0.1:8788/v3 */
  authUrl: string;
  /** region -> service type -> URL, as the catalog lists them. */
  endpoints: Record<string, Record<string, string>>;
  close(): Promise<void>;
  /** The fault switch's control URL, when started with `faults: true`. */
  faultsUrl?: string;
}

/** A wildcard bind address is not something a client can connect to. */
function publicHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const options = resolveOptions(opts);
  const state = (options.statePath ? await loadState(options.statePath) : null) ?? emptyState();
  await seedIdentity(state.identity, REGIONS, options.students, options.studentPassword);
  for (const service of REGIONAL_SERVICES) service.seed(state, REGIONS, Date.now());
  const store = new Store(state, options.statePath);
  // Files (image data) live beside the state file, or in a temporary directory.
  const dataRoot = options.statePath
    ? `${options.statePath}.data`
    : await mkdtemp(path.join(tmpdir(), 'sandbox-data-'));
  const removeData = () =>
    options.statePath ? Promise.resolve() : rm(dataRoot, { recursive: true, force: true });
  const now = () => Date.now();
  const host = publicHost(options.host);

  const faults = options.faults
    ? new FaultSwitch(['identity', ...REGIONAL_SERVICES.map((s) => s.type)])
    : null;

  const listeners: Listener[] = [];
  try {
    const identityApp = createIdentityApp({ store, tokenTtlSeconds: options.tokenTtlSeconds, now });
    const identity = await listen(
      options.host,
      options.port,
      identityApp,
      faults ? faultGate(faults, 'identity', identityApp, { control: true }) : undefined,
    );
    listeners.push(identity);
    const keystoneUri = `http://${host}:${identity.port}`;
    const authUrl = `${keystoneUri}/v3`;

    const endpoints: Record<string, Record<string, string>> = {};
    const identityEntry: CatalogService = { type: 'identity', name: 'keystone', urls: {} };
    const regional = REGIONAL_SERVICES.map((service) => {
      const entry: CatalogService = { type: service.type, name: service.name, urls: {} };
      const aliases = (service.aliases ?? []).map((a): CatalogService => ({
        ...a,
        urls: entry.urls,
      }));
      return { service, entry, aliases };
    });
    for (const region of REGIONS) {
      const regionEndpoints: Record<string, string> = { identity: `${authUrl}/` };
      identityEntry.urls[region] = `${authUrl}/`;
      for (const { service, entry } of regional) {
        const port = options.port === 0 ? 0 : regionalPort(identity.port, region, service.type);
        const app = service.create({
          store,
          regionId: region,
          now,
          keystoneUri: () => keystoneUri,
          bootMs: options.bootMs,
          dataDir: path.join(dataRoot, service.type, region),
        });
        const gate = faults ? faultGate(faults, service.type, app) : undefined;
        const listener = await listen(options.host, port, app, gate);
        listeners.push(listener);
        const url = `http://${host}:${listener.port}${service.path}`;
        regionEndpoints[service.type] = url;
        entry.urls[region] = url;
      }
      endpoints[region] = regionEndpoints;
    }
    const catalog = [identityEntry, ...regional.flatMap((r) => [r.entry, ...r.aliases])];
    syncCatalog(state.identity, catalog);
    store.changed();
    if (!options.quiet) {
      console.log(
        bannerLines({
          authUrl,
          endpoints,
          students: options.students,
          studentPassword: options.studentPassword,
          statePath: options.statePath,
        }).join('\n'),
      );
      if (faults) console.log(`Fault switch (tests only): ${keystoneUri}${CONTROL_PATH}`);
    }

    let closing: Promise<void> | null = null;
    return {
      authUrl,
      endpoints,
      ...(faults ? { faultsUrl: `${keystoneUri}${CONTROL_PATH}` } : {}),
      close: () =>
        (closing ??= Promise.all(listeners.map((l) => l.close()))
          .then(() => store.close())
          .then(removeData)),
    };
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close()));
    await removeData();
    throw err;
  }
}
