# shellcheck shell=bash
# Heat (orchestration API + engine). heat-api-cfn (8000) is not run: no guest can call it back anyway.
PKGS_heat="heat-api heat-engine python3-heatclient"
daemon heat heat-engine - -
daemon heat heat-api 8004 http:/

start_heat() {
  mkdir -p /var/lib/heat/tmp
  write_conf /etc/heat/heat.conf <<EOF
[DEFAULT]
transport_url = $TRANSPORT
num_engine_workers = 1
region_name_for_services = RegionOne
heat_metadata_server_url = http://$H:8000
heat_waitcondition_server_url = http://$H:8000/v1/waitcondition
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $SVC_PASS
stack_user_domain_name = heat
[heat_api]
bind_host = $H
bind_port = 8004
workers = 1
[database]
connection = $(db heat)
[oslo_concurrency]
lock_path = /var/lib/heat/tmp
[oslo_messaging_notifications]
driver = noop
[clients_keystone]
auth_uri = http://$H:5000
[trustee]
auth_type = password
auth_url = http://$H:5000
username = heat
password = $SVC_PASS
user_domain_name = Default
$(authtoken heat)
$(cors)
EOF
  if sync_needed heat heat-common heat; then
    step heat "db_sync" heat-manage db_sync || return 1
    mark_synced heat heat-common
  fi
  oslo_launch heat-engine heat-engine --config-file /etc/heat/heat.conf || return 1
  oslo_launch heat-api heat-api --config-file /etc/heat/heat.conf || return 1
  wait_http heat-api http://$H:8004/ || return 1
}
