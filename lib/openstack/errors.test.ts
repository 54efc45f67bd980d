import { describe, expect, it } from 'vitest';
import { extractMessage, toOpenStackError } from './errors';

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
  ])('reads the message of %j', (body, message) => {
    expect(extractMessage(body).message).toBe(message);
  });

  it('falls back to the status when the body says nothing', () => {
    const error = toOpenStackError('compute', 503, undefined);
    expect(error.message).toBe('compute answered 503 Service Unavailable.');
    expect(error.title).toBe('Service Unavailable');
  });
});
