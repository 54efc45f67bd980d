// The Add Rule dialog's "Rule" choices, as Horizon names them: four custom kinds
// and the well-known services (api-ref: network v2, "Security group rules").

export type CustomTemplate = 'tcp' | 'udp' | 'icmp' | 'custom';

export interface ServiceTemplate {
  id: string;
  label: string;
  protocol: 'tcp' | 'udp' | 'icmp';
  /** Absent: any port (ICMP: any type and code). */
  ports?: [number, number];
}

export const CUSTOM_TEMPLATES: { id: CustomTemplate; label: string }[] = [
  { id: 'tcp', label: 'Custom TCP Rule' },
  { id: 'udp', label: 'Custom UDP Rule' },
  { id: 'icmp', label: 'Custom ICMP Rule' },
  { id: 'custom', label: 'Other Protocol' },
];

const tcp = (id: string, label: string, port: number): ServiceTemplate => ({
  id,
  label,
  protocol: 'tcp',
  ports: [port, port],
});

export const SERVICE_TEMPLATES: ServiceTemplate[] = [
  { id: 'all_icmp', label: 'All ICMP', protocol: 'icmp' },
  { id: 'all_tcp', label: 'All TCP', protocol: 'tcp', ports: [1, 65535] },
  { id: 'all_udp', label: 'All UDP', protocol: 'udp', ports: [1, 65535] },
  tcp('dns', 'DNS', 53),
  tcp('http', 'HTTP', 80),
  tcp('https', 'HTTPS', 443),
  tcp('imap', 'IMAP', 143),
  tcp('imaps', 'IMAPS', 993),
  tcp('ldap', 'LDAP', 389),
  tcp('ms_sql', 'MS SQL', 1433),
  tcp('mysql', 'MYSQL', 3306),
  tcp('pop3', 'POP3', 110),
  tcp('pop3s', 'POP3S', 995),
  tcp('rdp', 'RDP', 3389),
  tcp('smtp', 'SMTP', 25),
  tcp('smtps', 'SMTPS', 465),
  tcp('ssh', 'SSH', 22),
];

export const RULE_TEMPLATE_OPTIONS = [...CUSTOM_TEMPLATES, ...SERVICE_TEMPLATES].map((t) => ({
  value: t.id,
  label: t.label,
}));

export function serviceTemplate(id: string): ServiceTemplate | undefined {
  return SERVICE_TEMPLATES.find((t) => t.id === id);
}

export function isCustom(id: unknown): id is CustomTemplate {
  return CUSTOM_TEMPLATES.some((t) => t.id === id);
}
