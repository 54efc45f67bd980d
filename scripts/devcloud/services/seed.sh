# shellcheck shell=bash
# Demo data (same as the sandbox cloud where the service allows), then openrc files and clouds.yaml.
start_seed() {
  admin_env
  step seed "flavors, images, networks" $PY "$HERE/seed.py" --demo-pass "$DEMO_PASS" --state "$STATE" || return 1
  write_client_files
}

write_client_files() {
  local u p proj
  for u in admin demo; do
    if [ $u = admin ]; then p=$ADMIN_PASS; proj=admin; else p=$DEMO_PASS; proj=demo; fi
    cat >"$STATE/$u-openrc" <<EOF
# devcloud credentials for $u (source this file)
export OS_AUTH_URL=http://$H:5000/v3 OS_USERNAME=$u OS_PASSWORD=$p OS_PROJECT_NAME=$proj
export OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME=RegionOne OS_INTERFACE=public
unset OS_CLOUD
EOF
  done
  cat >"$STATE/clouds.yaml" <<EOF
# devcloud: OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml OS_CLOUD=devcloud-demo openstack server list
clouds:
$(for u in admin demo; do
  if [ $u = admin ]; then p=$ADMIN_PASS; proj=admin; else p=$DEMO_PASS; proj=demo; fi
  cat <<EOC
  devcloud-$u:
    auth:
      auth_url: http://$H:5000/v3
      username: $u
      password: $p
      project_name: $proj
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
EOC
done)
EOF
  chmod 600 "$STATE"/*-openrc "$STATE/clouds.yaml"
}
