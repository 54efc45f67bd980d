// The IP Address column as Horizon shows it: the fixed IPs, then the floating
// ones under "Floating IPs:" (Nova's addresses, OS-EXT-IPS:type floating).
import type { Server } from '@/lib/openstack/compute/server-schemas';

export function splitAddresses(server: Server): { fixed: string[]; floating: string[] } {
  const all = Object.values(server.addresses).flat();
  const floating = all.filter((a) => a['OS-EXT-IPS:type'] === 'floating').map((a) => a.addr);
  const fixed = all.filter((a) => a['OS-EXT-IPS:type'] !== 'floating').map((a) => a.addr);
  return { fixed: [...new Set(fixed)], floating: [...new Set(floating)] };
}

export function InstanceIpCell({ server }: { server: Server }) {
  const { fixed, floating } = splitAddresses(server);
  return (
    <span className="flex flex-col font-mono text-xs">
      {fixed.map((ip) => (
        <span key={ip}>{ip}</span>
      ))}
      {floating.length > 0 && (
        <span className="mt-0.5 font-sans font-medium text-muted">Floating IPs:</span>
      )}
      {floating.map((ip) => (
        <span key={`f-${ip}`}>{ip}</span>
      ))}
    </span>
  );
}
