// The page's own clock for the benchmark (scripts/bench/network-topology.ts):
// when the data was first in the browser (from the server's render or a
// fetch) and when the graph was first drawn, as
// performance marks and as numbers on window the driver can read.
declare global {
  interface Window {
    __topologyDataAt?: number;
    /** requestAnimationFrame's time of the frame that first showed the graph. */
    __topologyDrawnAt?: number;
  }
}

export function markDataArrived(): void {
  if (typeof window === 'undefined' || window.__topologyDataAt !== undefined) return;
  window.__topologyDataAt = performance.now();
  performance.mark('network-topology:data');
}

export function markDrawn(): void {
  if (window.__topologyDrawnAt !== undefined) return;
  requestAnimationFrame((frame) => {
    if (window.__topologyDrawnAt !== undefined) return;
    window.__topologyDrawnAt = frame;
    performance.mark('network-topology:drawn', { startTime: frame });
  });
}
