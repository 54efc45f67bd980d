// Nova key pairs. api-ref: compute v2.1, "Keypairs (keypairs)".
import { keypairBodySchema, keypairListSchema, type Keypair } from './keypair-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import { markerFromLinks, type ListQuery, type ListResult } from '../pagination';
import type { CreateKeypairInput, ImportKeypairInput } from './keypair-inputs';

export function keypairsApi(t: Transport) {
  return {
    /** GET /os-keypairs; limit/marker need microversion 2.35. */
    async listKeypairs(query: ListQuery = {}): Promise<ListResult<Keypair>> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          path: '/os-keypairs',
          // filters: an admin's user_id (2.10), as Class Progress asks for a student's key pairs.
          query: { limit: query.limit, marker: query.marker, ...query.filters },
        },
        keypairListSchema,
      );
      return {
        items: body.keypairs.map((k) => k.keypair),
        next: markerFromLinks(body.keypairs_links),
      };
    },

    async getKeypair(name: string): Promise<Keypair> {
      const body = await osFetch(
        t,
        { service: 'compute', path: `/os-keypairs/${seg(name)}` },
        keypairBodySchema,
      );
      return body.keypair;
    },

    /** Without a public key Nova generates the pair and returns the private key once (until 2.92). */
    async createKeypair(input: CreateKeypairInput): Promise<Keypair> {
      const body = await osFetch(
        t,
        { service: 'compute', method: 'POST', path: '/os-keypairs', body: { keypair: input } },
        keypairBodySchema,
      );
      return body.keypair;
    },

    async importKeypair(input: ImportKeypairInput): Promise<Keypair> {
      const body = await osFetch(
        t,
        { service: 'compute', method: 'POST', path: '/os-keypairs', body: { keypair: input } },
        keypairBodySchema,
      );
      return body.keypair;
    },

    async deleteKeypair(name: string): Promise<void> {
      await osSend(t, { service: 'compute', method: 'DELETE', path: `/os-keypairs/${seg(name)}` });
    },
  };
}
