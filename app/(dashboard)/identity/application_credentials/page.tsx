import { ApplicationCredentialsPage } from '@/components/application-credentials/application-credentials-page';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.applicationCredentials.title };

export default function Page() {
  return <ApplicationCredentialsPage />;
}
