'use client';
// The Launch Instance wizard (Horizon's steps), the Instances panel's launcher.
// api-ref: compute v2.1, "Servers (servers)" → "Create Server".
import { useSearchParams } from 'next/navigation';
import { Wizard } from '@/components/ui/wizard';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FormValues } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Api } from '@/lib/openstack/api';
import type { LauncherProps } from '@/lib/resources/types';
import {
  buildCreateServerRequest,
  LAUNCH_DEFAULTS,
  quotaFromLimits,
  readLaunchDraft,
  SOURCE_TYPES,
  type LaunchContext,
  type LaunchInput,
} from '../instances-launch';
import { launchEquivalents, type LaunchRefs } from '../instances-launch-equivalents';
import { LAUNCH_PARAM, parseLaunchPreset, type LaunchPreset } from '../launch-preset';
import { launchSteps } from './launch-steps';
import { sourceRows } from './source-step';
import { useLaunchData, type LaunchData } from './use-launch-data';
import { usePresetSource } from './use-preset-source';

export function LaunchInstance(props: LauncherProps) {
  if (!props.open) return null;
  return <OpenLaunchInstance {...props} />;
}

function OpenLaunchInstance(props: LauncherProps) {
  const api = useApi();
  const session = useDashboardSession();
  const scopeKey = useScopeKey();
  // Null outside the App Router (unit tests render the wizard bare).
  const preset = parseLaunchPreset(useSearchParams()?.get(LAUNCH_PARAM));
  return (
    <LaunchInstanceWizard
      {...props}
      api={api}
      projectId={session.project.id}
      scopeKey={scopeKey}
      preset={preset}
    />
  );
}

/** id → name, for the names no other item of the same kind shares. */
function uniqueNames(items: { id: string; name?: string | null }[]): LaunchRefs {
  const counts = new Map<string, number>();
  for (const item of items) if (item.name) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  const refs: LaunchRefs = {};
  for (const item of items) if (item.name && counts.get(item.name) === 1) refs[item.id] = item.name;
  return refs;
}

function refsOf(data: LaunchData): LaunchRefs {
  return {
    ...uniqueNames([...(data.images.data ?? []), ...(data.snapshots.data ?? [])]),
    ...uniqueNames(data.volumes.data ?? []),
    ...uniqueNames(data.volumeSnapshots.data ?? []),
    ...uniqueNames(data.flavors.data ?? []),
    ...uniqueNames(data.networks.data ?? []),
  };
}

function contextOf(data: LaunchData): LaunchContext {
  const preset = data.preset;
  return {
    unusable: (type, id) =>
      preset?.problem && preset.type === type && preset.id === id ? preset.problem : undefined,
    quota: data.limits.absolute ? quotaFromLimits(data.limits.absolute) : undefined,
    source: (type, id) => sourceRows(data, type).data?.find((row) => row.id === id)?.info,
    flavors: data.flavors.data,
    availableNetworks: data.networks.data?.map((n) => n.id),
  };
}

/** The wizard's first values: the preset's source chosen when the link names one. */
export function defaultsFor(preset: LaunchPreset | null): FormValues {
  return preset && 'type' in preset
    ? { ...LAUNCH_DEFAULTS, source_type: preset.type, source_id: preset.id }
    : LAUNCH_DEFAULTS;
}

export function successMessage(input: Pick<LaunchInput, 'name' | 'count'>): string {
  return input.count > 1
    ? `Launched ${input.count} instances named "${input.name}".`
    : `Launched instance "${input.name}".`;
}

export function LaunchInstanceWizard({
  open,
  onClose,
  onCreated,
  api,
  projectId,
  scopeKey,
  preset = null,
}: LauncherProps & {
  api: Api;
  projectId: string;
  scopeKey: string;
  /** The source a `?launch=` link names. */
  preset?: LaunchPreset | null;
}) {
  const data: LaunchData = {
    ...useLaunchData(api, projectId, scopeKey),
    preset: usePresetSource(api, scopeKey, preset),
  };
  const ctx = contextOf(data);
  const refs = refsOf(data);
  const steps = launchSteps(data, ctx, api);

  async function launch(merged: Record<string, unknown>) {
    // Every step's schema ran; together their outputs are a LaunchInput.
    const input = merged as unknown as LaunchInput;
    if (!SOURCE_TYPES.includes(input.source_type)) throw new Error('Choose a boot source.');
    try {
      await api.compute.createServer(buildCreateServerRequest(input));
    } catch (error) {
      handleSessionExpiry(error);
      throw error;
    }
    onCreated(successMessage(input));
  }

  return (
    <Wizard
      open={open}
      onClose={onClose}
      title="Launch Instance"
      size="xl"
      steps={steps}
      defaults={defaultsFor(preset)}
      submitLabel="Launch Instance"
      onSubmit={launch}
      equivalents={(values) => launchEquivalents(readLaunchDraft(values, ctx), refs)}
    />
  );
}
