#!/bin/bash
# devcloud: real OpenStack Zed services from Debian 12 packages, on 127.0.0.1, without systemd (run as root).
#
#   scripts/devcloud.sh start  [svc…]   install what is missing, configure, sync DBs, register the catalog,
#                                       launch the daemons, seed demo data, write openrc + clouds.yaml.
#                                       Idempotent: what runs is reused. Exits non-zero (and prints the last
#                                       40 lines of the failing service's log) when a service does not come up.
#   scripts/devcloud.sh stop   [svc…]   stop the processes this script started (by pidfile / process group)
#   scripts/devcloud.sh status          one line per daemon: name, pid, port, answer, RSS; non-zero if any is down
#   scripts/devcloud.sh logs [-f] [svc…] last 50 lines of each log (or follow them with -f)
#   scripts/devcloud.sh reset           stop, drop every DB, wipe keys/images/rings/objects (packages stay)
#
# svc: mariadb rabbitmq keystone glance placement nova neutron cinder swift heat magnum seed (or a daemon
# name such as nova-api for stop/logs). State: /var/lib/devcloud, logs: /var/log/devcloud, pids: /run/devcloud.
# Smoke test: scripts/devcloud/smoke.sh. Docs: docs/devcloud.md.
set -u -o pipefail

# pyenv's python3 comes first on developers' PATH: Debian's tools and our helpers need the system python3
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export DEBIAN_FRONTEND=noninteractive
# the catalog steps authenticate as admin from their own settings; a caller's cloud must not override them
unset OS_CLOUD OS_CLIENT_CONFIG_FILE
PY=/usr/bin/python3
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/devcloud
STATE=${DEVCLOUD_STATE:-/var/lib/devcloud}
LOG=${DEVCLOUD_LOG:-/var/log/devcloud}
RUN=${DEVCLOUD_RUN:-/run/devcloud}
H=127.0.0.1
ADMIN_PASS=${ADMIN_PASS:-admin}
DEMO_PASS=${DEMO_PASS:-demo}
SVC_PASS=${SVC_PASS:-servicepass}
DB_PASS=${DB_PASS:-dbpass}
RABBIT_PASS=${RABBIT_PASS:-rabbitpass}
TRANSPORT="rabbit://openstack:$RABBIT_PASS@$H:5672/"
# browser dashboards on another origin; CORS_ORIGIN= (empty) disables, or e.g. CORS_ORIGIN=http://localhost:3000
CORS_ORIGIN=${CORS_ORIGIN-*}
SERVICES="mariadb rabbitmq keystone glance placement nova neutron cinder swift heat magnum seed"
OPENSTACK_SERVICES="glance placement nova neutron cinder swift heat magnum"

# shellcheck source=devcloud/lib.sh
. "$HERE/lib.sh"
for s in $SERVICES; do . "$HERE/services/$s.sh"; done

need_root() { [ "$(id -u)" = 0 ] || { echo "devcloud: run as root (apt, daemons, /var/lib)" >&2; exit 2; }; }
in_list() { [[ " $2 " == *" $1 "* ]]; }

do_start() {
  local want=${*:-$SERVICES} s v pkgs="" t0 t catalog_done=0
  for s in $want; do in_list "$s" "$SERVICES" || { echo "devcloud: unknown service $s ($SERVICES)" >&2; exit 2; }; done
  mkdir -p "$STATE" "$LOG" "$RUN"
  t0=$(date +%s); RUN_T0=$t0
  for s in $want; do v=PKGS_$s; pkgs="$pkgs ${!v:-}"; done
  # shellcheck disable=SC2086
  apt_install $pkgs || exit 1
  say "packages ready ($(( $(date +%s) - t0 ))s)"
  for s in $SERVICES; do
    in_list "$s" "$want" || continue
    # the catalog (service users + endpoints) must exist before the first OpenStack service starts
    if [ $catalog_done = 0 ] && in_list "$s" "$OPENSTACK_SERVICES"; then
      local os_want="" x
      for x in $want; do in_list "$x" "$OPENSTACK_SERVICES" && os_want="$os_want $x"; done
      # shellcheck disable=SC2086
      start_catalog $os_want || exit 1
      catalog_done=1
    fi
    t=$(date +%s); CONF_CHANGED=0   # set by write_conf: running daemons of this service then restart
    "start_$s" || { say "start FAILED at $s after $(( $(date +%s) - t0 ))s"; exit 1; }
    say "$s ready ($(( $(date +%s) - t ))s)"
  done
  if in_list nova "$want"; then wait_compute || exit 1; fi
  say "devcloud started in $(( $(date +%s) - t0 ))s"
  cat <<EOF
  auth URL   http://$H:5000/v3  (domain Default, region RegionOne)
  users      admin/$ADMIN_PASS (project admin), demo/$DEMO_PASS (projects demo, class-lab)
  openrc     $STATE/admin-openrc  $STATE/demo-openrc
  clouds     $STATE/clouds.yaml  (OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml OS_CLOUD=devcloud-demo)
  logs       $LOG   (scripts/devcloud.sh logs [svc])
  dashboard  OS_AUTH_URL=http://$H:5000/v3 npm start
EOF
}

