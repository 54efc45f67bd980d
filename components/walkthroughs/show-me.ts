// "Show me": driver.js highlights the step's control with a popover; it runs no
// action. Loaded by dynamic import only when a student asks.
import 'driver.js/dist/driver.css';
import { driver } from 'driver.js';

export function highlight(
  element: Element,
  popover: { title: string; description: string },
  onClose: () => void,
): () => void {
  const d = driver({
    animate: false,
    allowClose: true,
    overlayOpacity: 0.35,
    stagePadding: 4,
    popoverClass: 'walkthrough-popover',
    showButtons: ['close'],
    onDestroyed: onClose,
  });
  d.highlight({ element, popover: { ...popover, side: 'bottom', align: 'start' } });
  return () => d.destroy();
}
