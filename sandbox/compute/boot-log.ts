import { createHash } from 'node:crypto';
import type { ServerRecord } from './nova-state';

// What a cirros guest prints on its serial console, for os-getConsoleOutput and the
// console page.

function fingerprint(seed: string, bytes: number): string {
  return createHash('sha256').update(seed).digest('base64').slice(0, bytes).replace(/=+$/, '');
}

/** What a cirros guest prints on its serial console while it boots. */
export function bootLog(server: ServerRecord, addresses: string[]): string[] {
  const ip = addresses[0] ?? '10.0.0.2';
  const t = (n: number) => `[    ${n.toFixed(6).padStart(8, ' ')}]`;
  const lines = [
    `${t(0)} Linux version 5.15.0-71-generic (buildd@lcy02-amd64-044) (gcc (Ubuntu 11.3.0-1ubuntu1~22.04.1) 11.3.0) #78-Ubuntu SMP`,
    `${t(0)} Command line: LABEL=cirros-rootfs ro console=tty1 console=ttyS0`,
    `${t(0)} BIOS-provided physical RAM map:`,
    `${t(0.000001)} Memory: ${server.flavor.ram * 1024 - 65536}K/${server.flavor.ram * 1024}K available`,
    `${t(0.0213)} smpboot: Allowing ${server.flavor.vcpus} CPUs, 0 hotplug CPUs`,
    `${t(0.41)} virtio_blk virtio2: [vda] ${server.flavor.disk * 2097152} 512-byte logical blocks`,
    `${t(1.203)} EXT4-fs (vda1): mounted filesystem with ordered data mode. Opts: (null)`,
    'info: initramfs: up at 1.31',
    'GROWROOT: CHANGED: partition=1 start=18432',
    'info: initramfs loading root from /dev/vda1',
    'info: /etc/init.d/rc.sysinit: up at 2.04',
    'info: container: none',
    'Starting logging: OK',
    'Initializing random number generator... done.',
    'Starting acpid: OK',
    'Starting network: udhcpc: started, v1.29.3',
    'udhcpc: sending discover',
    `udhcpc: sending select for ${ip}`,
    `udhcpc: lease of ${ip} obtained, lease time 86400`,
    'OK',
    'checking http://169.254.169.254/2009-04-04/instance-id',
    `successful after 1/20 tries: up 3.42. iid=${server.id}`,
    `cloud-setup: hostname ${server.hostname}`,
    server.keyName
      ? `cloud-userdata: key pair "${server.keyName}" installed for user cirros`
      : 'cloud-userdata: no key pair given, password login only',
    server.userData
      ? 'cloud-userdata: user data script found, running'
      : 'cloud-userdata: user data not run: no user data',
    'Starting dropbear sshd: OK',
    '=== system information ===',
    'Platform: OpenStack Foundation OpenStack Nova',
    `Container: none`,
    `Arch: x86_64`,
    `CPU(s): ${server.flavor.vcpus} @ 2399.998 MHz`,
    `Cores/Sockets/Threads: ${server.flavor.vcpus}/1/1`,
    'Virt-type: VT-x',
    `RAM Size: ${server.flavor.ram - 34}MB`,
    'Disks:',
    'NAME  MAJ:MIN       SIZE LABEL         MOUNTPOINT',
    `vda   253:0   ${String(server.flavor.disk * 1073741824).padStart(10, ' ')}`,
    `=== sshd host keys ===`,
    '-----BEGIN SSH HOST KEY KEYS-----',
    `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQ${fingerprint(`${server.id}/rsa`, 40)} root@${server.hostname}`,
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fingerprint(`${server.id}/ed25519`, 43)} root@${server.hostname}`,
    '-----END SSH HOST KEY KEYS-----',
    '=== network info ===',
    `if-info: lo,up,127.0.0.1,8,,`,
    `if-info: eth0,up,${ip},24,fe80::f816:3eff:fe00:1/64,`,
    '=== cirros: current=0.6.2 uptime=5.31 ===',
    '  ____               ____  ____',
    ' / __/ __ ____ ____ / __ \\/ __/',
    '/ /__ / // __// __// /_/ /\\ \\ ',
    '\\___//_//_/  /_/   \\____/___/ ',
    '   http://cirros-cloud.net',
    '',
    '',
    `login as 'cirros' user. default password: 'gocubsgo'. use 'sudo' for root.`,
    `${server.hostname} login: `,
  ];
  return lines;
}

/** Actions after which the guest has booted once more. */
export const REBOOTING_ACTIONS = [
  'reboot',
  'start',
  'rebuild',
  'unshelve',
  'unrescue',
  'resize',
  'revertResize',
];

/** compute.manager._tail_log, including its quirk that -1 drops only the first line. */
export function tailLog(lines: string[], length: number | null): string {
  if (length === null) return lines.join('\n');
  if (length === 0) return '';
  return lines.slice(-length).join('\n');
}
