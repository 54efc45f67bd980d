// The floating IP row actions (api-ref network v2, "Floating IPs (floatingips)"):
// Associate (PUT port_id and fixed_ip_address), Disassociate (PUT port_id null), Release (DELETE).
import { SelectedRows } from '@/components/resource/selected-rows';
import { formText } from '@/lib/forms/text';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { associateFloatingIpInput, parseTarget } from './floating-ip-inputs';
import { listPortTargets } from './floating-ip-targets';
import {
  associateFloatingIpEquivalents,
  disassociateFloatingIpEquivalents,
  releaseFloatingIpEquivalents,
} from './floating-ips-equivalents';

const addresses = (rows: FloatingIp[]) => rows.map((f) => f.floating_ip_address);
const first = (rows: FloatingIp[]) => rows[0] as FloatingIp;

export const associateFloatingIp: RowAction<FloatingIp> = formRowAction({
  id: 'associate',
  label: 'Associate',
  allowed: (fip) => (fip.port_id ? 'The floating IP is already associated.' : true),
  form: async ({ api, session }, fip) => {
    const targets = await listPortTargets(api, session.project.id);
    return {
      title: 'Manage Floating IP Associations',
      submitLabel: 'Associate',
      description:
        'Select the IP address you wish to associate with the selected instance or port. A port is reachable from the floating IP only when a router joins its subnet to the floating IP’s network.',
      schema: associateFloatingIpInput,
      defaults: { ip: fip.id, target: '' },
      fields: [
        {
          name: 'ip',
          label: 'IP Address',
          kind: 'select',
          required: true,
          options: [{ value: fip.id, label: fip.floating_ip_address }],
        },
        {
          name: 'target',
          label: 'Port to be associated',
          kind: 'select',
          required: true,
          options: [
            {
              value: '',
              label: targets.length > 0 ? 'Select a port' : 'No ports available',
            },
            ...targets,
          ],
        },
      ],
    };
  },
  run: async ({ api }, fip, input) => {
    const target = parseTarget(input.target);
    if (!target) throw new Error('Select a port to be associated.');
    await api.network.updateFloatingIp(fip.id, {
      portId: target.portId,
      fixedIpAddress: target.fixedIp,
    });
  },
  success: (rows) => `IP address ${first(rows).floating_ip_address} associated.`,
  failure: (fip) => `Unable to associate IP address ${fip.floating_ip_address}`,
  equivalents: (rows, values) => {
    const fip = first(rows);
    const target = parseTarget(formText(values, 'target'));
    return associateFloatingIpEquivalents({
      floatingIpId: fip.id,
      floatingIpAddress: fip.floating_ip_address,
      portId: target?.portId ?? '<port>',
      fixedIp: target?.fixedIp ?? '',
    });
  },
});

export const disassociateFloatingIp: RowAction<FloatingIp> = {
  id: 'disassociate',
  label: 'Disassociate',
  danger: true,
  allowed: (fip) => (fip.port_id ? true : 'The floating IP is not associated.'),
  confirm: {
    title: 'Confirm Disassociate',
    confirmLabel: 'Disassociate',
    body: (rows) => (
      <SelectedRows names={addresses(rows)}>
        The floating IP stays allocated to the project.
      </SelectedRows>
    ),
  },
  run: async ({ api }, fip) => {
    await api.network.updateFloatingIp(fip.id, { portId: null });
  },
  success: (rows) => `Disassociated Floating IP: ${addresses(rows).join(', ')}`,
  failure: (fip) => `Unable to disassociate Floating IP: ${fip.floating_ip_address}`,
  equivalents: (rows) => disassociateFloatingIpEquivalents(addresses(rows)),
};

export const releaseFloatingIp: RowAction<FloatingIp> = {
  id: 'release',
  label: 'Release Floating IP',
  danger: true,
  batch: { label: 'Release Floating IPs' },
  confirm: {
    title: 'Confirm Release Floating IP',
    confirmLabel: 'Release Floating IP',
    body: (rows) => (
      <>
        <SelectedRows names={addresses(rows)} />
        <p className="text-muted">
          This action cannot be undone. The address goes back to its pool and may be given to
          another project.
        </p>
      </>
    ),
  },
  run: ({ api }, fip) => api.network.deleteFloatingIp(fip.id),
  success: (rows) =>
    `Released Floating IP${rows.length === 1 ? '' : 's'}: ${addresses(rows).join(', ')}`,
  failure: (fip) => `Unable to release Floating IP: ${fip.floating_ip_address}`,
  equivalents: (rows) => releaseFloatingIpEquivalents(addresses(rows)),
  removesRow: true,
};
