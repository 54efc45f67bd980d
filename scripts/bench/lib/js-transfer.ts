// What JavaScript a browser downloads to show one page from a cold cache: every
// script response until the network is idle, with its size on the wire
// (compressed body) and after decoding.
import {
  errors,
  type Browser,
  type BrowserContextOptions,
  type Page,
  type Response,
} from '@playwright/test';

export interface ScriptFile {
  url: string;
  /** Body bytes as received (gzip/brotli), headers not included. */
  encodedBytes: number;
  /** Body bytes after decoding. */
  decodedBytes: number;
  headerBytes: number;
  /** Content-Encoding as served; '' when the server sent it uncompressed. */
  encoding: string;
  /** Requested before the page's load event (the document's own scripts) or after it (lazy chunks, prefetches). */
  beforeLoad: boolean;
}

export interface PageScripts {
  /** Where the browser ended up (after redirects). */
  finalPath: string;
  files: ScriptFile[];
}

function isScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return response.request().resourceType() === 'script' || type.includes('javascript');
}

async function measure(response: Response, beforeLoad: boolean): Promise<ScriptFile> {
  // sizes() resolves once the body has been received in full.
  const sizes = await response.request().sizes();
  const body = await response.body();
  return {
    url: response.url(),
    encodedBytes: sizes.responseBodySize,
    decodedBytes: body.length,
    headerBytes: sizes.responseHeadersSize,
    encoding: response.headers()['content-encoding'] ?? '',
    beforeLoad,
  };
}

/**
 * Opens `url` in a fresh context (empty cache), waits until the network has been
 * quiet for 500 ms (at most `idleTimeoutMs`), then lets `check` confirm that the
 * page is the expected one.
 */
export async function scriptsOfPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  check: (page: Page) => Promise<void>,
  idleTimeoutMs = 20_000,
): Promise<PageScripts> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const measured: Promise<ScriptFile>[] = [];
    let loaded = false;
    page.on('load', () => {
      loaded = true;
    });
    page.on('response', (response) => {
      if (!isScript(response)) return;
      const file = measure(response, !loaded);
      // Handled below by Promise.all; this keeps a page closed mid-read from crashing the process.
      file.catch(() => undefined);
      measured.push(file);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page
      .waitForLoadState('networkidle', { timeout: idleTimeoutMs })
      .catch((error: unknown) => {
        if (!(error instanceof errors.TimeoutError)) throw error;
        console.warn(
          `  ${url}: the network was not idle after ${idleTimeoutMs} ms; counted so far`,
        );
      });
    await check(page);
    const files = await Promise.all(measured);
    return { finalPath: new URL(page.url()).pathname, files };
  } finally {
    await context.close();
  }
}
