/** The same action as an `openstack` command, an openstacksdk call and a Heat resource. */
export interface Equivalents {
  cli: string;
  sdk: string;
  hot: string;
}
