import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe('Markdown (the safe subset of a step text)', () => {
  it('renders paragraphs, code, bold, lists and links', () => {
    const out = html(
      'Click **Create** and name it `vm`.\nSame paragraph.\n\n- one\n- two\n\n1. first\n2. second\n\nSee [the docs](https://docs.openstack.org) or [Instances](/project/instances).',
    );
    expect(out).toContain('<p>Click <strong>Create</strong> and name it <code');
    expect(out).toContain('>vm</code>. Same paragraph.</p>');
    expect(out).toMatch(/<ul[^>]*><li>one<\/li><li>two<\/li><\/ul>/);
    expect(out).toMatch(/<ol[^>]*><li>first<\/li><li>second<\/li><\/ol>/);
    expect(out).toContain('href="https://docs.openstack.org"');
    expect(out).toContain('rel="noreferrer noopener"');
    expect(out).toContain('href="/project/instances"');
  });

  it('shows raw HTML as text and drops unsafe links', () => {
    const out = html('<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](//evil.example)');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('href="//evil');
  });
});
