# shellcheck shell=bash
# Helpers shared by scripts/devcloud.sh and scripts/devcloud/services/*.sh (sourced, not run).

say() { echo "[devcloud $(date -u +%H:%M:%S)] $*"; }

# ---------- daemon registry: every process the devcloud runs, in start order ----------
# daemon GROUP NAME PORT CHECK   CHECK is http:<path> | tcp | mysql | - (pid only)
DAEMONS=()
daemon() { DAEMONS+=("$1 $2 $3 $4"); }

daemon_port() {
  local d g n p c
  for d in "${DAEMONS[@]}"; do read -r g n p c <<<"$d"; [ "$n" = "$1" ] && { echo "$p"; return; }; done
  echo -
}
port_open() { (exec 3<>"/dev/tcp/$H/$1") 2>/dev/null; }

# names of registered daemons whose group or own name is in the given list (all when empty)
select_daemons() {
  local d g n p c
  for d in "${DAEMONS[@]}"; do
    read -r g n p c <<<"$d"
    if [ $# -eq 0 ] || [[ " $* " == *" $g "* ]] || [[ " $* " == *" $n "* ]]; then echo "$n"; fi
  done
}

# ---------- pidfiles: "<pid> <start time>" so a pid reused after a reboot is never mistaken for ours ----------
# start time of a live pid (empty for a zombie: pid 1 here reaps exited daemons only after a while)
proc_start() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '$1 != "Z" {print $20}'; }
pid_of() { awk '{print $1}' "$RUN/$1.pid" 2>/dev/null; }
alive() {
  local pid st
  [ -f "$RUN/$1.pid" ] || return 1
  read -r pid st <"$RUN/$1.pid"
  [ -n "$pid" ] && [ -n "$st" ] && [ "$(proc_start "$pid")" = "$st" ]
}

# launch NAME CMD... : background, in its own session/process group, pidfile + log.
# Reuses a running daemon, unless its group's config changed in this run (CONF_CHANGED=1): then restarts it.
launch() {
  local name=$1; shift
  if alive "$name"; then
    if [ "${CONF_CHANGED:-0}" != 1 ]; then say "$name already running (pid $(pid_of "$name"))"; return 0; fi
    say "$name: config changed, restarting"; stop_daemon "$name"
  fi
  # a foreign process on our port would answer our health checks: refuse to start over it
  local port; port=$(daemon_port "$name")
  if [ "$port" != - ] && port_open "$port"; then
    failed "$name" "$LOG/$name.log" "port $port is already in use by: $(ss -ltnpH "sport = :$port" | grep -o 'users:.*' | head -1)"
    return 1
  fi
  echo "===== $(date -u '+%F %T') devcloud launches: $*" >>"$LOG/$name.log"
  setsid "$@" >>"$LOG/$name.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid $(proc_start $pid)" >"$RUN/$name.pid"
  date +%s.%N >"$RUN/$name.started"
  say "started $name (pid $pid)"
}

# oslo_launch NAME CMD... : an oslo.service daemon; --log-file keeps its log free of the colour codes
# oslo.log adds when it logs to stdout
oslo_launch() { local name=$1; shift; launch "$name" "$@" --log-file "$LOG/$name.log"; }

# all descendants of a pid (children first found via ppid walk), one per line
descendants() {
  ps -eo pid=,ppid= | awk -v root="$1" '{kids[$2]=kids[$2] " " $1}
    END{n=split(kids[root],q," "); i=1; while(i<=n){p=q[i]; print p; m=split(kids[p],k," "); for(j=1;j<=m;j++) q[++n]=k[j]; i++}}'
}

