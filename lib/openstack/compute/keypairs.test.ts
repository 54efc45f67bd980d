import { describe, expect, it } from 'vitest';
import { keypairsApi } from './keypairs';
import type { OsRequest, Transport } from '../http';

describe('listKeypairs', () => {
  it("sends the filters, so an admin can ask for another user's key pairs", async () => {
    const requests: OsRequest[] = [];
    const transport: Transport = {
      send: async (request) => {
        requests.push(request);
        return Response.json({ keypairs: [] });
      },
    };
    await keypairsApi(transport).listKeypairs({ filters: { user_id: 'u1' }, limit: 100 });
    expect(requests.map((r) => [r.path, r.query])).toEqual([
      ['/os-keypairs', { limit: 100, marker: undefined, user_id: 'u1' }],
    ]);
  });
});
