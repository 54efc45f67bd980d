import { describe, expect, it } from 'vitest';
import { consoleTargets } from './console-url';

const ALLOWED = ['https://novnc.example.edu:6080', 'http://127.0.0.1:8789'];
const OWN = 'https://dashboard.example.edu';

describe('consoleTargets', () => {
  it('frames and links a console on an allowed origin', () => {
    const url = 'https://novnc.example.edu:6080/vnc_auto.html?path=%3Ftoken%3Dabc';
    expect(consoleTargets(url, ALLOWED, OWN)).toEqual({ frame: url, link: url });
    expect(consoleTargets('http://127.0.0.1:8789/vnc_lite.html', ALLOWED, OWN).frame).toBe(
      'http://127.0.0.1:8789/vnc_lite.html',
    );
  });

  it('only links a console on an origin the frame may not show', () => {
    expect(consoleTargets('https://other.example.edu:6080/vnc.html', ALLOWED, OWN)).toEqual({
      frame: null,
      link: 'https://other.example.edu:6080/vnc.html',
    });
    // Same host, other port or scheme: another origin.
    expect(consoleTargets('http://novnc.example.edu:6080/', ALLOWED, OWN).frame).toBeNull();
    expect(consoleTargets('https://novnc.example.edu:6081/', ALLOWED, OWN).frame).toBeNull();
    expect(consoleTargets('https://x.example/', [], OWN)).toEqual({
      frame: null,
      link: 'https://x.example/',
    });
  });

  it("never frames the dashboard's own origin, even if configured", () => {
    expect(consoleTargets(`${OWN}/api/os/compute/x`, [OWN], OWN).frame).toBeNull();
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/console',
    '//novnc.example.edu:6080/',
    'not a url',
    'https://user:pass@novnc.example.edu:6080/',
  ])('uses %s nowhere', (raw) => {
    expect(consoleTargets(raw, [...ALLOWED, 'null'], OWN)).toEqual({ frame: null, link: null });
  });

  it('uses a non-string nowhere', () => {
    expect(consoleTargets(undefined, ALLOWED, OWN)).toEqual({ frame: null, link: null });
    expect(consoleTargets({ href: 'https://x' }, ALLOWED, OWN)).toEqual({
      frame: null,
      link: null,
    });
  });

  it('compares normalised origins (default ports, case)', () => {
    expect(
      consoleTargets('HTTPS://NoVNC.example.edu:443/v', ['https://novnc.example.edu'], OWN).frame,
    ).toBe('https://novnc.example.edu/v');
  });
});