# stop_daemons NAME... : TERM each one's process group and descendants at once, wait up to 10 s for all,
# then KILL what is left. Only touches pids this script recorded (pid + start time).
stop_daemons() {
  local n pid kids i left
  declare -A PIDS=() KIDS=()
  for n in "$@"; do
    if ! alive "$n"; then rm -f "$RUN/$n.pid" "$RUN/$n.started"; continue; fi
    pid=$(pid_of "$n"); PIDS[$n]=$pid
    kids=$(descendants "$pid" | tr '\n' ' '); KIDS[$n]=$kids
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    # shellcheck disable=SC2086
    [ -n "${kids// /}" ] && kill -TERM $kids 2>/dev/null
  done
  for i in $(seq 50); do
    left=0; for n in "${!PIDS[@]}"; do alive "$n" && left=1; done
    [ $left = 0 ] && break; sleep 0.2
  done
  for n in "$@"; do
    [ -n "${PIDS[$n]:-}" ] || continue
    pid=${PIDS[$n]}
    if alive "$n"; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null; say "killed $n ($pid) after 10 s"; fi
    # shellcheck disable=SC2086
    [ -n "${KIDS[$n]// /}" ] && kill -KILL ${KIDS[$n]} 2>/dev/null
    rm -f "$RUN/$n.pid" "$RUN/$n.started"
    say "stopped $n ($pid)"
  done
}
stop_daemon() { stop_daemons "$1"; }

# ---------- failures: print the tail of the right log, return non-zero (start exits on it) ----------
failed() {  # failed NAME LOGFILE MESSAGE
  say "ERROR: $1: $3"
  echo "----- last 40 lines of $2 -----"
  tail -n 40 "$2" 2>/dev/null
  echo "----- end of $2 -----"
  return 1
}
# step GROUP WHAT CMD... : run a setup command, output to setup.log (or $STEP_LOG)
step() {
  local g=$1 what=$2 f=${STEP_LOG:-$LOG/setup.log}; shift 2
  echo "== $(date -u +%T) $g: $what" >>"$f"
  "$@" >>"$f" 2>&1 || failed "$g" "$f" "$what failed"
}

# wait_http NAME URL [TIMEOUT] : wait for any HTTP answer; fail with the daemon's log if it dies or stays silent
wait_http() {
  local name=$1 url=$2 t=${3:-120} i
  for i in $(seq $((t * 5))); do
    if curl -s -o /dev/null -m 5 "$url"; then
      local st; st=$(cat "$RUN/$name.started")
      # time to first answer, for daemons launched by this run only
      awk -v s="$st" -v t0="${RUN_T0:-0}" 'BEGIN{exit !(s >= t0)}' &&
        say "$name answers $url ($(awk -v s="$st" -v n="$(date +%s.%N)" 'BEGIN{printf "%.1f", n-s}')s after launch)"
      return 0
    fi
    alive "$name" || { failed "$name" "$LOG/$name.log" "died while starting"; return 1; }
    sleep 0.2
  done
  failed "$name" "$LOG/$name.log" "no answer on $url within ${t}s"
}
wait_tcp() {  # wait_tcp NAME PORT [TIMEOUT]
  local name=$1 port=$2 t=${3:-60} i
  for i in $(seq $((t * 5))); do
    port_open "$port" && return 0
    alive "$name" || { failed "$name" "$LOG/$name.log" "died while starting"; return 1; }
    sleep 0.2
  done
  failed "$name" "$LOG/$name.log" "port $port not open within ${t}s"
}

# ---------- packages ----------
pkgs_missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}
# one apt run for everything the requested services need: apt-get update once, daemons not auto-started
apt_install() {
  local missing; missing=$(pkgs_missing "$@" | tr '\n' ' ')
  [ -n "${missing// /}" ] || return 0
  say "apt-get install (missing: $(echo "$missing" | wc -w) packages) — log $LOG/apt.log"
  # policy-rc.d exit 101: package postinsts must not try to start daemons (no systemd; we start them ourselves)
  local had=0
  [ -f /usr/sbin/policy-rc.d ] && { had=1; cp -p /usr/sbin/policy-rc.d "$RUN/policy-rc.d.saved"; }
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
  local rc=0
  STEP_LOG=$LOG/apt.log step apt "apt-get update" apt-get update -q -o DPkg::Lock::Timeout=600 || rc=1
  # confdef/confold: keep Debian's default files untouched; we write our own configs afterwards
  [ $rc = 0 ] && { STEP_LOG=$LOG/apt.log step apt "apt-get install" apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing || rc=1; }
  if [ $had = 1 ]; then mv -f "$RUN/policy-rc.d.saved" /usr/sbin/policy-rc.d; else rm -f /usr/sbin/policy-rc.d; fi
  return $rc
}

