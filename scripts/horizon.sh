#!/bin/bash
# Horizon (Debian's openstack-dashboard, the devcloud's release) beside the devcloud, on
# 127.0.0.1 only, for side-by-side benchmarks (scripts/bench/side-by-side.ts). Run as root.
#
#   scripts/horizon.sh start    install what is missing, write the settings, collect static files,
#                               start memcached and Apache (mod_wsgi, 2 processes × 10 threads)
#                               on http://127.0.0.1:8000; idempotent
#   scripts/horizon.sh stop     stop what start started
#   scripts/horizon.sh status   whether it answers, and the daemons' pids
#
# It needs the devcloud's Keystone (scripts/devcloud.sh start). Nothing here touches the
# system's own Apache sites: the server runs from its own configuration file.
set -u -o pipefail
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export DEBIAN_FRONTEND=noninteractive

PORT=${HORIZON_PORT:-8000}
KEYSTONE=${HORIZON_KEYSTONE_URL:-http://127.0.0.1:5000/v3}
STATE=${HORIZON_STATE:-/var/lib/horizon-bench}
LOG=${HORIZON_LOG:-/var/log/horizon-bench}
RUN=${HORIZON_RUN:-/run/horizon-bench}
MEMCACHED_PORT=${HORIZON_MEMCACHED_PORT:-11211}
SETTINGS=/etc/openstack-dashboard/local_settings.d/_9000_bench.py
PACKAGES="openstack-dashboard openstack-dashboard-apache memcached"

say() { echo "[horizon $(date +%T)] $*"; }

need_root() { [ "$(id -u)" = 0 ] || { echo "horizon: run as root (apt, daemons)" >&2; exit 2; }; }

install_packages() {
  local missing="" p
  for p in $PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  say "installing$missing"
  # shellcheck disable=SC2086
  apt-get install -y -q $missing >"$LOG/apt.log" 2>&1 \
    || { apt-get update -q >>"$LOG/apt.log" 2>&1 && apt-get install -y -q $missing >>"$LOG/apt.log" 2>&1; } \
    || { tail -20 "$LOG/apt.log"; return 1; }
}

# Loaded after Debian's own files in local_settings.d (alphabetical order).
write_settings() {
  cat >"$SETTINGS" <<EOF
# Written by scripts/horizon.sh: Horizon against the devcloud on loopback.
OPENSTACK_KEYSTONE_URL = "$KEYSTONE"
ALLOWED_HOSTS = ['*']
DEBUG = False
WEBROOT = '/'
# Offline compression's manifest made every page answer 500; compress on first use instead.
COMPRESS_OFFLINE = False
CACHES = {
    'default': {
        'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',
        'LOCATION': '127.0.0.1:$MEMCACHED_PORT',
    },
}
SESSION_ENGINE = 'django.contrib.sessions.backends.cache'
EOF
}

write_apache_conf() {
  local m=/usr/lib/apache2/modules
  cat >"$STATE/httpd.conf" <<EOF
# Written by scripts/horizon.sh.
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile $RUN/httpd.pid
Listen 127.0.0.1:$PORT
User www-data
Group www-data
LoadModule mpm_event_module $m/mod_mpm_event.so
LoadModule authz_core_module $m/mod_authz_core.so
LoadModule alias_module $m/mod_alias.so
LoadModule mime_module $m/mod_mime.so
LoadModule wsgi_module $m/mod_wsgi.so
TypesConfig /etc/mime.types
ErrorLog $LOG/error.log
LogLevel warn
LogFormat "%h %t \"%r\" %>s %b %D" timed
CustomLog $LOG/access.log timed
WSGIDaemonProcess horizon user=www-data group=www-data processes=2 threads=10 display-name=horizon-wsgi
WSGIProcessGroup horizon
WSGIApplicationGroup %{GLOBAL}
WSGIScriptAlias / /usr/share/openstack-dashboard/wsgi.py
Alias /static /var/lib/openstack-dashboard/static
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/openstack-dashboard>
  Require all granted
</Directory>
<Directory /var/lib/openstack-dashboard/static>
  Require all granted
</Directory>
EOF
}

answers() { curl -fsS -o /dev/null --max-time 20 "http://127.0.0.1:$PORT/auth/login/"; }

do_start() {
  need_root
  mkdir -p "$STATE" "$LOG" "$RUN"
  install_packages || exit 1
  write_settings
  write_apache_conf
  chown -R www-data:www-data /var/lib/openstack-dashboard/secret-key
  if [ ! -f "$STATE/static.done" ] || [ "$SETTINGS" -nt "$STATE/static.done" ]; then
    say "collecting static files"
    # As www-data: the secret key file it makes must be readable by the WSGI processes.
    (cd /usr/share/openstack-dashboard && runuser -u www-data -- python3 manage.py collectstatic --noinput --clear) \
      >"$LOG/collectstatic.log" 2>&1 || { tail -20 "$LOG/collectstatic.log"; exit 1; }
    touch "$STATE/static.done"
  fi
  if ! pgrep -F "$RUN/memcached.pid" >/dev/null 2>&1; then
    memcached -d -u memcache -l 127.0.0.1 -p "$MEMCACHED_PORT" -m 128 -P "$RUN/memcached.pid"
    say "started memcached on 127.0.0.1:$MEMCACHED_PORT"
  fi
  if ! pgrep -F "$RUN/httpd.pid" >/dev/null 2>&1; then
    apache2 -f "$STATE/httpd.conf" -k start || { tail -20 "$LOG/error.log"; exit 1; }
    say "started Apache on 127.0.0.1:$PORT"
  fi
  local i
  for i in $(seq 1 60); do
    answers && { say "Horizon answers at http://127.0.0.1:$PORT/ (log in as demo/demo)"; return 0; }
    sleep 1
  done
  echo "horizon: no answer from http://127.0.0.1:$PORT/auth/login/ after 60 s" >&2
  tail -40 "$LOG/error.log" >&2
  exit 1
}

do_stop() {
  need_root
  [ -f "$STATE/httpd.conf" ] && apache2 -f "$STATE/httpd.conf" -k stop 2>/dev/null
  if [ -f "$RUN/memcached.pid" ]; then pkill -F "$RUN/memcached.pid" 2>/dev/null; rm -f "$RUN/memcached.pid"; fi
  say "stopped"
}

do_status() {
  local rc=0
  for d in httpd memcached; do
    if pgrep -F "$RUN/$d.pid" >/dev/null 2>&1; then echo "$d: pid $(cat "$RUN/$d.pid")"; else echo "$d: down"; rc=1; fi
  done
  if answers; then echo "http://127.0.0.1:$PORT/: answers"; else echo "http://127.0.0.1:$PORT/: no answer"; rc=1; fi
  return $rc
}

case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) echo "usage: scripts/horizon.sh start|stop|status" >&2; exit 2 ;;
esac
