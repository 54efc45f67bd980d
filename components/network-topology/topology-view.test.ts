import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  edgeGeometry,
  firstViewArea,
  fitViewport,
  FIRST_VIEW_MIN_ZOOM,
  intersects,
} from './topology-view';

describe('fitViewport', () => {
  const bounds = { x: 100, y: 50, width: 1000, height: 400 };

  it('zooms to fit the padded graph and puts its centre in the middle of the pane', () => {
    const view = fitViewport(bounds, 840, 600);
    expect(view.zoom).toBeCloseTo(840 / 1050);
    // The graph's centre (600, 250) lands on the pane's centre (420, 300).
    expect(600 * view.zoom + view.x).toBeCloseTo(420);
    expect(250 * view.zoom + view.y).toBeCloseTo(300);
  });

  it('never zooms in past 1 on a small graph, nor out past 0.4 on a large one', () => {
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 50 }, 1200, 800).zoom).toBe(1);
    const large = fitViewport({ x: 0, y: 0, width: 3000, height: 12_000 }, 1200, 800);
    expect(large.zoom).toBe(FIRST_VIEW_MIN_ZOOM);
    expect(1500 * large.zoom + large.x).toBeCloseTo(600);
  });

  it('the first view of a large graph shows the area around its centre only', () => {
    const area = firstViewArea({ x: 0, y: 0, width: 3000, height: 12_000 }, 1000, 600);
    expect(area).toEqual({ x: 250, y: 5250, width: 2500, height: 1500 });
  });
});

describe('edgeGeometry', () => {
  it('leaves the right side, enters the left, mid-height, with the label half way', () => {
    const edge = edgeGeometry(
      { x: 0, y: 0, width: 200, height: 60 },
      { x: 400, y: 100, width: 200, height: 40 },
    );
    expect(edge.path).toBe('M203,30 C300,30 300,120 397,120');
    expect(edge.labelX).toBeCloseTo(300);
    expect(edge.labelY).toBeCloseTo(75);
    expect(edge.box).toEqual({ x: 203, y: 30, width: 194, height: 90 });
  });
});

describe('boundsOf and intersects', () => {
  it('spans all boxes, none when there are none', () => {
    expect(
      boundsOf([
        { x: 10, y: 20, width: 5, height: 5 },
        { x: -5, y: 0, width: 10, height: 100 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 20, height: 100 });
    expect(boundsOf([])).toBeNull();
  });

  it('boxes that only touch do not intersect', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(intersects(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(intersects(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
  });
});
