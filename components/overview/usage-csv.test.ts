import { describe, expect, it } from 'vitest';
import { csvCell, usageCsv, usageCsvFilename } from './usage-csv';
import { USAGE } from './usage-fixture';

describe('usage CSV', () => {
  it('holds the period, the totals and one line per active instance', () => {
    const csv = usageCsv(
      USAGE,
      { start: '2026-11-01', end: '2026-11-26' },
      { id: 'p1', name: 'demo' },
    );
    expect(csv.split('\r\n')).toEqual([
      'Usage Report For Period:,2026-11-01,/,2026-11-26',
      'Project ID:,p1',
      'Project Name:,demo',
      'Total Active Instances:,2',
      'Total Active VCPUs:,3',
      'CPU-HRs Used:,1.23',
      'Total Active RAM (MB):,2560',
      'Total Disk Size:,21',
      'Total Disk Usage:,2.50',
      'RAM-HRs Used (MB-Hours):,632.00',
      '',
      'Name,VCPUs,RAM (MB),Disk (GB),Usage (Hours),Time since created (Seconds),State',
      '"web, ""one""",2,2048,20,1.00,3900,Active',
      `"'=HYPERLINK(""x"")",1,512,1,0.25,407,Stopped`,
      '',
    ]);
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('names the file after the project and period', () => {
    expect(usageCsvFilename('class lab', { start: '2026-11-01', end: '2026-11-26' })).toBe(
      'class_lab_usage_2026-11-01_2026-11-26.csv',
    );
  });
});
