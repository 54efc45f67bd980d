// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QUOTA_GROUPS } from './quota-charts';
import { QuotaMeter } from './quota-meter';

const [instances, , ram] = QUOTA_GROUPS[0]!.charts;

afterEach(cleanup);

describe('QuotaMeter', () => {
  it('is a meter named after the quota, with the figures as text', () => {
    render(
      <QuotaMeter chart={instances!} state={{ kind: 'ready', usage: { inUse: 8, limit: 10 } }} />,
    );
    const meter = screen.getByRole('meter', { name: 'Instances' });
    expect(meter.getAttribute('aria-valuenow')).toBe('8');
    expect(meter.getAttribute('aria-valuemax')).toBe('10');
    expect(meter.getAttribute('aria-valuetext')).toBe('Used 8 of 10');
    const figure = screen.getByRole('figure', { name: 'Instances' });
    expect(figure.textContent).toContain('Used 8 of 10');
    expect(figure.textContent).toContain('80%');
    expect(figure.getAttribute('data-level')).toBe('warn');
  });

  it('keeps the meter in range when usage exceeds a lowered quota', () => {
    render(
      <QuotaMeter chart={ram!} state={{ kind: 'ready', usage: { inUse: 4096, limit: 2048 } }} />,
    );
    const meter = screen.getByRole('meter', { name: 'RAM' });
    expect(meter.getAttribute('aria-valuenow')).toBe('2048');
    expect(meter.getAttribute('aria-valuetext')).toBe('Used 4 GB of 2 GB');
  });

  it('says "No Limit" and "Not available" in words', () => {
    render(
      <>
        <QuotaMeter chart={instances!} state={{ kind: 'ready', usage: { inUse: 3, limit: -1 } }} />
        <QuotaMeter chart={ram!} state={{ kind: 'unavailable', reason: 'no service' }} />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Instances: Used 3 (No Limit)' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'RAM: Not available' })).toBeTruthy();
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
  });
});
