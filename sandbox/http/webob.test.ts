import { describe, expect, it } from 'vitest';
import { bestOffer, htmlEscape, webobErrorResponse } from './webob';
import type { SandboxRequest } from './types';

function request(method: string, accept?: string): SandboxRequest {
  return {
    method,
    path: '/v2/images/x',
    rawQuery: '',
    query: new URLSearchParams(),
    headers: accept === undefined ? {} : { accept },
    body: Buffer.alloc(0),
    params: {},
    origin: 'http://127.0.0.1:9292',
    requestId: 'req-1',
  };
}

function rendered(
  method: string,
  accept: string | undefined,
  status: number,
  explanation?: string,
) {
  const res = webobErrorResponse(request(method, accept), { status, explanation });
  return { type: res.headers?.['Content-Type'], text: (res.body as Buffer).toString('utf8') };
}

describe('webob content negotiation', () => {
  it('prefers HTML for */*, JSON only when asked, plain text without an Accept header', () => {
    expect(bestOffer('*/*')).toBe('text/html');
    expect(bestOffer('application/json')).toBe('application/json');
    expect(bestOffer('application/json, */*')).toBe('text/html');
    expect(bestOffer('application/json, text/html;q=0.5')).toBe('application/json');
    expect(bestOffer('text/plain')).toBeNull();
    expect(bestOffer(undefined)).toBeNull();
    expect(bestOffer('text/*')).toBe('text/html');
  });

  it('escapes like webob.util.html_escape', () => {
    expect(htmlEscape(`<a href="x">'&'</a> é`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt; &#233;',
    );
  });
});

describe('webob error pages (as Glance sends them)', () => {
  const message = 'No image found with ID xyz';

  it('renders the HTML page', () => {
    expect(rendered('GET', '*/*', 404, message)).toEqual({
      type: 'text/html; charset=UTF-8',
      text:
        '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n' +
        '  <h1>404 Not Found</h1>\n  No image found with ID xyz<br /><br />\n\n\n\n </body>\n</html>',
    });
  });

  it('renders JSON and plain text', () => {
    const json = rendered('GET', 'application/json', 404, message);
    expect(json.type).toBe('application/json');
    expect(JSON.parse(json.text)).toEqual({
      message: 'No image found with ID xyz<br /><br />\n\n\n',
      code: '404 Not Found',
      title: 'Not Found',
    });
    expect(rendered('GET', undefined, 404, message)).toEqual({
      type: 'text/plain; charset=UTF-8',
      text: '404 Not Found\n\nNo image found with ID xyz\n\n   ',
    });
  });

  it('names the method in a 405 page and uses default explanations', () => {
    expect(rendered('PUT', undefined, 405).text).toBe(
      '405 Method Not Allowed\n\nThe method PUT is not allowed for this resource. \n\n ',
    );
    expect(JSON.parse(rendered('PUT', 'application/json', 405).text).message).toBe(
      'The method PUT is not allowed for this resource. <br /><br />\n',
    );
    expect(JSON.parse(rendered('GET', 'application/json', 401).text).message).toMatch(
      /^This server could not verify that you are authorized/,
    );
  });
});
