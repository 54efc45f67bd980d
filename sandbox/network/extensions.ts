// GET /v2.0/extensions: the devcloud's (Zed, ML2 + router plugin) extensions whose
// attributes or behaviour the sandbox has, in the order Neutron lists them.

export interface Extension {
  name: string;
  alias: string;
  description: string;
  updated: string;
  links: never[];
}

const EXTENSIONS: [alias: string, name: string, description: string, updated: string][] = [
  [
    'allowed-address-pairs',
    'Allowed Address Pairs',
    'Provides allowed address pairs',
    '2013-07-23T10:00:00-00:00',
  ],
  [
    'availability_zone',
    'Availability Zone',
    'The availability zone extension.',
    '2015-01-01T10:00:00-00:00',
  ],
  [
    'empty-string-filtering',
    'Empty String Filtering Extension',
    'Allow filtering by attributes with empty string value',
    '2018-05-01T10:00:00-00:00',
  ],
  [
    'external-net',
    'Neutron external network',
    'Adds external network attribute to network resource.',
    '2013-01-14T10:00:00-00:00',
  ],
  [
    'extra_dhcp_opt',
    'Neutron Extra DHCP options',
    'Extra options configuration for DHCP. For example PXE boot options to DHCP clients can be specified (e.g. tftp-server, server-ip-address, bootfile-name)',
    '2013-03-17T12:00:00-00:00',
  ],
  [
    'extraroute',
    'Neutron Extra Route',
    'Extra routes configuration for L3 router',
    '2013-02-01T10:00:00-00:00',
  ],
  [
    'extraroute-atomic',
    'Atomically add/remove extra routes',
    'Edit extra routes of a router on server side by atomically adding/removing extra routes',
    '2019-07-10T00:00:00+00:00',
  ],
  [
    'filter-validation',
    'Filter parameters validation',
    'Provides validation on filter parameters.',
    '2018-07-04T10:00:00-00:00',
  ],
  [
    'fip-port-details',
    'Floating IP Port Details Extension',
    'Add port_details attribute to Floating IP resource',
    '2018-04-09T10:00:00-00:00',
  ],
  [
    'ip-substring-filtering',
    'IP address substring filtering',
    'Provides IP address substring filtering when listing ports',
    '2017-11-28T09:00:00-00:00',
  ],
  [
    'router',
    'Neutron L3 Router',
    'Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.',
    '2012-07-20T10:00:00-00:00',
  ],
  [
    'ext-gw-mode',
    'Neutron L3 Configurable external gateway mode',
    'Extension of the router abstraction for specifying whether SNAT should occur on the external gateway',
    '2013-03-28T10:00:00-00:00',
  ],
  [
    'net-mtu',
    'Network MTU',
    'Provides MTU attribute for a network resource.',
    '2015-03-25T10:00:00-00:00',
  ],
  [
    'network_availability_zone',
    'Network Availability Zone',
    'Availability zone support for network.',
    '2015-01-01T10:00:00-00:00',
  ],
  [
    'pagination',
    'Pagination support',
    'Extension that indicates that pagination is enabled.',
    '2016-06-12T00:00:00-00:00',
  ],
  [
    'binding',
    'Port Binding',
    'Expose port bindings of a virtual port to external application',
    '2014-02-03T10:00:00-00:00',
  ],
  ['port-security', 'Port Security', 'Provides port security', '2012-07-23T10:00:00-00:00'],
  [
    'project-id',
    'project_id field enabled',
    'Extension that indicates that project_id field is enabled.',
    '2016-09-09T09:09:09-09:09',
  ],
  [
    'provider',
    'Provider Network',
    'Expose mapping of virtual networks to physical networks',
    '2012-09-07T10:00:00-00:00',
  ],
  [
    'quotas',
    'Quota management support',
    'Expose functions for quotas management per project',
    '2012-07-29T10:00:00-00:00',
  ],
  [
    'quota_details',
    'Quota details management support',
    'Expose functions for quotas usage statistics per project',
    '2017-02-10T10:00:00-00:00',
  ],
  [
    'rbac-security-groups',
    'Add security_group type to network RBAC',
    'Add security_group type to network RBAC',
    '2019-02-14T00:00:00-00:00',
  ],
  [
    'standard-attr-revisions',
    'Resource revision numbers',
    'This extension will display the revision number of neutron resources.',
    '2016-04-11T10:00:00-00:00',
  ],
  [
    'router_availability_zone',
    'Router Availability Zone',
    'Availability zone support for router.',
    '2015-01-01T10:00:00-00:00',
  ],
  [
    'security-groups-normalized-cidr',
    'Normalized CIDR field for security group rules',
    'Add new field with normalized remote_ip_prefix cidr in SG rule',
    '2020-07-28T10:00:00-00:00',
  ],
  [
    'port-security-groups-filtering',
    'Port filtering on security groups',
    'Provides security groups filtering when listing ports',
    '2018-01-09T09:00:00-00:00',
  ],
  [
    'security-groups-remote-address-group',
    'Remote address group id field for security group rules',
    'Add new field of remote address group id in SG rules',
    '2020-08-25T10:00:00-00:00',
  ],
  [
    'security-groups-shared-filtering',
    'Security group filtering on the shared field',
    'Support filtering security groups on the shared field',
    '2021-10-05T09:00:00-00:00',
  ],
  [
    'security-group',
    'security-group',
    'The security groups extension.',
    '2012-10-05T10:00:00-00:00',
  ],
  [
    'sorting',
    'Sorting support',
    'Extension that indicates that sorting is enabled.',
    '2016-06-12T00:00:00-00:00',
  ],
  [
    'standard-attr-description',
    'standard-attr-description',
    'Extension to add descriptions to standard attributes',
    '2016-02-10T10:00:00-00:00',
  ],
  [
    'stateful-security-group',
    'Stateful security group',
    'Indicates if the security group is stateful or not',
    '2019-11-26T09:00:00-00:00',
  ],
  [
    'subnet-service-types',
    'Subnet service types',
    'Provides ability to set the subnet service_types field',
    '2016-03-15T18:00:00-00:00',
  ],
  [
    'standard-attr-tag',
    'Tag support for resources with standard attribute: port, subnet, subnetpool, network, security_group, router, floatingip, policy, trunk, network_segment_range',
    'Enables to set tag on resources with standard attribute.',
    '2017-01-01T00:00:00-00:00',
  ],
  [
    'standard-attr-timestamp',
    'Resource timestamps',
    'Adds created_at and updated_at fields to all Neutron resources that have Neutron standard attributes.',
    '2016-09-12T10:00:00-00:00',
  ],
];

export function extensions(): Extension[] {
  return EXTENSIONS.map(([alias, name, description, updated]) => ({
    name,
    alias,
    description,
    updated,
    links: [],
  }));
}
