import { describe, expect, it } from 'vitest';
import {
  createImageEquivalents,
  editImageEquivalents,
  manageMembersEquivalents,
} from './images-equivalents';

const spec = {
  name: "Bob's image",
  description: 'test',
  diskFormat: 'qcow2',
  architecture: 'x86_64',
  minDisk: 1,
  minRam: 64,
  visibility: 'shared',
  protected: true,
  metadata: { os_distro: 'cirros', 'hw:odd key': 'v' },
};

describe('createImageEquivalents', () => {
  it('uploads a file with the CLI and openstacksdk; Heat says it cannot', () => {
    const eq = createImageEquivalents({ ...spec, source: 'file', location: 'cirros.img' });
    expect(eq.cli).toContain('openstack image create');
    expect(eq.cli).toContain('--disk-format qcow2');
    expect(eq.cli).toContain('--container-format bare');
    expect(eq.cli).toContain('--shared');
    expect(eq.cli).toContain('--protected');
    expect(eq.cli).toContain("--property 'hw:odd key=v'");
    expect(eq.cli).toContain('--file cirros.img');
    expect(eq.cli.endsWith(`'Bob'"'"'s image'`)).toBe(true);
    expect(eq.sdk).toContain('filename="cirros.img"');
    expect(eq.sdk).toContain('os_distro="cirros"');
    expect(eq.sdk).toContain('**{"hw:odd key": "v"}');
    expect(eq.hot).toContain('Heat cannot upload a file');
  });

  it('imports from a URL with web-download and OS::Glance::WebImage', () => {
    const eq = createImageEquivalents({ ...spec, source: 'url', location: 'https://x/c.img' });
    expect(eq.cli).toContain('--import-method web-download');
    expect(eq.cli).toContain('--uri https://x/c.img');
    expect(eq.sdk).toContain('conn.image.import_image(image, method="web-download"');
    expect(eq.hot).toContain('type: OS::Glance::WebImage');
    expect(eq.hot).toContain('location: "https://x/c.img"');
  });
});

describe('editImageEquivalents', () => {
  const edit = { ...spec, name: 'n' };
  it('sets the disk format only when it changes (Glance refuses it once data are in)', () => {
    expect(editImageEquivalents('img', edit, 'qcow2').cli).not.toContain('--disk-format');
    expect(editImageEquivalents('img', edit, 'qcow2').sdk).not.toContain('disk_format');
    expect(editImageEquivalents('img', edit, 'raw').cli).toContain('--disk-format qcow2');
  });
});

describe('manageMembersEquivalents', () => {
  it('adds and removes projects', () => {
    const eq = manageMembersEquivalents('img', 'p1', ['p2']);
    expect(eq.cli).toBe(
      'openstack image add project img p1\nopenstack image remove project img p2',
    );
    expect(eq.sdk).toContain('conn.image.add_member("img", member_id="p1")');
  });
});
