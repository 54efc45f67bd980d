'use client';
// Horizon's eleven Launch Instance steps, as the generic Wizard reads them.
import type { WizardStep } from '@/components/ui/wizard';
import type { Api } from '@/lib/openstack/api';
import {
  configurationSchema,
  detailsSchema,
  flavorSchema,
  grouped,
  keypairSchema,
  metadataSchema,
  networksRequired,
  networksSchema,
  portsSchema,
  schedulerHintsSchema,
  securityGroupsSchema,
  serverGroupSchema,
  sourceSchema,
  type LaunchContext,
} from '../instances-launch';
import { FlavorStep } from './flavor-step';
import { HELP } from './help';
import { KeypairStep } from './keypair-step';
import { NetworksStep } from './networks-step';
import { PortsStep } from './ports-step';
import { SecurityGroupsStep } from './security-groups-step';
import { ServerGroupStep } from './server-group-step';
import { SourceStep } from './source-step';
import { ListStatus } from './step-parts';
import type { LaunchData } from './use-launch-data';

function countHelp(ctx: LaunchContext, data: LaunchData): string {
  if (data.limits.error) return `The quota could not be read: ${data.limits.error.message}`;
  const instances = ctx.quota?.instances;
  if (!instances) return 'Checking the instance quota…';
  if (instances.limit === Infinity) return 'The instance quota is unlimited.';
  return `Up to ${grouped(instances.left)} more: the quota allows ${grouped(instances.limit)} instances and ${grouped(instances.used)} ${instances.used === 1 ? 'is' : 'are'} in use.`;
}

export function launchSteps(data: LaunchData, ctx: LaunchContext, api: Api): WizardStep[] {
  return [
    {
      id: 'details',
      title: 'Details',
      required: true,
      help: HELP.details,
      schema: detailsSchema(ctx),
      fields: [
        {
          name: 'name',
          label: 'Instance Name',
          kind: 'text',
          required: true,
          help: 'Up to 255 characters.',
        },
        { name: 'description', label: 'Description', kind: 'text', help: 'Optional.' },
        {
          name: 'availability_zone',
          label: 'Availability Zone',
          kind: 'select',
          options: [
            { value: '', label: 'Any Availability Zone' },
            ...(data.zones.data ?? []).map((z) => ({ value: z.name, label: z.name })),
          ],
        },
        {
          name: 'count',
          label: 'Count',
          kind: 'number',
          required: true,
          help: countHelp(ctx, data),
        },
      ],
      render: () => <ListStatus list={data.zones} what="availability zones" />,
    },
    {
      id: 'source',
      title: 'Source',
      required: true,
      help: HELP.source,
      schema: sourceSchema(ctx),
      fields: [],
      render: (values, setValue, errors) => (
        <SourceStep values={values} setValue={setValue} errors={errors} data={data} />
      ),
    },
    {
      id: 'flavor',
      title: 'Flavor',
      required: true,
      help: HELP.flavor,
      schema: flavorSchema(ctx),
      fields: [],
      render: (values, setValue, errors) => (
        <FlavorStep values={values} setValue={setValue} errors={errors} data={data} ctx={ctx} />
      ),
    },
    {
      id: 'networks',
      title: 'Networks',
      required: networksRequired(ctx),
      help: HELP.networks,
      schema: networksSchema(ctx),
      fields: [],
      render: (values, setValue, errors) => (
        <NetworksStep values={values} setValue={setValue} errors={errors} data={data} />
      ),
    },
    {
      id: 'ports',
      title: 'Network Ports',
      help: HELP.ports,
      schema: portsSchema(),
      fields: [],
      render: (values, setValue, errors) => (
        <PortsStep values={values} setValue={setValue} errors={errors} data={data} />
      ),
    },
    {
      id: 'security-groups',
      title: 'Security Groups',
      help: HELP['security-groups'],
      schema: securityGroupsSchema(),
      fields: [],
      render: (values, setValue, errors) => (
        <SecurityGroupsStep values={values} setValue={setValue} errors={errors} data={data} />
      ),
    },
    {
      id: 'keypair',
      title: 'Key Pair',
      help: HELP.keypair,
      schema: keypairSchema(),
      fields: [],
      render: (values, setValue, errors) => (
        <KeypairStep values={values} setValue={setValue} errors={errors} data={data} api={api} />
      ),
    },
    {
      id: 'configuration',
      title: 'Configuration',
      help: HELP.configuration,
      schema: configurationSchema(),
      fields: [
        {
          name: 'user_data',
          label: 'Customisation Script',
          kind: 'file-text',
          rows: 8,
          monospace: true,
          // Read bigger files too, so the size message below explains Nova's limit.
          maxFileBytes: 1024 * 1024,
          placeholder: '#!/bin/sh\necho "Hello from $(hostname)" > /tmp/hello',
          help: 'Runs at first boot (cloud-init). Nova takes up to 65,535 characters once base64-encoded: about 47 KB of script.',
        },
        { name: 'config_drive', label: 'Configuration Drive', kind: 'checkbox' },
      ],
    },
    {
      id: 'server-groups',
      title: 'Server Groups',
      help: HELP['server-groups'],
      schema: serverGroupSchema(),
      fields: [],
      render: (values, setValue, errors) => (
        <ServerGroupStep values={values} setValue={setValue} errors={errors} data={data} />
      ),
    },
    {
      id: 'scheduler-hints',
      title: 'Scheduler Hints',
      help: HELP['scheduler-hints'],
      schema: schedulerHintsSchema(),
      fields: [
        {
          name: 'scheduler_hints',
          label: 'Scheduler Hints',
          kind: 'textarea',
          rows: 5,
          monospace: true,
          placeholder: 'different_host=<instance ID>\nbuild_near_host_ip=10.0.0.5',
          help: 'One key=value per line; a key given twice becomes a list. Lines starting with # are ignored.',
        },
      ],
    },
    {
      id: 'metadata',
      title: 'Metadata',
      help: HELP.metadata,
      schema: metadataSchema(ctx),
      fields: [
        {
          name: 'metadata',
          label: 'Metadata',
          kind: 'textarea',
          rows: 5,
          monospace: true,
          placeholder: 'role=web\ncourse=cloud-101',
          help: 'One key=value per line. Keys: letters, digits, spaces and - _ : . (up to 255); values up to 255 characters.',
        },
      ],
    },
  ];
}
