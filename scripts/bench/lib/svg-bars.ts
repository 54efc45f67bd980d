// A paired horizontal bar chart as a standalone SVG file, for docs/benchmarks.md:
// one group per page, a bar for each side, the figure at the bar's end and the
// ratio at the right. No library: the chart is a few rectangles and labels.

export interface BarPair {
  label: string;
  /** Milliseconds; undefined when that side has no figure (the page is not built). */
  ours?: number;
  theirs?: number;
}

export interface BarChartOptions {
  title: string;
  oursName: string;
  theirsName: string;
  /** Under the title: what was measured and how. */
  caption?: string;
}

const ROW = 46;
const BAR = 16;
const LEFT = 150;
const PLOT = 460;
const RIGHT = 90;
const TOP = 76;
const WIDTH = LEFT + PLOT + RIGHT;
const OURS = '#2f6f9f';
const THEIRS = '#a3a3a3';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

function ratio(pair: BarPair): string {
  if (pair.ours === undefined || pair.theirs === undefined || pair.ours <= 0) return '';
  return `${(pair.theirs / pair.ours).toFixed(1)}×`;
}

function bar(y: number, value: number | undefined, scale: number, fill: string, name: string) {
  if (value === undefined) {
    return `<text x="${LEFT + 4}" y="${y + BAR - 4}" class="note">${escapeXml(name)}: not built yet</text>`;
  }
  const width = Math.max(1, value * scale);
  return (
    `<rect x="${LEFT}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${fill}" rx="2">` +
    `<title>${escapeXml(`${name}: ${ms(value)}`)}</title></rect>` +
    `<text x="${(LEFT + width + 6).toFixed(1)}" y="${y + BAR - 4}" class="value">${ms(value)}</text>`
  );
}

export function pairedBarChart(pairs: BarPair[], options: BarChartOptions): string {
  const largest = Math.max(1, ...pairs.flatMap((p) => [p.ours ?? 0, p.theirs ?? 0]));
  // Leave room for the figure printed after the longest bar.
  const scale = (PLOT - 70) / largest;
  const height = TOP + pairs.length * ROW + 16;
  const rows = pairs.map((pair, i) => {
    const y = TOP + i * ROW;
    return [
      `<text x="${LEFT - 10}" y="${y + BAR + 4}" class="label" text-anchor="end">${escapeXml(pair.label)}</text>`,
      bar(y, pair.ours, scale, OURS, options.oursName),
      bar(y + BAR + 2, pair.theirs, scale, THEIRS, options.theirsName),
      `<text x="${WIDTH - 12}" y="${y + BAR + 4}" class="ratio" text-anchor="end">${ratio(pair)}</text>`,
    ].join('');
  });
  const legend =
    `<rect x="${LEFT}" y="46" width="12" height="12" fill="${OURS}" rx="2"/>` +
    `<text x="${LEFT + 18}" y="56" class="value">${escapeXml(options.oursName)}</text>` +
    `<rect x="${LEFT + 170}" y="46" width="12" height="12" fill="${THEIRS}" rx="2"/>` +
    `<text x="${LEFT + 188}" y="56" class="value">${escapeXml(options.theirsName)}</text>` +
    `<text x="${WIDTH - 12}" y="56" class="value" text-anchor="end">ratio</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(options.title)}</title>`,
    '<style>text{font-family:system-ui,sans-serif;fill:#333}.title{font-size:15px;font-weight:600}' +
      '.caption,.note{font-size:11px;fill:#666}.label{font-size:13px}.value{font-size:11px}' +
      '.ratio{font-size:13px;font-weight:600}</style>',
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="12" y="22" class="title">${escapeXml(options.title)}</text>`,
    options.caption
      ? `<text x="12" y="38" class="caption">${escapeXml(options.caption)}</text>`
      : '',
    legend,
    ...rows,
    '</svg>',
    '',
  ].join('\n');
}
