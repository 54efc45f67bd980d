import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isLoadableSshPublicKey, sshFingerprint } from './ssh-public-key';
import { sshMpint, sshString } from './ssh-wire';

// Keys made with OpenSSH's ssh-keygen; fingerprints from `ssh-keygen -l -E md5`.
const KEYS = {
  rsa: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDlVPgasBDZqFY/f4Hw47uf/Ew5QPg24bfJHLPGw4F6bQLxJ70FYtjhqnUo3kp8AqTXrnupQl93Rf2H5nzaKiuxFw6QFTuJHCiLAKyMQC8nnpjrvpUeCKIae5hcR9PJf4ElbExz616ChElUonRl6kfb4ObNIaMvhU9nyA7cLgwNwQ== test@rsab1024',
  ed25519:
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK5YkpcBJ47g2kbS84CfK0JaZp7AaUp63i90WispapHw test@ed25519',
  ecdsa256:
    'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJNNR5+7UkIKcFr9DLjkxJfJhJbtc7L9hLZVpSxVXhEjD6aCF0N7fCOzVROUABl1C/MiV1swvOmgh0jh6HhrXtE= test@ecdsab256',
  ecdsa384:
    'ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBO7VLt3B7R4SBOTEEmwkC2aguYNHuWVZM0HhD7oIFaLM6lfVvFMKGRsOXsgBDTPtbZoY4iuc0zdt25VwQPLXpqRS5aU/WcH/mQldhJF8bfCNuMyIf1cOuF9WvgLYRXV/rw== test@ecdsab384',
  ecdsa521:
    'ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAEh1awBgwNpXxjePRrrf2bU32dB4Bz63zfHB1ELeb3IHtwmcGGNv+753q4EOjaeySzg9I1XglV31XdljlHZ2d0zzgCl5dsvNhd8prFuftwNOxhTK2DiYvhaDigAloImQWyJT6Q2JnYHLo2B68tFuWLmYSJ7DAY4d8fuEHN92SN80ubYug== test@ecdsab521',
  dsa: 'ssh-dss AAAAB3NzaC1kc3MAAACBAMv5cMgWdBIeXnizd27/Kh/g0MimLcEjdzkiRt6xm6iUzJ6Kf5MRB6a+bdgMRKDrTdaPtAi4sOCfAOPb9DvVXEVDpb460IlBrVsv5PMYBL4cO7s0YpUUBRuv+3agkic6NPR1DsnI4kb7U+fuBM9MYSvPZCTPOoHu6491jglz2PmxAAAAFQDMeH6Iw2JsPTxhE6yhfmWjWMsZ0wAAAIAJjYPDCmPTeus5MdXYLmG9e/4cjN+Ic2/2EYz0BVCyb2y+lf6N+vIVbcx/lmFmzRg2eL0Ih5oe08EW5loeHWAXSmxexqLutzi8s9khuVmdf48n3GrMs/am1eG/OAifPzeVz+TV8mj82ESNIAV49aQ4SjRBqi32+oDsYWwKj5rt5AAAAIBEfllzSDc4aNzWAA+hNUK6jkCj1V0w9xv5UoWvfPSLNvhqUeplDL6iP+2AIxiBHUMj7AtQYRywI0iQieLu6FdN3WQXJD3G6PnlSAxUST4UpvOFpy9E6HjTBl00JK95jPxgGlsdo7MnYFHgcWzNQt7NJhYFQC4l9AdwkD4Y0BkmCA== test@dsa',
};

/** From Nova's own API samples (os-keypairs/keypairs-import-post-*.json). */
const NOVA_SAMPLE =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova';

const CERT =
  'ecdsa-sha2-nistp256-cert-v01@openssh.com AAAAKGVjZHNhLXNoYTItbmlzdHAyNTYtY2VydC12MDFAb3BlbnNzaC5jb20AAAAgXVtw0lg/cG7JPZnEeGKWTD3iZbTVIiMGm5psqG2Ocy4AAAAIbmlzdHAyNTYAAABBBJNNR5+7UkIKcFr9DLjkxJfJhJbtc7L9hLZVpSxVXhEjD6aCF0N7fCOzVROUABl1C/MiV1swvOmgh0jh6HhrXtEAAAAAAAAAAAAAAAEAAAAGY2VydGlkAAAACQAAAAVhbGljZQAAAAAAAAAA//////////8AAAAAAAAAggAAABVwZXJtaXQtWDExLWZvcndhcmRpbmcAAAAAAAAAF3Blcm1pdC1hZ2VudC1mb3J3YXJkaW5nAAAAAAAAABZwZXJtaXQtcG9ydC1mb3J3YXJkaW5nAAAAAAAAAApwZXJtaXQtcHR5AAAAAAAAAA5wZXJtaXQtdXNlci1yYwAAAAAAAAAAAAAAMwAAAAtzc2gtZWQyNTUxOQAAACCuWJKXASeO4NpG0vOAnytCWmaewGlKet4vdForKWqR8AAAAFMAAAALc3NoLWVkMjU1MTkAAABA8QeOLDNSHQ3kPmTRE4aXtRf7Y7G7OUUSAO4A6fREzUYmJMhy+E1e6bqPt/Iq2qxbShqrYWt+rkng6bjF7uG0BA== test@ecdsab256';

