#!/bin/bash
# End-to-end check of a running devcloud, as the demo user (as a dashboard user would act).
# Creates and deletes its own resources (smoke-*). Prints "smoke: N passed, N failed"; exit 1 on any failure.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin   # Debian's openstack client, not a pyenv one
STATE=${DEVCLOUD_STATE:-/var/lib/devcloud}
# shellcheck source=/dev/null
. "$STATE/demo-openrc" || { echo "no $STATE/demo-openrc: run scripts/devcloud.sh start first"; exit 1; }
K=http://127.0.0.1:5000/v3
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
ok=0; bad=0
chk() {
  local name=$1 t0=$SECONDS out; shift
  if out=$("$@" 2>&1); then echo "PASS $name ($((SECONDS - t0))s)"; ok=$((ok + 1))
  else echo "FAIL $name: $(echo "$out" | tail -3)"; bad=$((bad + 1)); fi
}
token_body() {  # token_body PROJECT
  printf '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"name":"Default"},"password":"%s"}}},"scope":{"project":{"name":"%s","domain":{"name":"Default"}}}}}' "$OS_PASSWORD" "$1"
}
cleanup() {
  openstack server remove volume smoke-vm smoke-vol >/dev/null 2>&1
  openstack server delete --wait smoke-vm >/dev/null 2>&1
  for i in $(seq 10); do openstack volume delete smoke-vol >/dev/null 2>&1 || break; sleep 1; done
  openstack stack delete --yes --wait smoke-stack >/dev/null 2>&1
  openstack coe cluster template delete smoke-tmpl >/dev/null 2>&1
}
cleanup   # leftovers of an interrupted run

chk keystone-token bash -c "curl -sf -i -X POST $K/auth/tokens -H 'Content-Type: application/json' -d '$(token_body demo)' | grep -qi '^X-Subject-Token'"
chk keystone-class-lab bash -c "curl -sf -X POST $K/auth/tokens -H 'Content-Type: application/json' -d '$(token_body class-lab)' | grep -q '\"name\": *\"member\"'"
chk cors-preflight bash -c "curl -sf -i -X OPTIONS $K/auth/tokens -H 'Origin: http://localhost:3000' -H 'Access-Control-Request-Method: POST' | grep -qi '^Access-Control-Allow-Origin'"
has_all() { local list; list=$("${@:2}") || return 1; for x in $1; do grep -qx -- "$x" <<<"$list" || { echo "missing $x"; return 1; }; done; }
chk seed-flavors has_all "1,m1.tiny 2,m1.small 3,m1.medium" openstack flavor list -f csv --quote none -c ID -c Name
chk seed-networks has_all "public private" openstack network list -f value -c Name
chk seed-router bash -c "openstack router show router1 -f json -c external_gateway_info | grep -q network_id"
chk glance-images has_all "cirros-like fedora-coreos-fake" openstack image list -f value -c Name
chk nova-server-net bash -c "openstack server create --flavor m1.tiny --image cirros-like --network private --wait smoke-vm -f value -c status | grep -q ACTIVE"
chk nova-reboot openstack server reboot --wait smoke-vm
chk cinder-volume bash -c "openstack volume create --size 1 smoke-vol >/dev/null && for i in \$(seq 30); do [ \"\$(openstack volume show smoke-vol -f value -c status)\" = available ] && exit 0; sleep 1; done; exit 1"
chk cinder-attach bash -c "openstack server add volume smoke-vm smoke-vol >/dev/null && for i in \$(seq 20); do [ \"\$(openstack volume show smoke-vol -f value -c status)\" = in-use ] && exit 0; sleep 1; done; exit 1"
chk neutron-fip bash -c "ip=\$(openstack floating ip create public -f value -c floating_ip_address) && openstack server add floating ip smoke-vm \$ip && openstack server show smoke-vm -f value -c addresses | grep -q \$ip; r=\$?; openstack floating ip delete \$ip; exit \$r"
echo hi >"$TMP/smoke-obj"
chk swift bash -c "cd $TMP && openstack container create smoke-c >/dev/null && openstack object create smoke-c smoke-obj >/dev/null && openstack object save --file - smoke-c smoke-obj | grep -q hi && openstack object delete smoke-c smoke-obj && openstack container delete smoke-c"
printf 'heat_template_version: 2021-04-16\nresources:\n  r: {type: OS::Heat::RandomString}\n' >"$TMP/smoke.yaml"
chk heat bash -c "openstack stack create -t $TMP/smoke.yaml --wait smoke-stack -f value -c stack_status | grep -q CREATE_COMPLETE && openstack stack delete --yes --wait smoke-stack"
chk magnum bash -c "openstack coe cluster template create smoke-tmpl --coe kubernetes --image fedora-coreos-fake --external-network public --flavor m1.small >/dev/null && openstack coe cluster template list -f value | grep -q smoke-tmpl && openstack coe cluster template delete smoke-tmpl"
cleanup
echo "smoke: $ok passed, $bad failed"
[ $bad -eq 0 ]
