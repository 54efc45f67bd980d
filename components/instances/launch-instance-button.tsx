'use client';
// "Launch Instance" for pages other than Instances (the Network Topology): the
// wizard opens in place and loads with the first click, like on the list.
import { CreateActionButton } from '@/components/resource/create-action-button';
import type { LauncherCreateAction } from '@/lib/resources/types';
import { LaunchInstanceLazy } from './launch-instance/launch-instance-lazy';

// The same action as the Instances definition's, without importing the whole
// definition (its columns and row actions) into the page that shows the button.
const launchInstance: LauncherCreateAction = {
  id: 'launch',
  label: 'Launch Instance',
  launcher: LaunchInstanceLazy,
};

export function LaunchInstanceButton({ onCreated }: { onCreated?: () => void }) {
  return <CreateActionButton action={launchInstance} onCreated={onCreated} variant="primary" />;
}
