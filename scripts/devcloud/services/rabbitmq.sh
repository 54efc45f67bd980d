# shellcheck shell=bash
# RabbitMQ: oslo.messaging has no broker-less driver that works across processes any more (zmq gone, "fake" is in-process).
PKGS_rabbitmq="rabbitmq-server"
daemon rabbitmq epmd 4369 tcp
daemon rabbitmq rabbitmq 5672 tcp

start_rabbitmq() {
  write_conf /etc/rabbitmq/rabbitmq-env.conf <<EOF
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=$H
NODE_PORT=5672
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
  # our own epmd (foreground, loopback): erlang would otherwise daemonize one we have no pid for
  export ERL_EPMD_ADDRESS=$H
  if ! alive epmd && port_open 4369; then
    # e.g. spawned by a rabbitmqctl run while the devcloud was stopped: harmless, reuse it
    say "epmd: using the one already listening on 4369 (not started by devcloud)"
  else
    launch epmd /usr/bin/epmd -address $H || return 1
    wait_tcp epmd 4369 20 || return 1
  fi
  launch rabbitmq /usr/sbin/rabbitmq-server || return 1
  wait_tcp rabbitmq 5672 90 || return 1
  # the user exists and works already? (each rabbitmqctl call boots an erlang VM: skip the rest if so)
  rabbitmqctl -q authenticate_user openstack "$RABBIT_PASS" >/dev/null 2>&1 && return 0
  if rabbitmqctl -q list_users 2>/dev/null | grep -q '^openstack'; then
    step rabbitmq "set password" rabbitmqctl -q change_password openstack "$RABBIT_PASS" || return 1
  else
    step rabbitmq "add user" rabbitmqctl -q add_user openstack "$RABBIT_PASS" || return 1
  fi
  step rabbitmq "set permissions" rabbitmqctl -q set_permissions openstack ".*" ".*" ".*"
}

stop_rabbitmq_gracefully() {
  # a clean broker stop first, so the next start does not have to recover its queues
  alive rabbitmq && rabbitmqctl -q stop >/dev/null 2>&1
  stop_daemon rabbitmq
}
