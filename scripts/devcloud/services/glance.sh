# shellcheck shell=bash
# Glance (image v2), file store under /var/lib/glance/images.
PKGS_glance="glance-api"
daemon glance glance-api 9292 http:/

start_glance() {
  mkdir -p /var/lib/glance/images /var/lib/glance/staging /var/lib/glance/tasks_work /var/lib/glance/lock
  write_conf /etc/glance/glance-api.conf <<EOF
[DEFAULT]
bind_host = $H
bind_port = 9292
workers = 1
enabled_backends = fs:file
show_image_direct_url = true
[database]
connection = $(db glance)
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = /var/lib/glance/images/
[os_glance_staging_store]
filesystem_store_datadir = /var/lib/glance/staging/
[os_glance_tasks_store]
filesystem_store_datadir = /var/lib/glance/tasks_work/
[oslo_concurrency]
lock_path = /var/lib/glance/lock
[paste_deploy]
flavor = keystone
$(authtoken glance)
$(cors)
EOF
  if sync_needed glance glance-api glance; then
    step glance "db_sync" glance-manage db_sync || return 1
    mark_synced glance glance-api
  fi
  oslo_launch glance-api glance-api --config-file /etc/glance/glance-api.conf || return 1
  wait_http glance-api http://$H:9292/ || return 1
}
