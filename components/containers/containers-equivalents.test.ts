import { describe, expect, it } from 'vitest';
import {
  copyObjectEquivalents,
  createContainerEquivalents,
  createFolderEquivalents,
  deleteContainerEquivalents,
  deleteFolderEquivalents,
  uploadObjectEquivalents,
} from './containers-equivalents';

describe('containers equivalents', () => {
  it('Create Container: --public, read_ACL and HOT X-Container-Read only when public', () => {
    const pub = createContainerEquivalents('my files', true);
    expect(pub.cli).toBe("openstack container create --public 'my files'");
    expect(pub.sdk).toContain('create_container(name="my files", read_ACL=".r:*,.rlistings")');
    expect(pub.hot).toContain('type: OS::Swift::Container');
    expect(pub.hot).toContain('X-Container-Read: ".r:*,.rlistings"');
    expect(pub.hot).toContain('PurgeOnDelete: true');
    const priv = createContainerEquivalents('c', false);
    expect(priv.cli).toBe('openstack container create c');
    expect(priv.hot).not.toContain('X-Container-Read');
  });

  it('Create Container in a named policy: swift post -H, storage_policy=, and HOT says it cannot', () => {
    const e = createContainerEquivalents('my files', true, 'gold');
    expect(e.cli).toBe(
      "swift post -H 'X-Storage-Policy: gold' --read-acl '.r:*,.rlistings' 'my files'",
    );
    expect(e.cli).not.toContain('openstack container create');
    expect(e.sdk).toContain(
      'create_container(name="my files", storage_policy="gold", read_ACL=".r:*,.rlistings")',
    );
    expect(e.hot).toContain('has no storage policy property');
    expect(e.hot).not.toMatch(/^\s+[A-Za-z-]*[Pp]olicy:/m);
    expect(createContainerEquivalents('c', false, 'gold').cli).toBe(
      "swift post -H 'X-Storage-Policy: gold' c",
    );
  });

  it('quotes hostile names for the shell and Python', () => {
    const e = uploadObjectEquivalents("it's", 'a/<b>.txt', 'b.txt');
    expect(e.cli).toBe(`openstack object create --name 'a/<b>.txt' 'it'"'"'s' b.txt`);
    expect(e.sdk).toContain('container="it\'s", name="a/<b>.txt"');
  });

  it('folders and copies PUT their paths, each segment encoded', () => {
    expect(createFolderEquivalents('c d', 'x/y').sdk).toContain('put("/c%20d/x/y/"');
    expect(createFolderEquivalents('c', 'x').cli).toBe(
      'openstack object create --name x/ c /dev/null',
    );
    expect(
      copyObjectEquivalents({ container: 'a', name: 'f' }, { container: 'b', name: 'g h' }).sdk,
    ).toContain('put("/b/g%20h", headers={"X-Copy-From": "/a/f"');
  });

  it('Delete Container: --recursive only when emptying it', () => {
    expect(deleteContainerEquivalents(['a', 'b'], false).cli).toBe(
      'openstack container delete a b',
    );
    expect(deleteContainerEquivalents(['a'], true).cli).toBe(
      'openstack container delete --recursive a',
    );
  });

  it('Delete Folder: by prefix, never a quoted command substitution', () => {
    const e = deleteFolderEquivalents('c', 'my docs/');
    expect(e.cli).toContain("swift delete --prefix 'my docs/' c");
    expect(e.sdk).toContain('objects("c", prefix="my docs/")');
  });
});
