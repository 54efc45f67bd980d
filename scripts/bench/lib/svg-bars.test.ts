import { describe, expect, it } from 'vitest';
import { pairedBarChart } from './svg-bars';

const options = { title: 'Side by side', oursName: 'This dashboard', theirsName: 'Horizon' };

function bars(svg: string) {
  return [...svg.matchAll(/<rect x="150" y="(\d+)" width="([\d.]+)"/g)]
    .map((m) => ({
      y: Number(m[1]),
      width: Number(m[2]),
    }))
    .filter((b) => b.y >= 76); // below the legend
}

describe('pairedBarChart', () => {
  it('draws each side to scale, with its figure and the ratio', () => {
    const svg = pairedBarChart(
      [
        { label: 'Instances', ours: 250, theirs: 1485 },
        { label: 'Volumes', ours: 160, theirs: 904 },
      ],
      options,
    );
    const [ours, theirs, ours2] = bars(svg);
    // The longest bar (Horizon's Instances) fills the plot less the room for its figure.
    expect(theirs!.width).toBe(390);
    expect(ours!.width / theirs!.width).toBeCloseTo(250 / 1485, 3);
    expect(ours2!.y).toBeGreaterThan(theirs!.y);
    expect(svg).toContain('>1,485 ms<');
    expect(svg).toContain('>5.9×<');
    expect(svg).toContain('>5.7×<');
  });

  it('says when a side has no figure, and prints no ratio for it', () => {
    const svg = pairedBarChart([{ label: 'Stacks', theirs: 700 }], options);
    expect(svg).toContain('This dashboard: not built yet');
    expect(svg).not.toContain('×<');
  });

  it('escapes labels and titles', () => {
    const svg = pairedBarChart([{ label: '<b>&', ours: 1, theirs: 2 }], {
      ...options,
      title: 'a "quoted" <title>',
    });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&#60;b&#62;&#38;');
    expect(svg).toContain('a &#34;quoted&#34; &#60;title&#62;');
  });
});
