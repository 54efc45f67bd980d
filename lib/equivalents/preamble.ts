// The opening lines every equivalent shares: the Heat template version and the
// openstacksdk connection (as lines to spread into a script, or as one string).
export const HOT_VERSION = 'heat_template_version: 2021-04-16';

export const SDK_CONNECT_LINES: readonly string[] = [
  'import openstack',
  '',
  'conn = openstack.connect(cloud="openstack")',
];

export const SDK_CONNECT = SDK_CONNECT_LINES.join('\n');