function line(type: string, ...parts: Buffer[]): string {
  return `${type} ${Buffer.concat([sshString(type), ...parts]).toString('base64')} test`;
}

describe('sshFingerprint', () => {
  it.each([
    ['rsa', 'fb:ed:e5:90:9f:36:92:fe:30:67:fa:89:d7:f0:43:31'],
    ['ed25519', '31:d2:55:85:b8:7e:53:37:98:7c:4e:7d:97:24:80:d9'],
    ['ecdsa256', '32:27:7c:c2:7c:a8:38:c7:46:6c:9d:46:5d:3c:b2:59'],
    ['ecdsa384', 'c1:14:9e:7a:f3:12:84:90:f7:8f:a0:dc:c3:65:e8:d6'],
    ['ecdsa521', '5b:69:d4:ee:7f:c4:6b:8e:8b:26:36:3a:0f:b3:57:4e'],
    ['dsa', '9f:f7:e7:94:88:28:5d:31:5a:aa:f5:14:b1:50:5d:ad'],
  ] as const)('computes the MD5 fingerprint of a %s key', (kind, fingerprint) => {
    expect(sshFingerprint(KEYS[kind])).toBe(fingerprint);
  });

  it("matches Nova's API sample", () => {
    expect(sshFingerprint(NOVA_SAMPLE)).toBe('1e:2c:9b:56:79:4b:45:77:f9:ca:7a:98:2c:b0:d5:3c');
  });

  it('accepts keys without a comment and OpenSSH certificates (hashing the whole blob)', () => {
    expect(sshFingerprint(KEYS.ed25519.split(' ').slice(0, 2).join(' '))).toBe(
      '31:d2:55:85:b8:7e:53:37:98:7c:4e:7d:97:24:80:d9',
    );
    const blob = Buffer.from(CERT.split(' ')[1] ?? '', 'base64');
    const expected = createHash('md5')
      .update(blob)
      .digest('hex')
      .replace(/(..)(?!$)/g, '$1:');
    expect(sshFingerprint(CERT)).toBe(expected);
  });

  it('refuses a tab separator: the key loads, but Nova splits on a space', () => {
    const tabbed = KEYS.ed25519.replace(' ', '\t');
    expect(isLoadableSshPublicKey(tabbed)).toBe(true);
    expect(sshFingerprint(tabbed)).toBeNull();
  });

  it.each([
    ['garbage', 'not a key'],
    ['an empty string', ''],
    ['a single field', 'ssh-rsa'],
    ['a mismatched inner type', `ssh-rsa ${KEYS.ed25519.split(' ')[1]}`],
    ['an unknown type', line('ssh-foo', sshString('x'))],
    ['a truncated blob', KEYS.rsa.slice(0, 60)],
    ['trailing data', line('ssh-ed25519', sshString(Buffer.alloc(32)), sshString('extra'))],
    ['a short ed25519 key', line('ssh-ed25519', sshString(Buffer.alloc(31)))],
    [
      'an even RSA exponent',
      line('ssh-rsa', sshMpint(Buffer.from([4])), sshMpint(Buffer.alloc(128, 0x7f))),
    ],
    [
      'a negative mpint',
      line('ssh-rsa', sshString(Buffer.from([0x81])), sshMpint(Buffer.alloc(128, 0x7f))),
    ],
    [
      'a DSA key with a bad q',
      line(
        'ssh-dss',
        sshMpint(Buffer.alloc(128, 0xff)),
        sshMpint(Buffer.alloc(10, 0xff)),
        sshMpint(Buffer.from([2])),
        sshMpint(Buffer.from([3])),
      ),
    ],
    [
      'an EC point off the curve',
      line(
        'ecdsa-sha2-nistp256',
        sshString('nistp256'),
        sshString(Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)])),
      ),
    ],
    [
      'a compressed EC point',
      line(
        'ecdsa-sha2-nistp256',
        sshString('nistp256'),
        sshString(Buffer.concat([Buffer.from([2]), Buffer.alloc(32, 1)])),
      ),
    ],
    [
      'a curve name mismatch',
      line('ecdsa-sha2-nistp256', sshString('nistp384'), sshString(Buffer.alloc(65, 4))),
    ],
    ['an x509 certificate', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'],
  ])('refuses %s', (_label, key) => {
    expect(sshFingerprint(key)).toBeNull();
  });
});
