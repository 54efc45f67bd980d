# shellcheck shell=bash
# Keystone (identity), served by uwsgi, + the catalog step that registers every other service in it.
PKGS_keystone="keystone python3-openstackclient uwsgi-plugin-python3 curl"
daemon keystone keystone 5000 http:/v3

# uwsgi_launch NAME PORT WSGIFILE : one process x 1 thread (serialised, enough for tests; low memory)
uwsgi_launch() {
  local name=$1 port=$2 file=$3
  # --die-on-term: without it SIGTERM makes uwsgi reload instead of exit.
  # "Connection: close": plain --http-socket closes kept-alive sockets and python-requests then fails
  #   with ConnectionResetError/RemoteDisconnected on the next request.
  launch "$name" uwsgi --plugin python3 --http-socket $H:"$port" --wsgi-file "$file" \
    --master --processes 1 --threads 1 --enable-threads --die-on-term --lazy-apps \
    --buffer-size 65535 --add-header "Connection: close" --procname-prefix-spaced "$name" || return 1
}

start_keystone() {
  mkdir -p /var/lib/keystone
  write_conf /etc/keystone/keystone.conf <<EOF
[DEFAULT]
# same file as uwsgi's own output (no colour codes)
log_file = $LOG/keystone.log
[database]
connection = $(db keystone)
[identity]
# bcrypt's cheapest cost (default 12, ~0.4 s of the single Keystone thread per password sign-in,
# which every CLI command and dashboard login does): a loopback test cloud needs no slow hashes
password_hash_rounds = 4
[token]
provider = fernet
# 4 h tokens (a class session) instead of the default 1 h
expiration = 14400
[fernet_tokens]
key_repository = /etc/keystone/fernet-keys/
[credential]
key_repository = /etc/keystone/credential-keys/
[oslo_policy]
policy_dirs = /etc/keystone/policy.d
[cache]
# An in-process cache (Keystone is one process here, so it stays coherent): validating a token,
# the catalog and role assignments are worked out once, not on every request. Without it the
# one Keystone thread averaged about 250 ms a request and held up every sign-in behind it.
enabled = true
backend = dogpile.cache.memory
$(cors)
EOF
  if sync_needed keystone keystone keystone; then
    step keystone "db_sync" keystone-manage --log-file "$LOG/setup.log" db_sync || return 1
    mark_synced keystone keystone
  fi
  # keystone runs as root here (under our uwsgi), so the key repositories belong to root
  [ -f /etc/keystone/fernet-keys/0 ] || step keystone "fernet_setup" keystone-manage --log-file "$LOG/setup.log" fernet_setup --keystone-user root --keystone-group root || return 1
  [ -f /etc/keystone/credential-keys/0 ] || step keystone "credential_setup" keystone-manage --log-file "$LOG/setup.log" credential_setup --keystone-user root --keystone-group root || return 1
  if [ ! -f "$STATE/keystone.bootstrapped" ]; then
    step keystone "bootstrap (admin user, project, identity endpoint)" keystone-manage --log-file "$LOG/setup.log" bootstrap \
      --bootstrap-password "$ADMIN_PASS" --bootstrap-region-id RegionOne \
      --bootstrap-admin-url http://$H:5000/v3/ --bootstrap-internal-url http://$H:5000/v3/ \
      --bootstrap-public-url http://$H:5000/v3/ || return 1
    touch "$STATE/keystone.bootstrapped"
  fi
  uwsgi_launch keystone 5000 /usr/bin/keystone-wsgi-public || return 1
  wait_http keystone http://$H:5000/v3 || return 1
}

# catalog SVC... : projects, roles, users admin/demo, service users, endpoints, heat/magnum domains (idempotent)
start_catalog() {
  admin_env
  # checking the users' passwords costs a bcrypt each: only when the passwords differ from the last run's
  # the hash cost is in the fingerprint: passwords hashed at another cost are set again (--rehash)
  local fp trust=(--rehash)
  fp=$(echo "$DEMO_PASS $SVC_PASS $ADMIN_PASS bcrypt-4" | sha256sum | cut -d' ' -f1)
  [ "$(cat "$STATE/passwords.sha" 2>/dev/null)" = "$fp" ] && trust=(--trust-passwords)
  step catalog "keystone objects and catalog for: $*" $PY "$HERE/ks.py" \
    --demo-pass "$DEMO_PASS" --service-pass "$SVC_PASS" --admin-pass "$ADMIN_PASS" "${trust[@]}" "$@" || return 1
  echo "$fp" >"$STATE/passwords.sha"
}
