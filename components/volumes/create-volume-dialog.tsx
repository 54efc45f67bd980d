'use client';
// Create Volume: a form built from what the cloud offers (images, snapshots,
// volumes, types, zones) and the project's volume quota; the size must hold the source.
import { useState } from 'react';
import useSWR from 'swr';
import { useActionOutcome } from '@/components/resource/use-action-outcome';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormPending } from '@/components/ui/form-pending';
import { createVolumeEquivalents } from '@/lib/equivalents/cinder-volume';
import { formText } from '@/lib/forms/text';
import type { FieldOption, FormSpec, FormValues } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Api } from '@/lib/openstack/api';
import type { LauncherProps } from '@/lib/resources/types';
import {
  createVolumeInput,
  imageMinimumGiB,
  minimumFor,
  VOLUME_SOURCES,
  type SourceMinimums,
} from './volume-inputs';

const TITLE = 'Create Volume';
const GIB = 1024 ** 3;

interface Choices {
  images: FieldOption[];
  snapshots: FieldOption[];
  volumes: FieldOption[];
  types: FieldOption[];
  zones: FieldOption[];
  defaultType: string;
  minimums: SourceMinimums;
  quota?: {
    volumes?: { limit: number; inUse: number };
    gigabytes?: { limit: number; inUse: number };
  };
}

async function loadChoices(api: Api, projectId: string): Promise<Choices> {
  const [images, snapshots, volumes, types, zones, defaultType, quota] = await Promise.all([
    api.image.listImages({ limit: 200, filters: { status: 'active' } }),
    api.volume.pageSnapshots({ limit: 200, filters: { status: 'available' } }),
    api.volume.pageVolumes({ limit: 200 }),
    api.volume.listVolumeTypes(),
    api.volume.listVolumeAvailabilityZones().catch(() => []),
    api.volume.getDefaultVolumeType().catch(() => undefined),
    api.volume.getVolumeQuotaUsage(projectId).catch(() => undefined),
  ]);
  const sourceVolumes = volumes.items.filter((v) => ['available', 'in-use'].includes(v.status));
  const minimums: SourceMinimums = {
    image: Object.fromEntries(images.items.map((i) => [i.id, imageMinimumGiB(i)])),
    snapshot: Object.fromEntries(snapshots.items.map((s) => [s.id, s.size])),
    volume: Object.fromEntries(sourceVolumes.map((v) => [v.id, v.size])),
  };
  return {
    images: images.items.map((i) => ({
      value: i.id,
      label: `${i.name || i.id} (${i.size ? `${Math.max(0.01, i.size / GIB).toFixed(2)} GiB` : 'size unknown'})`,
    })),
    snapshots: snapshots.items.map((s) => ({
      value: s.id,
      label: `${s.name || s.id} (${s.size} GiB)`,
    })),
    volumes: sourceVolumes.map((v) => ({
      value: v.id,
      label: `${v.name || v.id} (${v.size} GiB)`,
    })),
    types: types.map((t) => ({ value: t.name, label: t.name })),
    zones: zones
      .filter((z) => z.zoneState.available)
      .map((z) => ({ value: z.zoneName, label: z.zoneName })),
    defaultType: defaultType?.name ?? '',
    minimums,
    quota: quota ? { volumes: quota.volumes, gigabytes: quota.gigabytes } : undefined,
  };
}

function quotaText(q: Choices['quota']): string {
  if (!q?.volumes && !q?.gigabytes) return '';
  const part = (label: string, u?: { limit: number; inUse: number }) =>
    u ? `${label}: ${u.inUse} of ${u.limit < 0 ? 'unlimited' : u.limit} used` : '';
  return ` Project limits — ${[part('Volumes', q.volumes), part('Gigabytes', q.gigabytes)].filter(Boolean).join('; ')}.`;
}

function pick(label: string, options: FieldOption[]): FieldOption[] {
  return options.length
    ? [{ value: '', label: `Choose ${label}` }, ...options]
    : [{ value: '', label: `No ${label} available` }];
}

