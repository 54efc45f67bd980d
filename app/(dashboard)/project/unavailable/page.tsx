import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';

export default function Unavailable() {
  return (
    <>
      <PageHeader title="No panels available" crumbs={[{ label: 'Project' }]} />
      <Alert tone="info">
        This cloud offers none of the services this dashboard has panels for in the current region.
        Try another region or project from the header.
      </Alert>
    </>
  );
}
