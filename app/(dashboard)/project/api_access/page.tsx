import { ApiAccess } from '@/components/api-access/api-access';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.apiAccess.title };

export default function ApiAccessPage() {
  return <ApiAccess />;
}
