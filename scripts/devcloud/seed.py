#!/usr/bin/python3
"""Idempotent demo data for the devcloud, the same as the sandbox cloud's where the service allows.

Admin credentials from OS_* env. Run with /usr/bin/python3 (Debian's openstacksdk).
  flavors m1.tiny (id 1), m1.small (2), m1.medium (3)
  public images cirros-like (64 KiB dummy) and fedora-coreos-fake (os_distro=fedora-coreos, for Magnum)
  external network public 172.24.4.0/24; for demo: network private 10.0.0.0/24 + router1 (gateway public)
  volume quotas of demo and class-lab: 50 volumes, 50 snapshots, 50 backups
"""
import argparse
import os

import openstack

p = argparse.ArgumentParser()
p.add_argument("--demo-pass", default="demo")
p.add_argument("--state", default="/var/lib/devcloud")
a = p.parse_args()

adm = openstack.connect()

for fid, name, vcpus, ram, disk in (("1", "m1.tiny", 1, 512, 1), ("2", "m1.small", 1, 2048, 20),
                                    ("3", "m1.medium", 2, 4096, 40)):
    if adm.compute.find_flavor(name, ignore_missing=True) is None:
        adm.compute.create_flavor(id=fid, name=name, vcpus=vcpus, ram=ram, disk=disk, is_public=True)

img_file = os.path.join(a.state, "cirros-like.img")
if not os.path.exists(img_file):
    with open(img_file, "wb") as f:
        f.write(b"\0" * 65536)  # the fake virt driver never reads it
for name, props in (("cirros-like", {}), ("fedora-coreos-fake", {"os_distro": "fedora-coreos"})):
    if adm.image.find_image(name, ignore_missing=True) is None:
        adm.create_image(name, filename=img_file, disk_format="qcow2", container_format="bare",
                         visibility="public", wait=True, meta=props)

pub = adm.network.find_network("public", ignore_missing=True)
if pub is None:
    pub = adm.network.create_network(name="public", is_router_external=True, is_shared=False,
                                     provider_network_type="flat", provider_physical_network="public")
if adm.network.find_subnet("public-subnet", ignore_missing=True) is None:
    adm.network.create_subnet(name="public-subnet", network_id=pub.id, ip_version=4, cidr="172.24.4.0/24",
                              gateway_ip="172.24.4.1", is_dhcp_enabled=False,
                              allocation_pools=[{"start": "172.24.4.10", "end": "172.24.4.250"}])

demo = openstack.connect(auth_url=os.environ["OS_AUTH_URL"], username="demo", password=a.demo_pass,
                         project_name="demo", user_domain_name="Default", project_domain_name="Default",
                         region_name="RegionOne")
net = demo.network.find_network("private", ignore_missing=True)
if net is None:
    net = demo.network.create_network(name="private")
sub = demo.network.find_subnet("private-subnet", ignore_missing=True)
if sub is None:
    sub = demo.network.create_subnet(name="private-subnet", network_id=net.id, ip_version=4,
                                     cidr="10.0.0.0/24", gateway_ip="10.0.0.1")
r = demo.network.find_router("router1", ignore_missing=True)
if r is None:
    r = demo.network.create_router(name="router1", external_gateway_info={"network_id": pub.id})
if not any(p.device_owner == "network:router_interface" for p in demo.network.ports(device_id=r.id)):
    demo.network.add_interface_to_router(r, subnet_id=sub.id)
# Cinder's default of 10 volumes and 10 snapshots is less than the browser tests hold at
# once when two runs share the devcloud (scripts/e2e-parallel.sh).
if adm.has_service("block-storage"):
    for project in ("demo", "class-lab"):
        if adm.identity.find_project(project, ignore_missing=True) is not None:
            adm.set_volume_quotas(project, volumes=50, snapshots=50, backups=50)
print("seed ok: flavors m1.tiny/small/medium; images cirros-like, fedora-coreos-fake; "
      "networks public (external), private + router1 (demo)")
