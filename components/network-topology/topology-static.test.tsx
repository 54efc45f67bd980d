// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { largeData, sampleData } from './topology-fixtures';
import { buildTopology, type TopoGraph } from './topology-graph';
import { gridMembers, layoutTopology } from './topology-layout';
import { STATIC_TIMING, staticScene, TopologyStatic } from './topology-static';
import { edgeGeometry, firstViewArea, intersects, STATIC_PANE } from './topology-view';

afterEach(cleanup);

function sceneOf(graph: TopoGraph) {
  return staticScene(graph, layoutTopology(graph), gridMembers(graph))!;
}

describe('TopologyStatic', () => {
  const graph = buildTopology(sampleData());

  it('draws every node of a small graph as a link to its detail page, named by its text', () => {
    render(<TopologyStatic scene={sceneOf(graph)} covered={false} />);
    const links = screen.getAllByRole('link').filter((a) => !a.textContent?.includes('React Flow'));
    expect(links).toHaveLength(graph.nodes.length);
    // (jsdom drops the space after the hidden kind; a browser keeps it.)
    const network = screen.getByRole('link', { name: /^Network\s*private, Active,/ });
    expect(network.getAttribute('href')).toBe('/project/networks/net1');
    expect(network.textContent).toContain('10.0.0.0/24');
    const web = screen.getByRole('link', { name: /^Instance\s*web, Active/ });
    expect(web.getAttribute('href')).toBe('/project/instances/vm1');
    expect(within(web).getByText('172.24.4.20')).toBeTruthy();
  });

  it('draws the edges with the router interface address as a label', () => {
    const { container } = render(<TopologyStatic scene={sceneOf(graph)} covered={false} />);
    expect(container.querySelectorAll('.topology-static-edges path')).toHaveLength(
      graph.edges.length,
    );
    expect(container.querySelector('path.topology-gateway')).not.toBeNull();
    const labels = [...container.querySelectorAll('.topology-static-label')].map(
      (l) => l.textContent,
    );
    expect(labels).toContain('10.0.0.1');
  });

  it('places nodes and edges where React Flow will (same layout, same curve)', () => {
    const scene = sceneOf(graph);
    const { container } = render(<TopologyStatic scene={scene} covered={false} />);
    const positions = layoutTopology(graph);
    const link = container.querySelector('a[href="/project/routers/r1"]') as HTMLElement;
    const at = positions.get('router:r1')!;
    expect(link.style.transform).toBe(`translate(${at.x}px, ${at.y}px)`);
    const edge = graph.edges.find((e) => e.kind === 'gateway')!;
    const box = (id: string) => scene.nodes.find((n) => n.node.id === id)!.box;
    expect(container.querySelector('path.topology-gateway')!.getAttribute('d')).toBe(
      edgeGeometry(box(edge.source), box(edge.target)).path,
    );
  });

  it('once React Flow is over it, it is hidden from readers and keys', () => {
    const { container } = render(<TopologyStatic scene={sceneOf(graph)} covered />);
    const layer = container.querySelector('.topology-static')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(layer.hasAttribute('inert')).toBe(true);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('marks its last element for Element Timing, in the server HTML', () => {
    const html = renderToString(<TopologyStatic scene={sceneOf(graph)} covered={false} />);
    expect(html).toContain(`elementtiming="${STATIC_TIMING}"`);
    expect(html.lastIndexOf('<a')).toBe(html.indexOf(`<a href="https://reactflow.dev"`));
    expect(html.indexOf('elementtiming')).toBeLessThan(html.indexOf('https://reactflow.dev'));
  });

  it('with 1,000 instances holds only what a large pane first shows', () => {
    const big = buildTopology(largeData(1000));
    const positions = layoutTopology(big);
    const scene = sceneOf(big);
    const area = firstViewArea(scene.bounds, STATIC_PANE.width, STATIC_PANE.height);
    const shown = new Set(scene.nodes.map((n) => n.node.id));
    expect(shown.size).toBeGreaterThan(50);
    expect(shown.size).toBeLessThan(big.nodes.length / 2);
    for (const node of big.nodes) {
      const p = positions.get(node.id)!;
      const inView = intersects({ ...p, width: 1, height: 1 }, area);
      if (inView) expect(shown.has(node.id), node.id).toBe(true);
    }
    const html = renderToString(<TopologyStatic scene={scene} covered={false} />);
    // A few hundred nodes, not a thousand: the HTML stays in the hundreds of kB.
    expect(html.length).toBeLessThan(600_000);
    console.log(
      `1,000 instances: ${shown.size} of ${big.nodes.length} nodes, ${Math.round(html.length / 1024)} kB of HTML`,
    );
  });
});
