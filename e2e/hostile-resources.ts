// One resource of each kind the dashboard lists, made through its own proxy with
// a hostile name (markup that would run script if a page injected it as HTML),
// and what each panel must then show as plain text. Read by hostile-names.spec.ts.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { E2E } from './env';
import { waitStack } from './magnum';
import { lookupIds } from './servers';

/** Markup that makes an element (and runs script) if a page puts it into the DOM as HTML. */
export const PAYLOAD = '<img src=x onerror=alert(1)>';

const ORIGIN = { Origin: E2E.baseUrl };
const MAGNUM = { 'OpenStack-API-Version': 'container-infra 1.10' };

/** A row action opened on the panel's list, and how its dialog shows the hostile text. */
export interface HostileRowAction {
  label: string;
  /** `text`: in the dialog's words; `value`: in a field's value; `none`: not shown (the row has no name). */
  shows: 'text' | 'value' | 'none';
  /** The hostile text looked for, when not the resource's own. */
  text?: string;
}

/** A page to visit, the hostile texts it must show, and its tabs with theirs. */
export interface HostilePage {
  path: string;
  texts: string[];
  /** Each tab's hostile texts, and rows of its table (named by the tab) whose dialogs to open. */
  tabs?: { label: string; texts: string[]; rows?: HostileRow[] }[];
}

/** A row of a table inside a page, by the hostile text it is named with. */
export interface HostileRow {
  row: string;
  actions: HostileRowAction[];
}

export interface Made {
  kind: string;
  /** The registry panel (`Panel.id`) whose list shows it. */
  panel: string;
  /** The hostile text it carries. */
  text: string;
  /** Its row on the panel's list (the exact text of its name link or cell). */
  row?: string;
  /** What the panel's list must show; defaults to `[text]`. */
  listTexts?: string[];
  rowActions?: HostileRowAction[];
  pages?: HostilePage[];
  /** Set when the cloud refused the hostile text: its words. */
  refused?: string;
}

export interface RecipeContext {
  /** The demo member's page (its `request` goes through the dashboard's proxy). */
  demo: Page;
  /** An admin's page, for admin-only kinds. */
  admin: Page;
  /** A prefix unique to this run, so parallel runs never collide. */
  run: string;
  /** What the earlier recipes made, by kind. */
  made: Map<string, Made & { id: string }>;
  /** Registers how to remove what was just made; removed last made, first. */
  onCleanup: (what: string, remove: () => Promise<void>) => void;
}

export interface Recipe {
  kind: string;
  panel: string;
  create: (ctx: RecipeContext) => Promise<Made & { id: string }>;
}

