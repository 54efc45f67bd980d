// The page's own clock for the benchmark (scripts/bench/network-topology.ts),
// as performance marks and as numbers on window the driver can read:
// - network-topology:data — the data was first in the browser (from the
//   server's render or a fetch);
// - network-topology:drawn — the graph was first painted. With the server's
//   first drawing (topology-static.tsx) that is the paint of its last element,
//   read from Element Timing once the scripts run (the mark is back-dated to
//   it); without it, or where the browser has no Element Timing, the frame
//   React Flow first drew in;
// - network-topology:interactive — the frame React Flow first drew in (pan,
//   zoom, controls, overview: the page has hydrated).
declare global {
  interface Window {
    __topologyDataAt?: number;
    /** When the graph was first painted (ms since navigation start). */
    __topologyDrawnAt?: number;
    /** requestAnimationFrame's time of the frame React Flow first drew in. */
    __topologyInteractiveAt?: number;
  }
}

export function markDataArrived(): void {
  if (typeof window === 'undefined' || window.__topologyDataAt !== undefined) return;
  window.__topologyDataAt = performance.now();
  performance.mark('network-topology:data');
}

function markDrawnAt(time: number): void {
  if (window.__topologyDrawnAt !== undefined) return;
  window.__topologyDrawnAt = time;
  performance.mark('network-topology:drawn', { startTime: time });
}

/** How long to wait for the first drawing's Element Timing entry after React Flow drew. */
const ELEMENT_TIMING_GRACE_MS = 1_000;

/**
 * Listens for the paint of the server's first drawing (its element named
 * `identifier`); the entries are buffered, so this may start after it.
 * Returns a stop function.
 */
export function watchFirstPaint(identifier: string): () => void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) return () => undefined;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier?: string;
      renderTime?: number;
    })[])
      if (entry.identifier === identifier) {
        // renderTime is the paint; startTime is the same or the load time.
        markDrawnAt(entry.renderTime || entry.startTime);
        observer.disconnect();
      }
  });
  observer.observe({ type: 'element', buffered: true });
  return () => observer.disconnect();
}

/**
 * React Flow has drawn, in the frame at `frame`. The graph counts as drawn
 * then too, unless the first drawing's paint is known (or comes in a moment).
 */
export function markInteractive(frame: number, waitForFirstPaint: boolean): void {
  if (window.__topologyInteractiveAt === undefined) {
    window.__topologyInteractiveAt = frame;
    performance.mark('network-topology:interactive', { startTime: frame });
  }
  if (!waitForFirstPaint || !PerformanceObserver.supportedEntryTypes?.includes('element'))
    markDrawnAt(frame);
  else setTimeout(() => markDrawnAt(frame), ELEMENT_TIMING_GRACE_MS);
}
