// What each step of Launch Instance is about, for a student meeting it for the first time.
import type { ReactNode } from 'react';

function Help({ children }: { children: ReactNode }) {
  return <div className="space-y-2">{children}</div>;
}

export const HELP: Record<string, ReactNode> = {
  details: (
    <Help>
      <p>
        An <strong>instance</strong> is a virtual machine that the cloud runs for you. Its name is
        only a label for people; the cloud tells instances apart by their ID, so two may share a
        name.
      </p>
      <p>
        An <strong>availability zone</strong> is a part of the cloud with its own power and network;
        leave it to the cloud unless your teacher names one.
      </p>
      <p>
        <strong>Count</strong> launches several identical instances at once, named name-1, name-2, …
        Each one counts against your project&apos;s quota.
      </p>
    </Help>
  ),
  source: (
    <Help>
      <p>
        The <strong>source</strong> is what ends up on the instance&apos;s first disk: an{' '}
        <strong>image</strong> (a ready-made operating system), an{' '}
        <strong>instance snapshot</strong> (a saved copy of another instance), or, where the cloud
        has block storage, a <strong>volume</strong> or <strong>volume snapshot</strong>.
      </p>
      <p>
        Booted straight from an image, the disk lives on the compute host and disappears with the
        instance. With <strong>Create New Volume</strong> the image is copied into a volume instead:
        a disk that can outlive the instance, unless you ask for it to be deleted with it.
      </p>
    </Help>
  ),
  flavor: (
    <Help>
      <p>
        A <strong>flavor</strong> is the instance&apos;s size: how many virtual CPUs, how much
        memory (RAM) and how big a root disk it gets. Bigger flavors use more of your project&apos;s
        quota.
      </p>
      <p>
        Flavors that cannot be used right now are greyed out, with the reason: too small for the
        chosen image, or more than the quota has left for this many instances.
      </p>
    </Help>
  ),
  networks: (
    <Help>
      <p>
        A <strong>network</strong> is a virtual switch. The instance gets one network card per
        network you pick, in this order: the first one usually carries its default route.
      </p>
      <p>
        You see your project&apos;s networks and the ones shared with everyone. External networks
        are not offered: reach the internet through a router and a floating IP instead.
      </p>
    </Help>
  ),
  ports: (
    <Help>
      <p>
        A <strong>port</strong> is one connection point on a network, with its own MAC and IP
        address. Choosing a port you made beforehand gives the instance exactly that address.
      </p>
      <p>
        Only free ports of your project are listed. A port plugs into one instance, so use ports
        when launching a single instance.
      </p>
    </Help>
  ),
  'security-groups': (
    <Help>
      <p>
        A <strong>security group</strong> is a firewall around the instance: a list of rules for the
        traffic allowed in and out. Traffic that no rule allows is dropped.
      </p>
      <p>
        Every project has a group called <code>default</code>. To log in with SSH you need a group
        with a rule allowing TCP port 22 from your address.
      </p>
    </Help>
  ),
  keypair: (
    <Help>
      <p>
        A <strong>key pair</strong> lets you log in without a password. The cloud keeps the public
        half and places it in the new instance; you keep the private half on your computer.
      </p>
      <p>
        Create one here (the private key downloads once: save it) or import the public key of one
        you already have, such as <code>~/.ssh/id_ed25519.pub</code>.
      </p>
    </Help>
  ),
  configuration: (
    <Help>
      <p>
        A <strong>customisation script</strong> (user data) runs when the instance first boots, if
        its image has cloud-init: install packages, create users, write files. Start it with{' '}
        <code>#!/bin/sh</code> or <code>#cloud-config</code>.
      </p>
      <p>
        A <strong>configuration drive</strong> hands the same data to the instance on a small
        read-only disk instead of through the network metadata service.
      </p>
    </Help>
  ),
  'server-groups': (
    <Help>
      <p>
        A <strong>server group</strong> tells the scheduler how its members relate:{' '}
        <em>affinity</em> keeps them on the same host (fast between them), <em>anti-affinity</em>{' '}
        spreads them over different hosts (one broken host does not take them all down).
      </p>
    </Help>
  ),
  'scheduler-hints': (
    <Help>
      <p>
        <strong>Scheduler hints</strong> are extra wishes for choosing the compute host, as{' '}
        <code>key=value</code> lines, for example <code>different_host=&lt;instance ID&gt;</code>.
        The cloud ignores hints its scheduler has no filter for.
      </p>
    </Help>
  ),
  metadata: (
    <Help>
      <p>
        <strong>Metadata</strong> are your own <code>key=value</code> labels on the instance, such
        as <code>role=web</code>. Scripts can read them later, inside the instance from the metadata
        service or from outside through the API.
      </p>
    </Help>
  ),
};