async function post<T>(
  request: APIRequestContext,
  path: string,
  data: unknown,
  status: number,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await request.post(`/api/os/${path}`, {
    headers: { ...ORIGIN, ...headers },
    data,
  });
  expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

async function remove(
  request: APIRequestContext,
  path: string,
  method: 'DELETE' | 'PUT' = 'DELETE',
  data?: unknown,
) {
  const response = await request.fetch(`/api/os/${path}`, { method, headers: ORIGIN, data });
  // Already gone counts as removed.
  if (response.status() >= 400 && response.status() !== 404)
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
}

const hostile = (ctx: RecipeContext, kind: string) => `${ctx.run}-${kind}${PAYLOAD}`;

function need(ctx: RecipeContext, kind: string) {
  const made = ctx.made.get(kind);
  if (!made) throw new Error(`the ${kind} recipe must run first`);
  return made;
}

/** A /24 of 10.0.0.0/8 that no other run picks at the same time. */
function randomCidr(): string {
  return `10.${100 + Math.floor(Math.random() * 150)}.${Math.floor(Math.random() * 250)}.0/24`;
}

// In creation order; cleanup runs in reverse, so servers go first, then
// ports, floating IPs, router interfaces, routers, subnets, networks, groups.
export const RECIPES: Recipe[] = [
  {
    kind: 'flavor',
    panel: 'flavors',
    async create(ctx) {
      const name = hostile(ctx, 'flavor');
      const { flavor } = await post<{ flavor: { id: string } }>(
        ctx.admin.request,
        'compute/flavors',
        { flavor: { name, ram: 64, vcpus: 1, disk: 1, 'os-flavor-access:is_public': true } },
        200,
      );
      ctx.onCleanup('flavor', () => remove(ctx.admin.request, `compute/flavors/${flavor.id}`));
      const spec = `${ctx.run}${PAYLOAD}`;
      await post(
        ctx.admin.request,
        `compute/flavors/${flavor.id}/os-extra_specs`,
        { extra_specs: { 'e2e:hostile': spec } },
        200,
      );
      return {
        kind: 'flavor',
        panel: 'flavors',
        id: flavor.id,
        text: name,
        row: name,
        rowActions: [
          // The title names the flavor; the textarea holds the extra spec.
          { label: 'Update Metadata', shows: 'text' },
          { label: 'Update Metadata', shows: 'value', text: spec },
          { label: 'Delete Flavor', shows: 'text' },
        ],
      };
    },
  },
  {
    kind: 'keypair',
    panel: 'keypairs',
    async create(ctx) {
      const name = hostile(ctx, 'keypair');
      const response = await ctx.demo.request.post('/api/os/compute/os-keypairs', {
        // Before 2.92 Nova makes the key itself, so only the name is judged.
        headers: { ...ORIGIN, 'OpenStack-API-Version': 'compute 2.10' },
        data: { keypair: { name } },
      });
      if (response.status() === 200 || response.status() === 201) {
        ctx.onCleanup('keypair', () =>
          remove(ctx.demo.request, `compute/os-keypairs/${encodeURIComponent(name)}`),
        );
        return {
          kind: 'keypair',
          panel: 'keypairs',
          id: name,
          text: name,
          row: name,
          rowActions: [{ label: 'Delete Key Pair', shows: 'text' }],
          pages: [{ path: `/project/key_pairs/${encodeURIComponent(name)}`, texts: [name] }],
        };
      }
      // Nova allows only letters, digits, spaces, '_' and '-' (and '@' '.' from 2.92): it must say so.
      const body = await response.text();
      expect(response.status(), body).toBe(400);
      expect(body).toContain("An invalid 'name' value was provided.");
      return { kind: 'keypair', panel: 'keypairs', id: '', text: name, refused: body };
    },
  },
  {
    kind: 'image',
    panel: 'images',
    async create(ctx) {
      const name = hostile(ctx, 'image');
      const note = `${ctx.run}-note${PAYLOAD}`;
      // A queued image (no data): enough for the list, its dialogs and its page.
      const image = await post<{ id: string }>(
        ctx.demo.request,
        'image/v2/images',
        { name, disk_format: 'raw', container_format: 'bare', e2e_note: note },
        201,
      );
      ctx.onCleanup('image', () => remove(ctx.demo.request, `image/v2/images/${image.id}`));
      return {
        kind: 'image',
        panel: 'images',
        id: image.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Edit Image', shows: 'value' },
          { label: 'Update Metadata', shows: 'value', text: note },
          { label: 'Delete Image', shows: 'text' },
        ],
        pages: [
          {
            path: `/project/images/${image.id}`,
            texts: [name],
            tabs: [{ label: 'Metadata', texts: [note] }],
          },
        ],
      };
    },
  },
  {
    kind: 'server group',
    panel: 'server-groups',
    async create(ctx) {
      const name = hostile(ctx, 'group');
      const { server_group: group } = await post<{ server_group: { id: string } }>(
        ctx.demo.request,
        'compute/os-server-groups',
        { server_group: { name, policy: 'anti-affinity' } },
        200,
        { 'OpenStack-API-Version': 'compute 2.64' },
      );
      ctx.onCleanup('server group', () =>
        remove(ctx.demo.request, `compute/os-server-groups/${group.id}`),
      );
      return {
        kind: 'server group',
        panel: 'server-groups',
        id: group.id,
        text: name,
        row: name,
        rowActions: [{ label: 'Delete Server Group', shows: 'text' }],
        // The Members tab names the instance the instance recipe boots into the group.
        pages: [
          {
            path: `/project/server_groups/${group.id}`,
            texts: [name],
            tabs: [{ label: 'Members', texts: [] }],
          },
        ],
      };
    },
  },
  {
    kind: 'security group',
    panel: 'security-groups',
    async create(ctx) {
      const name = hostile(ctx, 'secgroup');
      const { security_group: group } = await post<{ security_group: { id: string } }>(
        ctx.demo.request,
        'network/v2.0/security-groups',
        { security_group: { name, description: name } },
        201,
      );
      ctx.onCleanup('security group', () =>
        remove(ctx.demo.request, `network/v2.0/security-groups/${group.id}`),
      );
      const rule = hostile(ctx, 'rule');
      await post(
        ctx.demo.request,
        'network/v2.0/security-group-rules',
        {
          security_group_rule: {
            security_group_id: group.id,
            direction: 'ingress',
            ethertype: 'IPv4',
            protocol: 'tcp',
            port_range_min: 22,
            port_range_max: 22,
            description: rule,
          },
        },
        201,
      );
      return {
        kind: 'security group',
        panel: 'security-groups',
        id: group.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Edit Security Group', shows: 'value' },
          { label: 'Delete Security Group', shows: 'text' },
        ],
        pages: [{ path: `/project/security_groups/${group.id}`, texts: [name, rule] }],
      };
    },
  },
  {
    kind: 'network',
    panel: 'networks',
    async create(ctx) {
      const name = hostile(ctx, 'network');
      const { network } = await post<{ network: { id: string } }>(
        ctx.demo.request,
        'network/v2.0/networks',
        { network: { name, description: name } },
        201,
      );
      ctx.onCleanup('network', () =>
        remove(ctx.demo.request, `network/v2.0/networks/${network.id}`),
      );
      return {
        kind: 'network',
        panel: 'networks',
        id: network.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Edit Network', shows: 'value' },
          { label: 'Delete Network', shows: 'text' },
        ],
        pages: [
          {
            path: `/project/networks/${network.id}`,
            texts: [name],
            // Filled in by the subnet and port recipes.
            tabs: [
              { label: 'Subnets', texts: [], rows: [] },
              { label: 'Ports', texts: [], rows: [] },
            ],
          },
        ],
      };
    },
  },
  {
    kind: 'subnet',
    panel: 'networks',
    async create(ctx) {
      const network = need(ctx, 'network');
      const name = hostile(ctx, 'subnet');
      const cidr = randomCidr();
      const { subnet } = await post<{ subnet: { id: string } }>(
        ctx.demo.request,
        'network/v2.0/subnets',
        { subnet: { name, description: name, network_id: network.id, ip_version: 4, cidr } },
        201,
      );
      ctx.onCleanup('subnet', () => remove(ctx.demo.request, `network/v2.0/subnets/${subnet.id}`));
      const tab = network.pages?.[0]?.tabs?.[0];
      tab?.texts.push(name);
      tab?.rows?.push({
        row: name,
        actions: [
          { label: 'Edit Subnet', shows: 'value' },
          { label: 'Delete Subnet', shows: 'text' },
        ],
      });
      // The Networks list names a network's subnets with their CIDRs.
      network.listTexts = [network.text, name];
      return {
        kind: 'subnet',
        panel: 'networks',
        id: subnet.id,
        text: name,
        pages: [{ path: `/project/networks/subnets/${subnet.id}`, texts: [name, network.text] }],
      };
    },
  },
  {
    kind: 'port',
    panel: 'networks',
    async create(ctx) {
      const network = need(ctx, 'network');
      const name = hostile(ctx, 'port');
      const { port } = await post<{ port: { id: string } }>(
        ctx.demo.request,
        'network/v2.0/ports',
        { port: { name, description: name, network_id: network.id } },
        201,
      );
      ctx.onCleanup('port', () => remove(ctx.demo.request, `network/v2.0/ports/${port.id}`));
      const tab = network.pages?.[0]?.tabs?.[1];
      tab?.texts.push(name);
      tab?.rows?.push({
        row: name,
        actions: [
          { label: 'Edit Port', shows: 'value' },
          { label: 'Delete Port', shows: 'text' },
        ],
      });
      return {
        kind: 'port',
        panel: 'networks',
        id: port.id,
        text: name,
        pages: [{ path: `/project/networks/ports/${port.id}`, texts: [name, network.text] }],
      };
    },
  },
  {
    kind: 'router',
    panel: 'routers',
    async create(ctx) {
      const network = need(ctx, 'network');
      const name = hostile(ctx, 'router');
      const { router } = await post<{ router: { id: string } }>(
        ctx.demo.request,
        'network/v2.0/routers',
        { router: { name, description: name } },
        201,
      );
      ctx.onCleanup('router', () => remove(ctx.demo.request, `network/v2.0/routers/${router.id}`));
      // A port of its own (the port recipe's stays free for Launch Instance), named
      // with the markup so the router's Interfaces tab shows it.
      const portName = hostile(ctx, 'router-port');
      const { port } = await post<{ port: { id: string } }>(
        ctx.demo.request,
        'network/v2.0/ports',
        { port: { name: portName, network_id: network.id } },
        201,
      );
      ctx.onCleanup('router port', () => remove(ctx.demo.request, `network/v2.0/ports/${port.id}`));
      const added = await ctx.demo.request.put(
        `/api/os/network/v2.0/routers/${router.id}/add_router_interface`,
        { headers: ORIGIN, data: { port_id: port.id } },
      );
      expect(added.status(), await added.text()).toBe(200);
      ctx.onCleanup('router interface', () =>
        remove(
          ctx.demo.request,
          `network/v2.0/routers/${router.id}/remove_router_interface`,
          'PUT',
          { port_id: port.id },
        ),
      );
      return {
        kind: 'router',
        panel: 'routers',
        id: router.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Edit Router', shows: 'value' },
          { label: 'Delete Router', shows: 'text' },
        ],
        pages: [
          {
            path: `/project/routers/${router.id}`,
            texts: [name],
            tabs: [{ label: 'Interfaces', texts: [portName] }],
          },
        ],
      };
    },
  },
  {
    kind: 'floating IP',
    panel: 'floating-ips',
    async create(ctx) {
      const external = await ctx.demo.request.get(
        '/api/os/network/v2.0/networks?router:external=true',
      );
      const { networks } = (await external.json()) as { networks: { id: string }[] };
      const pool = networks[0];
      if (!pool)
        throw new Error('the cloud has no external network to allocate a floating IP from');
      // A floating IP has no name; its description is what the panel shows of the user's words.
      const text = hostile(ctx, 'fip');
      const { floatingip: fip } = await post<{
        floatingip: { id: string; floating_ip_address: string };
      }>(
        ctx.demo.request,
        'network/v2.0/floatingips',
        { floatingip: { floating_network_id: pool.id, description: text } },
        201,
      );
      ctx.onCleanup('floating IP', () =>
        remove(ctx.demo.request, `network/v2.0/floatingips/${fip.id}`),
      );
      return {
        kind: 'floating IP',
        panel: 'floating-ips',
        id: fip.id,
        text,
        row: fip.floating_ip_address,
        rowActions: [{ label: 'Release Floating IP', shows: 'none' }],
        pages: [{ path: `/project/floating_ips/${fip.id}`, texts: [text] }],
      };
    },
  },
  {
    kind: 'instance',
    panel: 'instances',
    async create(ctx) {
      const group = need(ctx, 'server group');
      const secgroup = need(ctx, 'security group');
      const ids = await lookupIds(ctx.demo);
      const name = hostile(ctx, 'server');
      const value = `${ctx.run}-meta${PAYLOAD}`;
      const { server } = await post<{ server: { id: string } }>(
        ctx.demo.request,
        'compute/servers',
        {
          server: {
            name,
            description: name,
            metadata: { hostile: value },
            flavorRef: ids.flavor,
            imageRef: ids.image,
            networks: [{ uuid: ids.network }],
            security_groups: [{ name: secgroup.id }],
          },
          'os:scheduler_hints': { group: group.id },
        },
        202,
        // Descriptions came with 2.19.
        { 'OpenStack-API-Version': 'compute 2.19' },
      );
      ctx.onCleanup('instance', async () => {
        await remove(ctx.demo.request, `compute/servers/${server.id}`);
        // Its port holds the security group until the server is gone.
        await expect
          .poll(
            async () =>
              (await ctx.demo.request.get(`/api/os/compute/servers/${server.id}`)).status(),
            { timeout: 60_000, intervals: [500, 1_000, 2_000] },
          )
          .toBe(404);
      });
      // Usage counts an instance from its launch, so the Overview names it once it is ACTIVE.
      await expect
        .poll(
          async () => {
            const got = await ctx.demo.request.get(`/api/os/compute/servers/${server.id}`);
            return ((await got.json()) as { server?: { status?: string } }).server?.status;
          },
          // A busy devcloud schedules slowly.
          { timeout: E2E.isSandbox ? 60_000 : 300_000, intervals: [500, 1_000, 2_000] },
        )
        .toBe('ACTIVE');
      group.pages?.[0]?.tabs?.[0]?.texts.push(name);
      // Associate offers the instance's ports as "name: address".
      ctx.made
        .get('floating IP')
        ?.rowActions?.push({ label: 'Associate', shows: 'text', text: name });
      return {
        kind: 'instance',
        panel: 'instances',
        id: server.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Edit Instance', shows: 'value' },
          { label: 'Update Metadata', shows: 'value', text: value },
          { label: 'Delete Instance', shows: 'text' },
        ],
        pages: [
          {
            path: `/project/instances/${server.id}`,
            texts: [name, value, secgroup.text],
            tabs: [
              { label: 'Interfaces', texts: [] },
              { label: 'Log', texts: [] },
              { label: 'Action Log', texts: [] },
            ],
          },
        ],
      };
    },
  },
  {
    kind: 'volume',
    panel: 'volumes',
    async create(ctx) {
      const name = hostile(ctx, 'volume');
      const { volume } = await post<{ volume: { id: string } }>(
        ctx.demo.request,
        'volumev3/volumes',
        { volume: { name, description: name, size: 1 } },
        202,
      );
      // A volume with snapshots cannot go: it is removed after its snapshot, and again
      // until Cinder has finished deleting that snapshot.
      ctx.onCleanup('volume', () =>
        expect(() => remove(ctx.demo.request, `volumev3/volumes/${volume.id}`)).toPass({
          timeout: 60_000,
        }),
      );
      await expect
        .poll(
          async () =>
            (
              (await (
                await ctx.demo.request.get(`/api/os/volumev3/volumes/${volume.id}`)
              ).json()) as {
                volume: { status: string };
              }
            ).volume.status,
          { timeout: 60_000 },
        )
        .toBe('available');
      const snapshotName = hostile(ctx, 'volume-snapshot');
      const { snapshot } = await post<{ snapshot: { id: string } }>(
        ctx.demo.request,
        'volumev3/snapshots',
        { snapshot: { volume_id: volume.id, name: snapshotName, description: snapshotName } },
        202,
      );
      ctx.onCleanup('volume snapshot', () =>
        remove(ctx.demo.request, `volumev3/snapshots/${snapshot.id}`),
      );
      return {
        kind: 'volume',
        panel: 'volumes',
        id: volume.id,
        text: name,
        row: name,
        listTexts: [name],
        rowActions: [
          { label: 'Edit Volume', shows: 'value' },
          { label: 'Delete Volume', shows: 'text' },
        ],
        pages: [
          {
            path: `/project/volumes/${volume.id}`,
            texts: [name],
            tabs: [{ label: 'Snapshots', texts: [snapshotName] }],
          },
        ],
      };
    },
  },
  {
    kind: 'volume type',
    panel: 'volume-types',
    async create(ctx) {
      const name = hostile(ctx, 'volume-type');
      const spec = `${ctx.run}${PAYLOAD}`;
      const { volume_type: type } = await post<{ volume_type: { id: string } }>(
        ctx.admin.request,
        'volumev3/types',
        { volume_type: { name, description: name, extra_specs: { 'e2e:hostile': spec } } },
        200,
      );
      ctx.onCleanup('volume type', () => remove(ctx.admin.request, `volumev3/types/${type.id}`));
      return {
        kind: 'volume type',
        panel: 'volume-types',
        id: type.id,
        text: name,
        row: name,
        rowActions: [
          // The title names the type; the textarea holds the extra spec.
          { label: 'View Extra Specs', shows: 'text' },
          { label: 'View Extra Specs', shows: 'value', text: spec },
          { label: 'Delete Volume Type', shows: 'text' },
        ],
        pages: [
          {
            path: `/admin/volume_types/${type.id}`,
            texts: [name],
            tabs: [{ label: 'Extra Specs', texts: [spec] }],
          },
        ],
      };
    },
  },
  {
    kind: 'volume snapshot',
    panel: 'volume-snapshots',
    async create(ctx) {
      const volume = await cinderVolume(ctx, `${ctx.run}-snapshot-source`);
      const name = hostile(ctx, 'snapshot');
      const { snapshot } = await post<{ snapshot: { id: string } }>(
        ctx.demo.request,
        'volumev3/snapshots',
        { snapshot: { volume_id: volume, name, description: name, metadata: { hostile: name } } },
        202,
      );
      ctx.onCleanup('volume snapshot', () =>
        removeCinder(ctx.demo.request, `volumev3/snapshots/${snapshot.id}`),
      );
      await settled(ctx.demo.request, `volumev3/snapshots/${snapshot.id}`, 'snapshot');
      return {
        kind: 'volume snapshot',
        panel: 'volume-snapshots',
        id: snapshot.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Create Volume', shows: 'text' },
          { label: 'Create Volume', shows: 'value' },
          { label: 'Edit Snapshot', shows: 'value' },
          { label: 'Update Metadata', shows: 'text' },
          { label: 'Update Metadata', shows: 'value' },
          { label: 'Delete Volume Snapshot', shows: 'text' },
        ],
        pages: [{ path: `/project/snapshots/${snapshot.id}`, texts: [name] }],
      };
    },
  },
  {
    kind: 'volume backup',
    panel: 'volume-backups',
    async create(ctx) {
      const name = hostile(ctx, 'backup');
      // Without a cinder-backup service a backup ends in error and cannot be deleted.
      if (!E2E.isSandbox)
        return {
          kind: 'volume backup',
          panel: 'volume-backups',
          id: '',
          text: name,
          refused:
            'not made: the devcloud runs no cinder-backup service, so a backup would end in error and could not be deleted',
        };
      const volume = await cinderVolume(ctx, `${ctx.run}-backup-source`);
      const { backup } = await post<{ backup: { id: string } }>(
        ctx.demo.request,
        'volumev3/backups',
        { backup: { volume_id: volume, name, description: name } },
        202,
      );
      ctx.onCleanup('volume backup', () =>
        removeCinder(ctx.demo.request, `volumev3/backups/${backup.id}`),
      );
      await settled(ctx.demo.request, `volumev3/backups/${backup.id}`, 'backup');
      return {
        kind: 'volume backup',
        panel: 'volume-backups',
        id: backup.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Restore Backup', shows: 'text' },
          { label: 'Delete Volume Backup', shows: 'text' },
        ],
        pages: [{ path: `/project/backups/${backup.id}`, texts: [name] }],
      };
    },
  },
  {
    kind: 'container',
    panel: 'containers',
    async create(ctx) {
      // Swift takes any name without "/": the markup is the container's name, and an
      // object inside it carries it too (its row and dialogs on the container page).
      const name = hostile(ctx, 'container');
      const container = encodeURIComponent(name);
      const object = `${ctx.run}-object${PAYLOAD}.txt`;
      const request = ctx.demo.request;
      const put = async (path: string, data: string, headers: Record<string, string> = {}) => {
        const response = await request.put(`/api/os/object-store/${path}`, {
          headers: { ...ORIGIN, ...headers },
          data,
        });
        expect(response.status(), `PUT ${path}: ${await response.text()}`).toBe(201);
      };
      await put(container, '');
      ctx.onCleanup('container', () => remove(request, `object-store/${container}`));
      await put(`${container}/${encodeURIComponent(object)}`, 'hello', {
        'Content-Type': 'text/plain',
      });
      ctx.onCleanup('object', () =>
        remove(request, `object-store/${container}/${encodeURIComponent(object)}`),
      );
      return {
        kind: 'container',
        panel: 'containers',
        id: name,
        text: name,
        row: name,
        rowActions: [
          { label: 'Delete Container', shows: 'text' },
          { label: 'Delete all objects and the container', shows: 'text' },
        ],
        pages: [{ path: `/project/containers/${container}`, texts: [name, object] }],
      };
    },
  },
  {
    kind: 'cluster template',
    panel: 'cluster-templates',
    async create(ctx) {
      const name = hostile(ctx, 'template');
      const template = await post<{ uuid: string }>(
        ctx.demo.request,
        'container-infra/clustertemplates',
        {
          name,
          coe: 'kubernetes',
          image_id: 'fedora-coreos-fake',
          external_network_id: 'public',
          labels: { note: PAYLOAD },
        },
        201,
        MAGNUM,
      );
      // Magnum refuses while the cluster below is still being deleted: ask again.
      ctx.onCleanup('cluster template', () =>
        expect(() =>
          remove(ctx.demo.request, `container-infra/clustertemplates/${template.uuid}`),
        ).toPass({ timeout: 120_000, intervals: [1_000, 2_000, 5_000] }),
      );
      return {
        kind: 'cluster template',
        panel: 'cluster-templates',
        id: template.uuid,
        text: name,
        row: name,
        rowActions: [
          { label: 'Update Cluster Template', shows: 'value' },
          { label: 'Delete Cluster Template', shows: 'text' },
        ],
        pages: [{ path: `/project/cluster_templates/${template.uuid}`, texts: [name, PAYLOAD] }],
      };
    },
  },
  {
    kind: 'cluster',
    panel: 'clusters',
    async create(ctx) {
      const template = need(ctx, 'cluster template');
      const response = await ctx.demo.request.post('/api/os/container-infra/clusters', {
        headers: { ...ORIGIN, ...MAGNUM },
        data: { name: hostile(ctx, 'cluster'), cluster_template_id: template.id, node_count: 1 },
      });
      // Magnum's cluster names follow ^[a-zA-Z][a-zA-Z0-9_.-]*$: it must say so.
      const body = await response.text();
      expect(response.status(), body).toBe(400);
      expect(body).toContain('Value should match the pattern');
      // So the markup goes in a label, which the detail page shows; the template's name is shown too.
      const name = `${ctx.run.replace(/[^A-Za-z0-9_.-]/g, '')}-cluster`.replace(/^[^A-Za-z]*/, 'c');
      const cluster = await post<{ uuid: string }>(
        ctx.demo.request,
        'container-infra/clusters',
        { name, cluster_template_id: template.id, node_count: 1, labels: { note: PAYLOAD } },
        202,
        MAGNUM,
      );
      ctx.onCleanup('cluster', async () => {
        await waitStack(ctx.demo.request, cluster.uuid);
        await remove(ctx.demo.request, `container-infra/clusters/${cluster.uuid}`);
        await expect(async () => {
          const gone = await ctx.demo.request.get(
            `/api/os/container-infra/clusters/${cluster.uuid}`,
            {
              headers: MAGNUM,
            },
          );
          expect(gone.status()).toBe(404);
        }).toPass({ timeout: 120_000, intervals: [1_000, 2_000, 5_000] });
      });
      return {
        kind: 'cluster',
        panel: 'clusters',
        id: cluster.uuid,
        text: PAYLOAD,
        row: name,
        listTexts: [template.text],
        rowActions: [{ label: 'Delete Cluster', shows: 'none' }],
        pages: [{ path: `/project/clusters/${cluster.uuid}`, texts: [PAYLOAD] }],
      };
    },
  },
  {
    // Heat refuses markup in stack names: the template's description and a
    // parameter's value carry it, and the stack's page shows both.
    kind: 'stack',
    panel: 'stacks',
    async create(ctx) {
      const name = `${ctx.run}-stack`;
      const description = hostile(ctx, 'stack');
      const note = `${ctx.run}-note${PAYLOAD}`;
      const { stack } = await post<{ stack: { id: string } }>(
        ctx.demo.request,
        'orchestration/stacks',
        {
          stack_name: name,
          template: {
            heat_template_version: '2018-08-31',
            description,
            parameters: { note: { type: 'string', default: note } },
            resources: { nothing: { type: 'OS::Heat::None' } },
          },
        },
        201,
      );
      ctx.onCleanup('stack', () =>
        remove(ctx.demo.request, `orchestration/stacks/${name}/${stack.id}`),
      );
      return {
        kind: 'stack',
        panel: 'stacks',
        id: stack.id,
        text: description,
        row: name,
        listTexts: [],
        rowActions: [{ label: 'Delete Stack', shows: 'none' }],
        pages: [{ path: `/project/stacks/${stack.id}`, texts: [description, note] }],
      };
    },
  },
  {
    kind: 'identity project',
    panel: 'identity-projects',
    async create(ctx) {
      const name = hostile(ctx, 'project');
      const { project } = await post<{ project: { id: string } }>(
        ctx.admin.request,
        'identity/projects',
        { project: { name, description: name } },
        201,
      );
      ctx.onCleanup('identity project', () =>
        remove(ctx.admin.request, `identity/projects/${project.id}`),
      );
      // The panel is a member's too, who sees the projects they belong to: demo joins it.
      const ids = async (path: string, key: 'users' | 'roles') => {
        const body = (await (await ctx.admin.request.get(`/api/os/identity/${path}`)).json()) as {
          users?: { id: string }[];
          roles?: { id: string }[];
        };
        return body[key]?.[0]?.id ?? '';
      };
      const demo = await ids('users?name=demo', 'users');
      const member = await ids('roles?name=member', 'roles');
      const grant = `identity/projects/${project.id}/users/${demo}/roles/${member}`;
      const granted = await ctx.admin.request.put(`/api/os/${grant}`, { headers: ORIGIN });
      expect(granted.status(), `PUT ${grant}`).toBe(204);
      return {
        kind: 'identity project',
        panel: 'identity-projects',
        id: project.id,
        text: name,
        row: name,
        // demo may neither change the project nor read it by id (Keystone's policy).
        rowActions: [],
      };
    },
  },
  {
    kind: 'identity user',
    panel: 'identity-users',
    async create(ctx) {
      const name = hostile(ctx, 'user');
      const { user } = await post<{ user: { id: string } }>(
        ctx.admin.request,
        'identity/users',
        { user: { name, description: name, password: 'Hostile-pw-1' } },
        201,
      );
      ctx.onCleanup('identity user', () => remove(ctx.admin.request, `identity/users/${user.id}`));
      return {
        kind: 'identity user',
        panel: 'identity-users',
        id: user.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Edit User', shows: 'value' },
          { label: 'Change Password', shows: 'text' },
          { label: 'Delete User', shows: 'text' },
        ],
        pages: [{ path: `/identity/users/${user.id}`, texts: [name] }],
      };
    },
  },
  {
    kind: 'identity group',
    panel: 'identity-groups',
    async create(ctx) {
      const name = hostile(ctx, 'group');
      const { group } = await post<{ group: { id: string } }>(
        ctx.admin.request,
        'identity/groups',
        { group: { name, description: name } },
        201,
      );
      ctx.onCleanup('identity group', () =>
        remove(ctx.admin.request, `identity/groups/${group.id}`),
      );
      return {
        kind: 'identity group',
        panel: 'identity-groups',
        id: group.id,
        text: name,
        row: name,
        rowActions: [
          { label: 'Manage Members', shows: 'text' },
          { label: 'Edit Group', shows: 'value' },
          { label: 'Delete Group', shows: 'text' },
        ],
        pages: [{ path: `/identity/groups/${group.id}`, texts: [name] }],
      };
    },
  },
  {
    kind: 'identity role',
    panel: 'identity-roles',
    async create(ctx) {
      const name = hostile(ctx, 'role');
      const { role } = await post<{ role: { id: string } }>(
        ctx.admin.request,
        'identity/roles',
        { role: { name } },
        201,
      );
      ctx.onCleanup('identity role', () => remove(ctx.admin.request, `identity/roles/${role.id}`));
      return {
        kind: 'identity role',
        panel: 'identity-roles',
        id: role.id,
        text: name,
        row: name,
        rowActions: [{ label: 'Delete Role', shows: 'text' }],
      };
    },
  },
  {
    kind: 'application credential',
    panel: 'application-credentials',
    async create(ctx) {
      const name = hostile(ctx, 'appcred');
      // demo's own credential (the panel lists the signed-in user's); its id from the admin.
      const users = (await (
        await ctx.admin.request.get('/api/os/identity/users?name=demo')
      ).json()) as { users?: { id: string }[] };
      const demoId = users.users?.[0]?.id ?? '';
      const path = `identity/users/${demoId}/application_credentials`;
      const { application_credential: made } = await post<{
        application_credential: { id: string };
      }>(ctx.demo.request, path, { application_credential: { name, description: name } }, 201);
      ctx.onCleanup('application credential', () => remove(ctx.demo.request, `${path}/${made.id}`));
      return {
        kind: 'application credential',
        panel: 'application-credentials',
        id: made.id,
        text: name,
        row: name,
        rowActions: [{ label: 'Delete Application Credential', shows: 'text' }],
      };
    },
  },
];
/** Waits until a Cinder resource leaves its transitional state: available, or gone. */
async function settled(request: APIRequestContext, path: string, field: string) {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/os/${path}`);
        if (response.status() === 404) return 'gone';
        return ((await response.json()) as Record<string, { status?: string }>)[field]?.status;
      },
      { timeout: 60_000, intervals: [250, 500, 1_000] },
    )
    .toMatch(/^(available|error|gone)$/);
}

/** Deletes a Cinder resource once it has settled, and waits until it is gone. */
async function removeCinder(request: APIRequestContext, path: string) {
  const field = path.split('/')[1]!.replace(/s$/, '');
  await settled(request, path, field);
  await remove(request, path);
  await expect
    .poll(async () => (await request.get(`/api/os/${path}`)).status(), {
      timeout: 60_000,
      intervals: [250, 500, 1_000],
    })
    .toBe(404);
}

/** A plain 1 GiB volume for the snapshot and backup recipes, removed after them. */
async function cinderVolume(ctx: RecipeContext, name: string): Promise<string> {
  const { volume } = await post<{ volume: { id: string } }>(
    ctx.demo.request,
    'volumev3/volumes',
    { volume: { size: 1, name } },
    202,
  );
  ctx.onCleanup(`volume ${name}`, () =>
    removeCinder(ctx.demo.request, `volumev3/volumes/${volume.id}`),
  );
  await settled(ctx.demo.request, `volumev3/volumes/${volume.id}`, 'volume');
  return volume.id;
}

/** A create dialog of a panel whose steps list resources made above, by kind. */
export interface HostileCreateDialog {
  panel: string;
  action: string;
  steps: { step: string; kinds: string[] }[];
}

export const CREATE_DIALOGS: HostileCreateDialog[] = [
  {
    panel: 'instances',
    action: 'Launch Instance',
    steps: [
      { step: 'Flavor', kinds: ['flavor'] },
      { step: 'Networks', kinds: ['network'] },
      { step: 'Network Ports', kinds: ['port'] },
      { step: 'Security Groups', kinds: ['security group'] },
      { step: 'Server Groups', kinds: ['server group'] },
    ],
  },
];

/**
 * Registry panels that list no resources a user names: each with why, and the
 * kinds made above whose hostile text it must show instead.
 */
export const PANELS_WITHOUT_USER_NAMED: Record<string, { reason: string; shows: string[] }> = {
  overview: {
    reason: "the project's quota and usage; its usage table names the project's instances",
    shows: ['instance'],
  },
  'network-topology': {
    reason: 'a picture of the networks, routers and instances the other panels list',
    shows: ['network', 'router', 'instance'],
  },
  'api-access': {
    reason: "the cloud's service catalog and the signed-in user's own credentials",
    shows: [],
  },
  // The Admin panels over every project list what the Project panels' recipes made.
  'admin-overview': { reason: 'usage per project, named by Keystone', shows: [] },
  hypervisors: { reason: "the cloud's compute hosts and their services", shows: [] },
  'system-info': { reason: "the cloud's catalog, services and agents", shows: [] },
  'admin-instances': { reason: "every project's instances", shows: ['instance'] },
  'admin-images': { reason: "every project's images", shows: ['image'] },
  'admin-volumes': { reason: "every project's volumes", shows: ['volume'] },
  'admin-networks': { reason: "every project's networks", shows: ['network'] },
  'admin-routers': { reason: "every project's routers", shows: ['router'] },
  'admin-floating-ips': { reason: "every project's floating IPs", shows: ['floating IP'] },
  'resource-types': { reason: "the resource types the cloud's Heat can make", shows: [] },
  'template-versions': { reason: "the template versions the cloud's Heat reads", shows: [] },
  walkthroughs: {
    reason: "the walkthroughs' titles and summaries from the repository's files",
    shows: [],
  },
  'class-progress': {
    reason:
      "the class's users and projects (named by Keystone, as Identity's panels show them) × the walkthroughs' titles from the repository's files",
    shows: [],
  },
};
