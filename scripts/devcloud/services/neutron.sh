# shellcheck shell=bash
# Neutron server, ML2, no agents: networks, subnets, ports, routers and floating IPs are database objects only.
PKGS_neutron="neutron-server"
daemon neutron neutron-server 9696 http:/

start_neutron() {
  mkdir -p /var/lib/neutron/lock
  write_conf /etc/neutron/neutron.conf <<EOF
[DEFAULT]
bind_host = $H
bind_port = 9696
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $TRANSPORT
state_path = /var/lib/neutron
# api/rpc in the main process: least memory
api_workers = 0
rpc_workers = 0
rpc_state_report_workers = 0
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
allow_overlapping_ips = true
[database]
connection = $(db neutron)
[oslo_concurrency]
lock_path = /var/lib/neutron/lock
[agent]
root_helper = sudo
$(authtoken neutron)
$(cors)
$(svc_auth nova nova)
EOF
  # mechanism driver "test" (shipped in python3-neutron) binds ports without agents, see COMPUTE_HOST in nova.sh
  write_conf /etc/neutron/plugins/ml2/ml2_conf.ini <<EOF
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = test
extension_drivers = port_security
[ml2_type_flat]
flat_networks = *
[ml2_type_vlan]
network_vlan_ranges = physnet1:100:199,public
[ml2_type_vxlan]
vni_ranges = 1:1000
EOF
  if sync_needed neutron neutron-common neutron; then
    step neutron "db upgrade" neutron-db-manage --config-file /etc/neutron/neutron.conf \
      --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade head || return 1
    mark_synced neutron neutron-common
  fi
  # PYTHONOPTIMIZE=1 strips the test driver's over-strict asserts (they fail on real port updates -> binding_failed)
  PYTHONOPTIMIZE=1 oslo_launch neutron-server neutron-server --config-file /etc/neutron/neutron.conf \
    --config-file /etc/neutron/plugins/ml2/ml2_conf.ini || return 1
  wait_http neutron-server http://$H:9696/ || return 1
}
