# shellcheck shell=bash
# Nova with the fake virt driver: servers go ACTIVE, nothing runs. No libvirt, no console, no metadata API.
# nova-compute needs a nova-compute-hypervisor provider: nova-compute-ironic is the one that pulls no libvirt/qemu.
PKGS_nova="nova-api nova-conductor nova-scheduler nova-compute nova-compute-ironic"
daemon nova nova-conductor - -
daemon nova nova-scheduler - -
daemon nova nova-compute - -
daemon nova nova-api 8774 http:/
# neutron's in-tree ML2 "test" mechanism driver binds ports (vif_type ovs, ACTIVE) only for a host literally
# named "host-ovs-filter-active": naming the compute host so lets servers boot with NICs and no agent.
COMPUTE_HOST=${COMPUTE_HOST:-host-ovs-filter-active}

start_nova() {
  mkdir -p /var/lib/nova/tmp /var/lib/nova/instances
  write_conf /etc/nova/nova.conf <<EOF
[DEFAULT]
transport_url = $TRANSPORT
my_ip = $H
state_path = /var/lib/nova
instances_path = /var/lib/nova/instances
enabled_apis = osapi_compute
osapi_compute_listen = $H
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
metadata_listen = $H
metadata_workers = 1
compute_driver = fake.FakeDriver
# no neutron agent will ever send the vif-plugged event
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
allow_resize_to_same_host = true
[api]
auth_strategy = keystone
[api_database]
connection = $(db nova_api)
[database]
connection = $(db nova)
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 30
[filter_scheduler]
# Server group policies are enforced by these two filters (as Nova's defaults do).
enabled_filters = ComputeFilter,ComputeCapabilitiesFilter,ImagePropertiesFilter,ServerGroupAntiAffinityFilter,ServerGroupAffinityFilter
[oslo_concurrency]
lock_path = /var/lib/nova/tmp
[oslo_messaging_notifications]
driver = noop
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[glance]
region_name = RegionOne
[cinder]
os_region_name = RegionOne
[vnc]
enabled = false
$(authtoken nova)
$(cors)
$(svc_auth placement placement)
$(svc_auth neutron neutron)
$(svc_auth service_user nova)
send_service_user_token = true
EOF
  write_conf /etc/nova/nova-compute.conf <<EOF
[DEFAULT]
host = $COMPUTE_HOST
compute_driver = fake.FakeDriver
EOF
  if sync_needed nova nova-common nova_api nova nova_cell0; then
    step nova "api_db sync" nova-manage api_db sync || return 1
    nova-manage cell_v2 list_cells 2>/dev/null | grep -q ' cell0 ' ||
      { step nova "map_cell0" nova-manage cell_v2 map_cell0 --database_connection "$(db nova_cell0)" || return 1; }
    nova-manage cell_v2 list_cells 2>/dev/null | grep -q ' cell1 ' ||
      { step nova "create_cell cell1" nova-manage cell_v2 create_cell --name cell1 --transport-url "$TRANSPORT" --database_connection "$(db nova)" || return 1; }
    step nova "db sync" nova-manage db sync || return 1
    mark_synced nova nova-common
  fi
  oslo_launch nova-conductor nova-conductor --config-file /etc/nova/nova.conf || return 1
  oslo_launch nova-scheduler nova-scheduler --config-file /etc/nova/nova.conf || return 1
  oslo_launch nova-compute nova-compute --config-file /etc/nova/nova.conf --config-file /etc/nova/nova-compute.conf || return 1
  oslo_launch nova-api nova-api --config-file /etc/nova/nova.conf || return 1
  wait_http nova-api http://$H:8774/ || return 1
  # nova-compute registers in the background (~15 s); devcloud.sh waits for it after the other services
}

# the compute service must report in (since its launch) and be mapped to cell1 before servers can be scheduled
wait_compute() {
  local since i
  since=$(date -u -d "@$(cut -d. -f1 "$RUN/nova-compute.started")" '+%F %T')
  for i in $(seq 90); do
    alive nova-compute || { failed nova-compute "$LOG/nova-compute.log" "died while starting"; return 1; }
    if [ "$(sql "SELECT COUNT(*) FROM nova.services WHERE \`binary\`='nova-compute' AND deleted=0
                 AND COALESCE(updated_at, created_at) >= '$since'")" -gt 0 ] &&
       [ "$(sql "SELECT COUNT(*) FROM nova.compute_nodes WHERE deleted=0")" -gt 0 ]; then
      if [ "$(sql "SELECT COUNT(*) FROM nova_api.host_mappings WHERE host='$COMPUTE_HOST'")" -eq 0 ]; then
        step nova "discover_hosts" nova-manage cell_v2 discover_hosts || return 1
      fi
      say "nova-compute $COMPUTE_HOST is up and mapped"
      return 0
    fi
    sleep 2
  done
  failed nova-compute "$LOG/nova-compute.log" "did not register within 180 s"
}
