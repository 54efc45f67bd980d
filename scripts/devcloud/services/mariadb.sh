# shellcheck shell=bash
# MariaDB: the one database of every service (keystone on SQLite failed with "database is locked" on consecutive writes).
PKGS_mariadb="mariadb-server python3-pymysql"
daemon mariadb mariadb 3306 mysql
DBS="keystone glance placement nova_api nova nova_cell0 neutron cinder heat magnum"

run_mariadb() {
  mkdir -p /run/mysqld; chown mysql:mysql /run/mysqld
  # Debian's postinst already initialised /var/lib/mysql; started by hand (no systemd), loopback only
  launch mariadb /usr/sbin/mariadbd --user=mysql --bind-address=$H --port=3306 \
    --socket=/run/mysqld/mysqld.sock --datadir=/var/lib/mysql --max-connections=1000 \
    --innodb-buffer-pool-size=128M --performance-schema=OFF --skip-name-resolve || return 1
  local i
  for i in $(seq 100); do mariadb-admin --socket=/run/mysqld/mysqld.sock ping >/dev/null 2>&1 && return 0
    alive mariadb || break; sleep 0.3; done
  failed mariadb "$LOG/mariadb.log" "mariadbd did not answer ping"
}

start_mariadb() {
  run_mariadb || return 1
  local d q="CREATE USER IF NOT EXISTS 'openstack'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
    CREATE USER IF NOT EXISTS 'openstack'@'localhost' IDENTIFIED BY '$DB_PASS';"
  for d in $DBS; do q="$q CREATE DATABASE IF NOT EXISTS $d CHARACTER SET utf8;"; done
  q="$q GRANT ALL PRIVILEGES ON *.* TO 'openstack'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'openstack'@'localhost'; FLUSH PRIVILEGES;"
  step mariadb "create databases and user" sql "$q"
}

# reset: drop every service database (mariadb is started for it if needed)
wipe_mariadb() {
  local was_up=0 d
  alive mariadb && was_up=1
  run_mariadb || return 1
  for d in $DBS; do sql "DROP DATABASE IF EXISTS $d"; done
  [ $was_up = 1 ] || stop_daemon mariadb
}
