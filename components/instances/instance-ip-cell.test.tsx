// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { InstanceIpCell, splitAddresses } from './instance-ip-cell';

const entry = (addr: string, type: 'fixed' | 'floating') => ({
  addr,
  version: 4,
  'OS-EXT-IPS:type': type,
});

const server = (addresses: Server['addresses']) => ({ addresses }) as Server;

afterEach(cleanup);

describe('the IP Address column', () => {
  it('lists fixed IPs, then the floating ones under "Floating IPs:"', () => {
    const s = server({
      private: [entry('10.0.0.5', 'fixed'), entry('172.24.4.9', 'floating')],
      other: [entry('10.1.0.7', 'fixed')],
    });
    expect(splitAddresses(s)).toEqual({
      fixed: ['10.0.0.5', '10.1.0.7'],
      floating: ['172.24.4.9'],
    });
    const { container } = render(<InstanceIpCell server={s} />);
    expect(container.textContent).toBe('10.0.0.510.1.0.7Floating IPs:172.24.4.9');
  });

  it('has no label without floating IPs', () => {
    const { container } = render(
      <InstanceIpCell server={server({ private: [entry('10.0.0.5', 'fixed')] })} />,
    );
    expect(container.textContent).toBe('10.0.0.5');
  });
});
