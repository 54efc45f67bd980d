// Edit Instance, Update Metadata and Create Snapshot.
import { z } from 'zod';
import { SDK_CONNECT } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import { keyValueLines, toKeyValueLines } from '@/lib/forms/key-value';
import { formText } from '@/lib/forms/text';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { serverPropertyHot, simpleEquivalents } from './equivalents';
import { first, name255, optional255 } from './form-helpers';
import { allowedBy } from './rules';

export const createSnapshot: RowAction<Server> = formRowAction({
  id: 'snapshot',
  label: 'Create Snapshot',
  allowed: allowedBy({
    statuses: ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED'],
    respectsLock: true,
  }),
  form: (_ctx, server) => ({
    title: 'Create Snapshot',
    submitLabel: 'Create Snapshot',
    description:
      "A snapshot saves the instance's root disk as a new image. You can launch new instances from it (Source: Instance Snapshot).",
    schema: z.object({ name: name255('Snapshot Name') }),
    defaults: { name: `${server.name}-snapshot` },
    fields: [{ name: 'name', label: 'Snapshot Name', kind: 'text', required: true }],
  }),
  run: async ({ api }, server, input) => {
    await api.compute.serverAction(server.id, { createImage: { name: input.name } });
  },
  success: (rows) => `Snapshot of "${first(rows).name}" is being created.`,
  failure: (server) => `Unable to create snapshot of: ${server.name}`,
  equivalents: (rows, values) => {
    const name = formText(values, 'name', '<snapshot name>');
    return simpleEquivalents(
      `server image create --name ${sh(name)}`,
      (s) => `conn.compute.create_server_image(${s}, name=${py(name)})`,
      rows,
    );
  },
});

export const editInstance: RowAction<Server> = formRowAction({
  id: 'edit',
  label: 'Edit Instance',
  allowed: allowedBy({ respectsLock: false }),
  form: async ({ api, session }, server) => {
    const groups = await api.network
      .listSecurityGroups({ project_id: session.project.id })
      .catch(() => []);
    const current = [...new Set((server.security_groups ?? []).map((g) => g.name))];
    return {
      title: 'Edit Instance',
      submitLabel: 'Save',
      description:
        'Rename the instance, describe it, or change the security groups (firewall rules) on all its ports.',
      schema: z.object({
        name: name255('Name'),
        description: optional255('Description'),
        securityGroups: z.array(z.string()),
      }),
      defaults: {
        name: server.name,
        description: server.description ?? '',
        securityGroups: current,
      },
      fields: [
        { name: 'name', label: 'Name', kind: 'text', required: true },
        { name: 'description', label: 'Description', kind: 'text' },
        {
          name: 'securityGroups',
          label: 'Security Groups',
          kind: 'checkboxes',
          options: groups.map((g) => ({ value: g.name, label: g.name })),
          visible: () => groups.length > 0,
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    if (
      input.name !== server.name ||
      (input.description || null) !== (server.description ?? null)
    ) {
      await api.compute.updateServer(server.id, {
        name: input.name,
        description: input.description || null,
      });
    }
    const current = new Set((server.security_groups ?? []).map((g) => g.name));
    const wanted = new Set(input.securityGroups);
    for (const name of wanted) {
      if (!current.has(name))
        await api.compute.serverAction(server.id, { addSecurityGroup: { name } });
    }
    for (const name of current) {
      if (!wanted.has(name))
        await api.compute.serverAction(server.id, { removeSecurityGroup: { name } });
    }
  },
  success: (rows, input) => `Modified instance "${input.name || first(rows).name}".`,
  failure: (server) => `Unable to modify instance "${server.name}"`,
  equivalents: (rows, values) => {
    const server = first(rows);
    const name = formText(values, 'name', server.name);
    const description = formText(values, 'description', '');
    const wanted = Array.isArray(values?.securityGroups) ? values.securityGroups : [];
    const current = (server.security_groups ?? []).map((g) => g.name);
    const add = wanted.filter((g) => !current.includes(g));
    const remove = current.filter((g) => !wanted.includes(g));
    const cli = [
      `openstack server set --name ${sh(name)}${description ? ` --description ${sh(description)}` : ''} ${sh(server.name)}`,
      ...add.map((g) => `openstack server add security group ${sh(name)} ${sh(g)}`),
      ...remove.map((g) => `openstack server remove security group ${sh(name)} ${sh(g)}`),
    ];
    const sdk = [
      SDK_CONNECT,
      `server = conn.compute.find_server(${py(server.name)})`,
      `conn.compute.update_server(server, name=${py(name)}${description ? `, description=${py(description)}` : ''})`,
      ...add.map((g) => `conn.compute.add_security_group_to_server(server, {"name": ${py(g)}})`),
      ...remove.map(
        (g) => `conn.compute.remove_security_group_from_server(server, {"name": ${py(g)}})`,
      ),
    ];
    return { cli: cli.join('\n'), sdk: sdk.join('\n'), hot: serverPropertyHot('name', yaml(name)) };
  },
});

export const updateMetadata: RowAction<Server> = formRowAction({
  id: 'metadata',
  label: 'Update Metadata',
  allowed: allowedBy({ respectsLock: true }),
  form: (_ctx, server) => ({
    title: 'Update Instance Metadata',
    submitLabel: 'Save',
    description:
      'Metadata are key=value labels on the instance (owner, course, role…). The instance can read them from the metadata service. One pair per line; the list replaces the current one.',
    schema: z.object({ metadata: keyValueLines({ label: 'line' }) }),
    defaults: { metadata: toKeyValueLines(server.metadata) },
    fields: [
      {
        name: 'metadata',
        label: 'Metadata',
        kind: 'textarea',
        rows: 8,
        monospace: true,
        placeholder: 'course=cloud-101',
      },
    ],
  }),
  run: async ({ api }, server, input) => {
    await api.compute.replaceServerMetadata(server.id, input.metadata);
  },
  success: (rows) => `Updated metadata of "${first(rows).name}".`,
  failure: (server) => `Unable to update metadata of: ${server.name}`,
  equivalents: (rows, values) => {
    const parsed = keyValueLines().safeParse(
      typeof values?.metadata === 'string' ? values.metadata : '',
    );
    const items = parsed.success ? parsed.data : {};
    const props = Object.entries(items)
      .map(([k, v]) => ` --property ${sh(`${k}=${v}`)}`)
      .join('');
    return {
      cli: `openstack server set${props || ' --property <key>=<value>'} ${sh(first(rows).name)}`,
      sdk: `${SDK_CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.set_server_metadata(server, **${JSON.stringify(items)})`,
      hot: serverPropertyHot(
        'metadata',
        `{ ${Object.entries(items)
          .map(([k, v]) => `${yaml(k)}: ${yaml(v)}`)
          .join(', ')} }`,
      ),
    };
  },
});
