import { describe, expect, it } from 'vitest';
import {
  extractMessage,
  serverFailureMessage,
  serviceLabel,
  timeoutMessage,
  toOpenStackError,
  unreachableMessage,
} from './errors';

describe('OpenStack error bodies', () => {
  it.each([
    [
      {
        error: {
          code: 401,
          title: 'Unauthorized',
          message: 'The request you have made requires authentication.',
        },
      },
      'The request you have made requires authentication.',
    ],
    [
      { conflictingRequest: { code: 409, message: "Key pair 'k' already exists." } },
      "Key pair 'k' already exists.",
    ],
    [
      // Glance (webob) ends its JSON message with line breaks in HTML.
      {
        message: 'Failed to find image 42 to delete<br /><br />\n\n\n',
        code: '404 Not Found',
        title: 'Not Found',
      },
      'Failed to find image 42 to delete',
    ],
    [
      {
        overLimit: {
          code: 413,
          message:
            'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 2000G, quota is 1000G and 1G has been consumed.',
          retryAfter: '0',
        },
      },
      'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 2000G, quota is 1000G and 1G has been consumed.',
    ],
    [
      { badRequest: { code: 400, message: 'Invalid volume: status must be available' } },
      'Invalid volume: status must be available',
    ],
    [
      {
        NeutronError: {
          type: 'NetworkNotFound',
          message: 'Network x could not be found.',
          detail: '',
        },
      },
      'Network x could not be found.',
    ],
    [
      { errors: [{ title: 'Bad', detail: 'Cluster template is in use.' }] },
      'Cluster template is in use.',
    ],
    [
      '<html><body><h1>404 Not Found</h1>The resource could not be found.</body></html>',
      '404 Not Found The resource could not be found.',
    ],
    [
      '<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>',
      'There was a conflict when trying to complete your request.',
    ],
    [
      '<html><h1>Unprocessable Entity</h1><p>Unable to process the contained instructions</p></html>',
      'Unable to process the contained instructions',
    ],
    [
      'Container name length of 300 longer than 256',
      'Container name length of 300 longer than 256',
    ],
  ])('reads the message of %j', (body, message) => {
    expect(extractMessage(body).message).toBe(message);
  });

  it("takes Swift's error page apart into its title and its sentence", () => {
    const error = toOpenStackError(
      'object-store',
      404,
      '<html><h1>Not Found</h1><p>The resource could not be found.</p></html>',
    );
    expect(error.title).toBe('Not Found');
    expect(error.message).toBe('The resource could not be found.');
  });

  it('falls back to the status when the body says nothing', () => {
    const error = toOpenStackError('compute', 404, undefined);
    expect(error.message).toBe('compute answered 404 Not Found.');
    expect(error.title).toBe('Not Found');
  });
});

describe('failures in plain words', () => {
  it('names each service as users know it', () => {
    expect(serviceLabel('compute')).toBe('Compute (Nova)');
    expect(serviceLabel('network')).toBe('Networking (Neutron)');
    expect(serviceLabel('image')).toBe('Image (Glance)');
    expect(serviceLabel('volumev3')).toBe('Block Storage (Cinder)');
    expect(serviceLabel('identity')).toBe('Identity (Keystone)');
    expect(serviceLabel('dns')).toBe('The dns service');
  });

  it('a 5xx: which service, its own words, what to do', () => {
    const error = toOpenStackError(
      'compute',
      500,
      { computeFault: { code: 500, message: 'Unexpected API Error.' } },
      'req-1',
    );
    expect(error.message).toBe(
      'Compute (Nova) answered 500 Internal Server Error: "Unexpected API Error". ' +
        "Try again in a moment; if it keeps failing, contact the cloud's operators (request ID req-1).",
    );
    expect(error.status).toBe(500);
  });

  it('a 503 without words still says which service and what to do', () => {
    expect(toOpenStackError('network', 503, undefined).message).toBe(
      'Networking (Neutron) answered 503 Service Unavailable. ' +
        "Try again in a moment; if it keeps failing, contact the cloud's operators.",
    );
  });

  it('a 4xx keeps the service words as they are', () => {
    const body = { NeutronError: { type: 'X', message: 'Quota exceeded.', detail: '' } };
    expect(toOpenStackError('network', 409, body).message).toBe('Quota exceeded.');
  });

  it("the proxy's own message (it could not reach the service) is not wrapped again", () => {
    const message = unreachableMessage('image', 'ECONNREFUSED');
    expect(message).toBe(
      'Image (Glance) cannot be reached (connection refused): it may be down or restarting. ' +
        "Try again in a moment; if it stays unreachable, contact the cloud's operators.",
    );
    const body = { error: { code: 502, message, service: 'image', reason: 'unreachable' } };
    const error = toOpenStackError('image', 502, body);
    expect(error.message).toBe(message);
    expect(error.reason).toBe('unreachable');
  });

  it("the proxy's body carrying a service's 500 is wrapped once", () => {
    const body = { error: { code: 500, message: 'Request Failed.', service: 'network' } };
    expect(toOpenStackError('network', 500, body).message).toMatch(
      /^Networking \(Neutron\) answered 500 Internal Server Error: "Request Failed"\. Try again/,
    );
  });

  it('a timeout names the wait', () => {
    expect(timeoutMessage('compute', '30 s')).toMatch(
      /^Compute \(Nova\) did not answer within 30 s: it may be down or overloaded\./,
    );
  });

  it('unknown causes are kept as they came', () => {
    expect(unreachableMessage('compute', 'EWEIRD')).toContain('(EWEIRD)');
    expect(serverFailureMessage('compute', 502, undefined)).toMatch(
      /^Compute \(Nova\) answered 502 Bad Gateway\. /,
    );
  });
});
