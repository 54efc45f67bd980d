# shellcheck shell=bash
# Magnum (container-infra API + conductor). Templates and cluster CRUD work; clusters never reach
# CREATE_COMPLETE (the fake servers never signal heat's SoftwareDeployment).
PKGS_magnum="magnum-api magnum-conductor python3-magnumclient"
daemon magnum etcd-discovery-stub 9097 http:/new
daemon magnum magnum-conductor - -
daemon magnum magnum-api 9511 http:/

start_magnum() {
  mkdir -p /var/lib/magnum/tmp /var/lib/magnum/certificates
  write_conf /etc/magnum/magnum.conf <<EOF
[DEFAULT]
transport_url = $TRANSPORT
state_path = /var/lib/magnum
[api]
host = $H
port = 9511
workers = 1
[conductor]
workers = 1
[database]
connection = $(db magnum)
[oslo_concurrency]
lock_path = /var/lib/magnum/tmp
[oslo_messaging_notifications]
driver = noop
[certificates]
# certificates in the DB: no barbican
cert_manager_type = x509keypair
[cluster]
# never call the public https://discovery.etcd.io (no internet): a loopback stub answers instead
etcd_discovery_service_endpoint_format = http://$H:9097/new?size=%(size)d
[cinder_client]
region_name = RegionOne
[trust]
trustee_domain_name = magnum
trustee_domain_admin_name = magnum_domain_admin
trustee_domain_admin_password = $SVC_PASS
trustee_keystone_interface = public
$(authtoken magnum)
admin_user = magnum
admin_password = $SVC_PASS
admin_tenant_name = service
$(svc_auth keystone_auth magnum)
$(cors)
EOF
  if sync_needed magnum magnum-common magnum; then
    step magnum "db upgrade" magnum-db-manage upgrade || return 1
    mark_synced magnum magnum-common
  fi
  # etcd discovery stub: static files; /new -> a discovery URL whose size is 1 (so only master_count=1 validates)
  local d=$STATE/etcd-discovery
  mkdir -p "$d/c1/_config"
  echo "http://$H:9097/c1" >"$d/new"
  echo '{"node": {"value": "1"}}' >"$d/c1/_config/size"
  launch etcd-discovery-stub $PY -m http.server 9097 --bind $H --directory "$d" || return 1
  oslo_launch magnum-conductor magnum-conductor --config-file /etc/magnum/magnum.conf || return 1
  oslo_launch magnum-api magnum-api --config-file /etc/magnum/magnum.conf || return 1
  wait_http magnum-api http://$H:9511/ || return 1
}
