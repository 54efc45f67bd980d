# shellcheck shell=bash
# Swift: proxy (keystone auth) + account/container/object servers, one replica on a plain directory (/srv/node/d1).
PKGS_swift="swift-proxy swift-account swift-container swift-object python3-swiftclient python3-keystonemiddleware"
daemon swift swift-account 6202 http:/healthcheck
daemon swift swift-container 6201 http:/healthcheck
daemon swift swift-object 6200 http:/healthcheck
# without the updater, container listings in the account lag (object/byte counters)
daemon swift swift-container-updater - -
daemon swift swift-proxy 8080 http:/healthcheck

swift_storage_conf() {  # swift_storage_conf KIND PORT
  cat <<EOF
[DEFAULT]
bind_ip = $H
bind_port = $2
# workers = 0: one process, no forked workers
workers = 0
user = swift
devices = /srv/node
# a plain directory, not a mounted disk
mount_check = false
log_name = $1-server
[pipeline:main]
pipeline = healthcheck recon $1-server
[app:$1-server]
use = egg:swift#$1
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:recon]
use = egg:swift#recon
recon_cache_path = /var/cache/swift
[$1-updater]
interval = 30
[$1-replicator]
[$1-auditor]
EOF
}

start_swift() {
  mkdir -p /srv/node/d1 /var/cache/swift /var/run/swift
  write_conf /etc/swift/swift.conf <<EOF
[swift-hash]
swift_hash_path_suffix = devcloud-suffix
swift_hash_path_prefix = devcloud-prefix
[storage-policy:0]
name = Policy-0
default = yes
EOF
  # One partition per ring. Each sweep of the container updater forks a process for every
  # partition that holds a container database, at about 1.5 s of CPU apiece; with 1,024
  # partitions, a devcloud that had seen a few hundred test containers (deleted ones keep their
  # database for a week) swept without pause and kept both cores busy.
  local kind port
  if [ -f /etc/swift/container.builder ] &&
    [ "$(swift-ring-builder /etc/swift/container.builder | grep -c '^1 partitions,')" = 0 ]; then
    # Rings from an older devcloud: their data sits in partitions the new rings do not have.
    # What Swift holds here is test debris, so it goes with them.
    say "swift: rebuilding the rings with one partition (Swift's test data is wiped)"
    # shellcheck disable=SC2046
    stop_daemons $(select_daemons swift)
    rm -rf /srv/node/d1/* /etc/swift/*.builder /etc/swift/*.ring.gz /etc/swift/backups
  fi
  for kind in account container object; do
    case $kind in account) port=6202 ;; container) port=6201 ;; object) port=6200 ;; esac
    write_conf /etc/swift/$kind-server.conf < <(swift_storage_conf $kind $port)
    if [ ! -f /etc/swift/$kind.ring.gz ]; then
      step swift "$kind ring" bash -c "cd /etc/swift && swift-ring-builder $kind.builder create 0 1 1 &&
        swift-ring-builder $kind.builder add r1z1-$H:$port/d1 100 && swift-ring-builder $kind.builder rebalance" || return 1
    fi
  done
  # no memcache "cache" filter in the pipeline: no memcached needed; CORS for browser dashboards
  write_conf /etc/swift/proxy-server.conf <<EOF
[DEFAULT]
bind_ip = $H
bind_port = 8080
workers = 0
user = swift
log_name = proxy-server
cors_allow_origin = ${CORS_ORIGIN}
cors_expose_headers = X-Trans-Id, X-Openstack-Request-Id, Content-Type, Etag, Last-Modified
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging listing_formats bulk authtoken keystoneauth copy slo dlo versioned_writes symlink proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
www_authenticate_uri = http://$H:5000
auth_url = http://$H:5000
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = swift
password = $SVC_PASS
delay_auth_decision = True
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
reseller_admin_role = ResellerAdmin
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
[filter:symlink]
use = egg:swift#symlink
EOF
  chown -R swift:swift /srv/node /var/cache/swift /var/run/swift /etc/swift
  # With workers = 0 the servers never drop to `user = swift`: started as root they would make
  # root-owned account/container databases that the updater (which does switch to swift) cannot
  # write. setpriv starts each one as swift (it execs, so the pidfile holds the server's pid).
  local as_swift=(setpriv --reuid=swift --regid=swift --init-groups --)
  # -v: swift logs to syslog, which does not run here; -v echoes the log lines to our log file too
  launch swift-account "${as_swift[@]}" swift-account-server /etc/swift/account-server.conf -v || return 1
  launch swift-container "${as_swift[@]}" swift-container-server /etc/swift/container-server.conf -v || return 1
  launch swift-object "${as_swift[@]}" swift-object-server /etc/swift/object-server.conf -v || return 1
  launch swift-container-updater "${as_swift[@]}" swift-container-updater /etc/swift/container-server.conf -v || return 1
  launch swift-proxy "${as_swift[@]}" swift-proxy-server /etc/swift/proxy-server.conf -v || return 1
  wait_http swift-proxy http://$H:8080/healthcheck || return 1
}