export function createVolumeFormSpec(c: Choices): FormSpec<ReturnType<typeof createVolumeInput>> {
  return {
    title: TITLE,
    submitLabel: 'Create Volume',
    description: `Volumes are block devices that you attach to instances; the data stays when the instance goes. Start empty, or copy an image, a snapshot or another volume — the size must then hold the source.${quotaText(c.quota)}`,
    schema: createVolumeInput(c.minimums),
    defaults: {
      name: '',
      description: '',
      source: 'blank',
      image: '',
      snapshot: '',
      volume: '',
      type: c.defaultType,
      size: '1',
      availability_zone: '',
    },
    fields: [
      { name: 'name', label: 'Volume Name', kind: 'text' },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 2 },
      {
        name: 'source',
        label: 'Volume Source',
        kind: 'select',
        options: VOLUME_SOURCES.map((s) => ({ value: s.value, label: s.label })),
      },
      {
        name: 'image',
        label: 'Use image as a source',
        kind: 'select',
        required: true,
        options: pick('an image', c.images),
        visible: (v) => v.source === 'image',
      },
      {
        name: 'snapshot',
        label: 'Use snapshot as a source',
        kind: 'select',
        required: true,
        options: pick('a snapshot', c.snapshots),
        visible: (v) => v.source === 'snapshot',
      },
      {
        name: 'volume',
        label: 'Use a volume as source',
        kind: 'select',
        required: true,
        options: pick('a volume', c.volumes),
        visible: (v) => v.source === 'volume',
      },
      {
        name: 'type',
        label: 'Type',
        kind: 'select',
        options: [{ value: '', label: 'No volume type' }, ...c.types],
      },
      {
        name: 'size',
        label: 'Size (GiB)',
        kind: 'number',
        required: true,
        help: 'At least the source’s size (an image: its minimum disk and its size, rounded up).',
      },
      {
        name: 'availability_zone',
        label: 'Availability Zone',
        kind: 'select',
        options: [{ value: '', label: 'Any Availability Zone' }, ...c.zones],
      },
    ],
  };
}

export function createVolumePreview(c: Choices, values: FormValues) {
  const source = formText(values, 'source', 'blank') as 'blank' | 'image' | 'snapshot' | 'volume';
  const sourceId = source === 'blank' ? '' : formText(values, source, `<${source}>`);
  const minimum = minimumFor(c.minimums, source, {
    image: formText(values, 'image'),
    snapshot: formText(values, 'snapshot'),
    volume: formText(values, 'volume'),
  });
  return createVolumeEquivalents({
    name: formText(values, 'name'),
    description: formText(values, 'description'),
    size: formText(values, 'size', String(minimum)),
    source,
    sourceId,
    type: formText(values, 'type'),
    availabilityZone: formText(values, 'availability_zone'),
  });
}

export function CreateVolumeDialog({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const session = useDashboardSession();
  const scope = useScopeKey();
  const { attempt } = useActionOutcome();
  // Fresh choices at every opening: a snapshot made a moment ago must be offered.
  const [opened] = useState(() => Date.now());
  const { data: choices, error } = useSWR(
    ['create-volume-choices', scope, opened],
    () => loadChoices(api, session.project.id),
    { revalidateOnFocus: false, revalidateIfStale: false },
  );

  return (
    <FormDialog
      spec={choices ? createVolumeFormSpec(choices) : null}
      open={open}
      onClose={onClose}
      pendingTitle={TITLE}
      pending={
        <FormPending
          error={error ? (error as Error).message : null}
          errorTitle="Unable to retrieve what a volume can be made from."
          loading="Loading images, snapshots and volume types…"
        />
      }
      // Called only once the form, and so its choices, exist.
      equivalents={(values) => createVolumePreview(choices as Choices, values)}
      onSubmit={async (input) => {
        const volume = await attempt(() => api.volume.createVolume(input));
        onCreated(`Creating volume "${volume.name || volume.id}".`);
      }}
    />
  );
}