# ---------- configs ----------
# write_conf PATH < content : replace only when different (sets CONF_CHANGED=1); Debian's original kept as PATH.debian-orig
write_conf() {
  local f=$1 tmp; tmp=$(mktemp)
  cat >"$tmp"
  if [ -f "$f" ] && cmp -s "$tmp" "$f"; then rm -f "$tmp"; return 0; fi
  [ -f "$f" ] && [ ! -f "$f.debian-orig" ] && cp -p "$f" "$f.debian-orig"
  mkdir -p "$(dirname "$f")"
  cat "$tmp" >"$f"; rm -f "$tmp"
  CONF_CHANGED=1
}
db() { echo "mysql+pymysql://openstack:$DB_PASS@$H/$1?charset=utf8"; }
sql() { mariadb --socket=/run/mysqld/mysqld.sock -N -B -e "$1"; }
# [cors] for oslo.middleware: browser dashboards on another origin (CORS_ORIGIN= disables)
cors() {
  [ -n "$CORS_ORIGIN" ] || return 0
  printf '[cors]\nallowed_origin = %s\nallow_credentials = true\n' "$CORS_ORIGIN"
}
authtoken() {  # authtoken SERVICEUSER -> [keystone_authtoken]
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://$H:5000
auth_url = http://$H:5000
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SVC_PASS
service_token_roles_required = true
EOF
}
svc_auth() {  # svc_auth SECTION USER -> password auth section for service-to-service clients
  cat <<EOF
[$1]
auth_url = http://$H:5000
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $SVC_PASS
region_name = RegionOne
EOF
}

# ---------- db sync only when needed: marker = package version, and the DB must have tables ----------
sync_needed() {  # sync_needed KEY PKG DB... -> 0 when a sync must run
  local key=$1 pkg=$2 d; shift 2
  [ "$(cat "$STATE/synced/$key" 2>/dev/null)" = "$(dpkg-query -W -f='${Version}' "$pkg")" ] || return 0
  for d in "$@"; do
    [ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$d'")" -gt 0 ] || return 0
  done
  return 1
}
mark_synced() { mkdir -p "$STATE/synced"; dpkg-query -W -f='${Version}' "$2" >"$STATE/synced/$1"; }

admin_env() {
  export OS_AUTH_URL=http://$H:5000/v3 OS_USERNAME=admin OS_PASSWORD=$ADMIN_PASS OS_PROJECT_NAME=admin \
    OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default OS_IDENTITY_API_VERSION=3 \
    OS_REGION_NAME=RegionOne OS_INTERFACE=public
}

# ---------- status helpers ----------
# probe PORT CHECK -> prints the answer; non-zero when unhealthy
probe() {
  local port=$1 check=$2 code
  case $check in
    http:*)
      code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://$H:$port${check#http:}")
      echo "HTTP $code"; [ "$code" != 000 ] && [ "$code" -lt 500 ] ;;
    tcp) if port_open "$port"; then echo "tcp open"; else echo "tcp closed"; return 1; fi ;;
    mysql) if mariadb-admin --socket=/run/mysqld/mysqld.sock ping >/dev/null 2>&1; then echo "mysqld alive"; else echo "no ping"; return 1; fi ;;
    *) echo "running" ;;
  esac
}
# RSS (KiB) of the process tree under each pid given; prints "pid rss" lines
tree_rss() {
  ps -eo pid=,ppid=,rss= | awk -v roots="$*" '{par[$1]=$2; rss[$1]=$3}
    END{n=split(roots,r," "); for(i=1;i<=n;i++) want[r[i]]=1
        for(p in par){x=p; while(x!="" && x+0>1){ if(x in want){tot[x]+=rss[p]; break}; x=par[x]}}
        for(i=1;i<=n;i++) print r[i], tot[r[i]]+0}'
}
