# shellcheck shell=bash
# Placement, served by uwsgi like keystone.
PKGS_placement="placement-api uwsgi-plugin-python3"
daemon placement placement-api 8778 http:/

start_placement() {
  write_conf /etc/placement/placement.conf <<EOF
[DEFAULT]
# same file as uwsgi's own output (no colour codes)
log_file = $LOG/placement-api.log
[api]
auth_strategy = keystone
[placement_database]
connection = $(db placement)
$(authtoken placement)
$(cors)
EOF
  if sync_needed placement placement-api placement; then
    step placement "db sync" placement-manage --log-file "$LOG/setup.log" db sync || return 1
    mark_synced placement placement-api
  fi
  uwsgi_launch placement-api 8778 /usr/bin/placement-api || return 1
  wait_http placement-api http://$H:8778/ || return 1
}
