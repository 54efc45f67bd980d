import { describe, expect, it } from 'vitest';
import type { FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import { addRuleInput, RULE_DEFAULTS, ruleFieldVisible } from './rule-inputs';
import { RULE_TEMPLATE_OPTIONS, serviceTemplate } from './rule-templates';

const check = (values: FormValues) => validateForm(addRuleInput, { ...RULE_DEFAULTS, ...values });

describe('Add Rule templates', () => {
  it('offers Horizon’s templates in its order, with the well-known ports', () => {
    expect(RULE_TEMPLATE_OPTIONS.map((o) => o.label)).toEqual([
      'Custom TCP Rule',
      'Custom UDP Rule',
      'Custom ICMP Rule',
      'Other Protocol',
      'All ICMP',
      'All TCP',
      'All UDP',
      'DNS',
      'HTTP',
      'HTTPS',
      'IMAP',
      'IMAPS',
      'LDAP',
      'MS SQL',
      'MYSQL',
      'POP3',
      'POP3S',
      'RDP',
      'SMTP',
      'SMTPS',
      'SSH',
    ]);
    const port = (id: string) => serviceTemplate(id)?.ports?.[0];
    expect(['dns', 'http', 'https', 'imap', 'imaps', 'ldap', 'ms_sql', 'mysql'].map(port)).toEqual([
      53, 80, 443, 143, 993, 389, 1433, 3306,
    ]);
    expect(['pop3', 'pop3s', 'rdp', 'smtp', 'smtps', 'ssh'].map(port)).toEqual([
      110, 995, 3389, 25, 465, 22,
    ]);
  });

  it('turns SSH and All ICMP into the rules Neutron is asked for', () => {
    expect(check({ rule: 'ssh' })).toMatchObject({
      ok: true,
      data: {
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        portRangeMin: 22,
        portRangeMax: 22,
        remoteIpPrefix: '0.0.0.0/0',
        remoteGroupId: null,
      },
    });
    // A named template is always ingress, whatever a hidden Direction holds.
    expect(check({ rule: 'all_icmp', direction: 'egress' })).toMatchObject({
      ok: true,
      data: { direction: 'ingress', protocol: 'icmp', portRangeMin: null, portRangeMax: null },
    });
    expect(check({ rule: 'all_udp', cidr: '::/0' })).toMatchObject({
      ok: true,
      data: { protocol: 'udp', portRangeMin: 1, portRangeMax: 65535, ethertype: 'IPv6' },
    });
  });

  it('reads the custom kinds: port, range, all ports, ICMP type/code, any protocol', () => {
    expect(check({ rule: 'udp', direction: 'egress', port: '53' })).toMatchObject({
      ok: true,
      data: { direction: 'egress', protocol: 'udp', portRangeMin: 53, portRangeMax: 53 },
    });
    expect(
      check({ rule: 'tcp', port_or_range: 'range', from_port: '80', to_port: '443' }),
    ).toMatchObject({
      ok: true,
      data: { portRangeMin: 80, portRangeMax: 443 },
    });
    expect(check({ rule: 'tcp', port_or_range: 'all' })).toMatchObject({
      data: { portRangeMin: 1, portRangeMax: 65535 },
    });
    expect(check({ rule: 'icmp', icmp_type: '8', icmp_code: '0' })).toMatchObject({
      data: { protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 },
    });
    expect(check({ rule: 'icmp', icmp_type: '-1', icmp_code: '' })).toMatchObject({
      data: { portRangeMin: null, portRangeMax: null },
    });
    expect(check({ rule: 'custom', ip_protocol: '47' })).toMatchObject({
      data: { protocol: '47', portRangeMin: null },
    });
    expect(check({ rule: 'custom', ip_protocol: '' })).toMatchObject({ data: { protocol: null } });
  });

  it('takes the remote as a security group with its own ether type', () => {
    expect(
      check({ rule: 'http', remote: 'sg', security_group: 'g1', ethertype: 'IPv6', cidr: 'junk' }),
    ).toMatchObject({
      ok: true,
      data: { remoteGroupId: 'g1', remoteIpPrefix: null, ethertype: 'IPv6' },
    });
    expect(check({ remote: 'sg', rule: 'ssh', security_group: '' }).errors).toEqual({
      security_group: 'Choose a security group.',
    });
  });

  it('says what is wrong at the field', () => {
    const errors = (values: FormValues) => check(values).errors;
    expect(errors({ rule: 'tcp', port: '' })).toEqual({ port: 'Port is required.' });
    expect(errors({ rule: 'tcp', port: '0' })).toEqual({
      port: 'Port must be a whole number from 1 to 65,535.',
    });
    expect(errors({ rule: 'tcp', port: '70000' }).port).toBe(
      'Port must be a whole number from 1 to 65,535.',
    );
    expect(errors({ rule: 'udp', port: '2.5' }).port).toMatch(/whole number/);
    expect(
      errors({ rule: 'tcp', port_or_range: 'range', from_port: '443', to_port: '80' }),
    ).toEqual({ to_port: 'To Port (80) must be greater than or equal to From Port (443).' });
    expect(errors({ rule: 'icmp', icmp_type: '300' })).toEqual({
      icmp_type: 'ICMP Type must be a whole number from -1 (any) to 255.',
    });
    expect(errors({ rule: 'icmp', icmp_type: '8', icmp_code: '256' })).toEqual({
      icmp_code: 'ICMP Code must be a whole number from -1 (any) to 255.',
    });
    expect(errors({ rule: 'icmp', icmp_type: '', icmp_code: '3' })).toEqual({
      icmp_code: 'An ICMP Code needs an ICMP Type.',
    });
    expect(errors({ rule: 'custom', ip_protocol: '256' }).ip_protocol).toMatch(/IP Protocol/);
    expect(errors({ rule: 'ssh', cidr: '10.0.0.0/33' })).toEqual({
      cidr: 'The prefix length of 10.0.0.0/33 must be from 0 to 32.',
    });
    expect(errors({ rule: 'ssh', cidr: '10.0.0.256/24' })).toEqual({
      cidr: '10.0.0.256/24 is not a valid IP address or CIDR.',
    });
    expect(errors({ rule: 'ssh', cidr: '10.0.0.0/8', cidr_ethertype: 'IPv6' })).toEqual({
      cidr: '10.0.0.0/8 is an IPv4 prefix, but the Ether Type is IPv6.',
    });
    expect(errors({ rule: 'ssh', cidr: '2001:db8::/32', cidr_ethertype: 'IPv4' }).cidr).toBe(
      '2001:db8::/32 is an IPv6 prefix, but the Ether Type is IPv4.',
    );
    expect(errors({ rule: 'ssh', description: 'd'.repeat(256) })).toEqual({
      description: 'Description must be 255 characters or fewer.',
    });
    expect(errors({ rule: 'nope' })).toEqual({ rule: 'Choose a rule.' });
    // Fields a template hides are never held against the user.
    expect(check({ rule: 'ssh', port: '99999', icmp_type: '300', from_port: 'x' }).ok).toBe(true);
  });

  it('shows the fields each template needs', () => {
    const shown = (values: FormValues) =>
      Object.entries(ruleFieldVisible)
        .filter(([, visible]) => visible({ ...RULE_DEFAULTS, ...values }))
        .map(([name]) => name);
    expect(shown({ rule: 'tcp' })).toEqual(['direction', 'port_or_range', 'port', 'cidr']);
    expect(shown({ rule: 'udp', port_or_range: 'range' })).toEqual([
      'direction',
      'port_or_range',
      'range',
      'cidr',
    ]);
    expect(shown({ rule: 'icmp', remote: 'sg' })).toEqual(['direction', 'icmp', 'sg']);
    expect(shown({ rule: 'custom' })).toEqual(['direction', 'ip_protocol', 'cidr']);
    expect(shown({ rule: 'ssh' })).toEqual(['cidr']);
  });
});
