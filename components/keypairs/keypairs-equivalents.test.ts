import { describe, expect, it } from 'vitest';
import {
  createKeypairEquivalents,
  deleteKeypairEquivalents,
  importKeypairEquivalents,
} from './keypairs-equivalents';

describe('key pair equivalents', () => {
  it('create: the CLI saves the private key and protects it; x509 needs microversion 2.2', () => {
    expect(createKeypairEquivalents('my key', 'ssh').cli).toBe(
      "openstack keypair create --private-key 'my key.pem' 'my key'\nchmod 600 'my key.pem'",
    );
    const x509 = createKeypairEquivalents('web', 'x509').cli;
    expect(x509).toContain(
      'openstack --os-compute-api-version 2.2 keypair create --type x509 --private-key web.pem web',
    );
  });

  it('create: the SDK writes the key to a file; Heat outputs it', () => {
    const eq = createKeypairEquivalents('web', 'ssh');
    expect(eq.sdk).toContain('keypair = conn.compute.create_keypair(name="web", type="ssh")');
    expect(eq.sdk).toContain('    f.write(keypair.private_key)');
    expect(eq.hot).toContain('    type: OS::Nova::KeyPair\n    properties:\n      name: web');
    expect(eq.hot).toContain('      save_private_key: true');
  });

  it('import: the public key is passed as it was pasted, quoted for each language', () => {
    const key = 'ssh-ed25519 AAAAC3Nza "quoted" you@laptop';
    const eq = importKeypairEquivalents('laptop', 'ssh', key);
    expect(eq.cli).toBe('openstack keypair create --public-key ~/.ssh/id_ed25519.pub laptop');
    expect(eq.sdk).toContain('    public_key="ssh-ed25519 AAAAC3Nza \\"quoted\\" you@laptop",');
    expect(eq.hot).toContain('      public_key: ');
    expect(eq.hot).toContain(key);
  });

  it('delete: every selected key pair, each name quoted once', () => {
    const eq = deleteKeypairEquivalents(['a', 'b c']);
    expect(eq.cli).toBe("openstack keypair delete a 'b c'");
    expect(eq.sdk).toContain(
      'conn.compute.delete_keypair("a")\nconn.compute.delete_keypair("b c")',
    );
  });
});
