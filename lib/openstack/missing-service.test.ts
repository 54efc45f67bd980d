import { describe, expect, it } from 'vitest';
import { isMissingService, OpenStackError } from './errors';

const error = (code: number, message: string) =>
  new OpenStackError({ code, title: 'Not Found', message, service: 'volumev3' });

describe('isMissingService', () => {
  it("recognises the proxy's answer for a service the catalog lacks", () => {
    expect(isMissingService(error(404, 'This cloud has no volumev3 service.'))).toBe(true);
    expect(isMissingService(error(404, 'Volume v could not be found.'))).toBe(false);
    expect(isMissingService(error(503, 'This cloud has no volumev3 service.'))).toBe(false);
    expect(isMissingService(new Error('This cloud has no volumev3 service.'))).toBe(false);
  });
});
