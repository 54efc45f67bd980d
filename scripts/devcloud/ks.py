#!/usr/bin/python3
"""Idempotent Keystone objects for the devcloud (openstacksdk, admin credentials from OS_* env).

Usage: ks.py --demo-pass demo --service-pass servicepass [glance placement nova ...]
Always ensures the base objects (roles, projects demo/class-lab/service, user demo); then, for each
devcloud service named, its service user and its catalog entries (public/internal/admin, RegionOne).
Run it with /usr/bin/python3 (Debian's openstacksdk), not a pyenv python.
"""
import argparse

import openstack
import requests

H = "127.0.0.1"
KEYSTONE = f"http://{H}:5000/v3"
REGION = "RegionOne"

# devcloud service -> (service user or None, [(name, type, url)])
CATALOG = {
    "glance": ("glance", [("glance", "image", f"http://{H}:9292")]),
    "placement": ("placement", [("placement", "placement", f"http://{H}:8778")]),
    "nova": ("nova", [("nova", "compute", f"http://{H}:8774/v2.1")]),
    "neutron": ("neutron", [("neutron", "network", f"http://{H}:9696")]),
    # nova's [cinder] catalog_info default is volumev3:cinderv3; newer clients look for block-storage
    "cinder": ("cinder", [("cinderv3", "volumev3", f"http://{H}:8776/v3/%(project_id)s"),
                          ("cinder", "block-storage", f"http://{H}:8776/v3/%(project_id)s")]),
    "swift": ("swift", [("swift", "object-store", f"http://{H}:8080/v1/AUTH_%(project_id)s")]),
    "heat": ("heat", [("heat", "orchestration", f"http://{H}:8004/v1/%(tenant_id)s")]),
    "magnum": ("magnum", [("magnum", "container-infra", f"http://{H}:9511/v1")]),
}
# services that need a domain with an admin user of their own (heat stack users, magnum trustees)
DOMAIN_ADMINS = {"heat": ("heat", "heat_domain_admin"), "magnum": ("magnum", "magnum_domain_admin")}
ROLES = ("admin", "member", "reader", "service", "heat_stack_owner", "heat_stack_user", "ResellerAdmin")

p = argparse.ArgumentParser()
p.add_argument("--demo-pass", default="demo")
p.add_argument("--service-pass", default="servicepass")
p.add_argument("--admin-pass", default="admin")
p.add_argument("--trust-passwords", action="store_true", help="existing users keep their password unchecked")
p.add_argument("--rehash", action="store_true",
               help="set every managed user's password again, so it is hashed at the configured cost")
p.add_argument("services", nargs="*")
a = p.parse_args()

c = openstack.connect()  # admin, from OS_* env
idn = c.identity
dom = idn.find_domain("default") or idn.find_domain("Default")
roles = {}


def role(name):
    if name not in roles:
        roles[name] = idn.find_role(name) or idn.create_role(name=name)
    return roles[name]


def project(name, desc):
    pr = idn.find_project(name, domain_id=dom.id)
    if pr is None:
        return idn.create_project(name=name, domain_id=dom.id, description=desc)
    if pr.description != desc:
        pr = idn.update_project(pr, description=desc)
    return pr


def password_works(user_name, domain_id, pw):
    body = {"auth": {"identity": {"methods": ["password"], "password": {
        "user": {"name": user_name, "domain": {"id": domain_id}, "password": pw}}}}}
    return requests.post(f"{KEYSTONE}/auth/tokens", json=body, timeout=30).status_code == 201


def user(name, pw, domain_id, default_project=None):
    u = idn.find_user(name, domain_id=domain_id)
    if u is None:
        return idn.create_user(name=name, password=pw, domain_id=domain_id,
                               default_project_id=default_project.id if default_project else None)
    # only when it differs: a password change revokes the user's tokens (logged-in sessions, services)
    if a.rehash or (not a.trust_passwords and not password_works(name, domain_id, pw)):
        idn.update_user(u, password=pw)
    return u


def grant(u, proj, rname):
    idn.assign_project_role_to_user(proj, u, role(rname))  # PUT: idempotent


for r in ROLES:
    role(r)
service = project("service", "service users")
demo = project("demo", "demo project")
lab = project("class-lab", "shared project for class exercises")  # as in sandbox/identity/seed.ts
du = user("demo", a.demo_pass, dom.id, demo)
if du.default_project_id != demo.id:
    idn.update_user(du, default_project_id=demo.id)
grant(du, demo, "member")
grant(du, lab, "member")
print("base ok: projects demo, class-lab, service; demo is member of demo and class-lab")

services = list(idn.services())
for s in a.services:
    if s not in CATALOG:
        continue
    uname, entries = CATALOG[s]
    for name, stype, url in entries:
        svc = next((x for x in services if x.type == stype and x.name == name), None)
        if svc is None:
            svc = idn.create_service(name=name, type=stype, description=name)
        have = {e.interface: e for e in idn.endpoints(service_id=svc.id)}
        for iface in ("public", "internal", "admin"):
            e = have.get(iface)
            if e is None:
                idn.create_endpoint(service_id=svc.id, interface=iface, url=url, region_id=REGION)
            elif e.url != url:
                idn.update_endpoint(e, url=url)
    if uname:
        u = user(uname, a.service_pass, dom.id, service)
        grant(u, service, "admin")
        grant(u, service, "service")
    if s in DOMAIN_ADMINS:
        dname, aname = DOMAIN_ADMINS[s]
        d = idn.find_domain(dname) or idn.create_domain(name=dname, description=f"{dname} domain")
        du2 = user(aname, a.service_pass, d.id)
        idn.assign_domain_role_to_user(d, du2, role("admin"))
    print("catalog ok:", s, ", ".join(f"{t} {u}" for _, t, u in entries))

if a.rehash:
    # last: a password change revokes the user's tokens, this script's own among them
    idn.update_user(idn.find_user("admin", domain_id=dom.id), password=a.admin_pass)
    print("passwords set again at the configured hash cost")
