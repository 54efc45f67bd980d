'use client';
// Add Rule: Horizon's rule templates in one form; the Security Group choice
// needs the project's groups, so the form is built once they are read.
import useSWR from 'swr';
import { FormDialog } from '@/components/ui/form-dialog';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { LauncherProps } from '@/lib/resources/types';
import { addRuleForm } from './add-rule-form';

export function AddRuleLauncher({
  groupId,
  open,
  onClose,
  onCreated,
}: LauncherProps & { groupId: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data: groups, error } = useSWR(
    open ? ['security-group-choices', scopeKey] : null,
    async () =>
      (await api.network.listSecurityGroupPage({ filters: { fields: ['id', 'name'] } })).items,
    { revalidateOnFocus: false },
  );
  // Without the list the form still works with a CIDR remote.
  const form = addRuleForm(groupId, groups ?? [], !groups && !error);
  return (
    <FormDialog
      spec={form.spec}
      open={open}
      onClose={onClose}
      equivalents={form.equivalents}
      onSubmit={async (input) => {
        try {
          const rule = await api.network.createSecurityGroupRule({
            securityGroupId: groupId,
            ...input,
          });
          onCreated(`Successfully added rule: ${form.summary(rule)}`);
          return rule;
        } catch (e) {
          handleSessionExpiry(e);
          throw e;
        }
      }}
    />
  );
}
