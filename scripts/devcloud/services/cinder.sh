# shellcheck shell=bash
# Cinder with the fake volume driver shipped in python3-cinder: every operation succeeds and only logs
# (LVM is impossible here: the kernel has no device-mapper).
PKGS_cinder="cinder-api cinder-scheduler cinder-volume"
daemon cinder cinder-scheduler - -
daemon cinder cinder-volume - -
daemon cinder cinder-api 8776 http:/

start_cinder() {
  mkdir -p /var/lib/cinder/tmp /var/lib/cinder/volumes
  write_conf /etc/cinder/cinder.conf <<EOF
[DEFAULT]
transport_url = $TRANSPORT
auth_strategy = keystone
my_ip = $H
osapi_volume_listen = $H
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
state_path = /var/lib/cinder
glance_api_servers = http://$H:9292
enabled_backends = fake
# The scheduler places nothing until a volume service has sent it its pools: it asks once when it starts
# and then hears from each backend every periodic_interval (60 s by default), so a volume created just
# after a start would sit in "creating" for a minute and then fail with "No valid backend".
periodic_interval = 10
api_paste_config = /etc/cinder/api-paste.ini
[fake]
volume_driver = cinder.tests.fake_driver.FakeLoggingVolumeDriver
volume_backend_name = fake
[database]
connection = $(db cinder)
[oslo_concurrency]
lock_path = /var/lib/cinder/tmp
[oslo_messaging_notifications]
driver = noop
$(authtoken cinder)
$(cors)
$(svc_auth nova cinder)
interface = public
EOF
  if sync_needed cinder cinder-common cinder; then
    step cinder "db sync" cinder-manage db sync || return 1
    mark_synced cinder cinder-common
  fi
  # the volume service first, so that it is listening when the scheduler asks for its pools
  oslo_launch cinder-volume cinder-volume --config-file /etc/cinder/cinder.conf || return 1
  oslo_launch cinder-scheduler cinder-scheduler --config-file /etc/cinder/cinder.conf || return 1
  oslo_launch cinder-api cinder-api --config-file /etc/cinder/cinder.conf || return 1
  wait_http cinder-api http://$H:8776/ || return 1
}