do_stop() {
  local names n apis=() f
  names=$(select_daemons "$@" | tr "\n" " ")
  # APIs and workers together first, then the bus, then the database
  for n in $names; do case $n in mariadb|epmd|rabbitmq) ;; *) apis+=("$n") ;; esac; done
  [ ${#apis[@]} -gt 0 ] && stop_daemons "${apis[@]}"
  in_list rabbitmq "$names" && stop_rabbitmq_gracefully
  in_list epmd "$names" && stop_daemons epmd
  in_list mariadb "$names" && stop_daemons mariadb
  # pidfiles of daemons no longer in the registry (older versions of this script)
  if [ $# -eq 0 ]; then
    for f in "$RUN"/*.pid; do [ -f "$f" ] && stop_daemons "$(basename "$f" .pid)"; done
  fi
  return 0
}

do_status() {
  local d g n p c pid ans bad=0 total=0 pids="" rss
  declare -A RSS=()
  for d in "${DAEMONS[@]}"; do read -r g n p c <<<"$d"; alive "$n" && pids="$pids $(pid_of "$n")"; done
  # shellcheck disable=SC2086
  [ -n "$pids" ] && while read -r pid rss; do RSS[$pid]=$rss; done < <(tree_rss $pids)
  printf '%-24s %-8s %-6s %-16s %s\n' SERVICE PID PORT ANSWER RSS
  for d in "${DAEMONS[@]}"; do
    read -r g n p c <<<"$d"
    if alive "$n"; then
      pid=$(pid_of "$n")
      if ans=$(probe "$p" "$c"); then :; else ans="down ($ans)"; bad=$((bad + 1)); fi
      rss=${RSS[$pid]:-0}; total=$((total + rss))
      printf '%-24s %-8s %-6s %-16s %d MiB\n' "$n" "$pid" "$p" "$ans" $((rss / 1024))
    elif [ "$n" = epmd ] && port_open "$p"; then
      printf '%-24s %-8s %-6s %-16s\n' "$n" - "$p" "tcp open (not ours)"
    else
      printf '%-24s %-8s %-6s %-16s\n' "$n" - "$p" down
      bad=$((bad + 1))
    fi
  done
  echo "total RSS of the process trees: $((total / 1024)) MiB; $bad down"
  [ $bad -eq 0 ]
}

do_logs() {
  local follow=0 names n files=()
  if [ "${1:-}" = -f ]; then follow=1; shift; fi
  for n in "$@"; do [ -f "$LOG/$n.log" ] && ! select_daemons "$n" | grep -q . && files+=("$LOG/$n.log"); done  # setup, apt
  names=$(select_daemons "$@" | tr "\n" " ")
  [ $# -eq 0 ] && [ -f "$LOG/setup.log" ] && files+=("$LOG/setup.log")
  for n in $names; do [ -f "$LOG/$n.log" ] && files+=("$LOG/$n.log"); done
  [ ${#files[@]} -gt 0 ] || { echo "devcloud: no logs for: ${*:-any service} in $LOG" >&2; return 1; }
  if [ $follow = 1 ]; then exec tail -n 20 -F "${files[@]}"; else tail -n 50 "${files[@]}"; fi
}

do_reset() {
  do_stop
  wipe_mariadb || exit 1
  rm -rf /etc/keystone/fernet-keys /etc/keystone/credential-keys /var/lib/glance/images/* \
    /etc/swift/*.builder /etc/swift/*.ring.gz /etc/swift/backups /srv/node/d1/* /var/lib/nova/instances/* \
    "$STATE/synced" "$STATE/keystone.bootstrapped" "$STATE/cirros-like.img" "$STATE/passwords.sha"
  say "state wiped (packages and configs stay); 'start' rebuilds from empty databases"
}

cmd=${1:-}; shift || true
case $cmd in
  start) need_root; do_start "$@" ;;
  stop) need_root; do_stop "$@" ;;
  status) do_status ;;
  logs) do_logs "$@" ;;
  reset) need_root; mkdir -p "$RUN" "$LOG" "$STATE"; do_reset ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
