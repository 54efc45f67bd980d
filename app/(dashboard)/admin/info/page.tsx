import { SystemInfo } from '@/components/system-info/system-info';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.systemInfo.title };

export default function SystemInfoPage() {
  return <SystemInfo />;
}
