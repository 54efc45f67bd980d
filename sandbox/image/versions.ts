// glance.api.versions.Controller.index for the devcloud's configuration: no image
// cache directory, enabled_backends set (hence 2.8 to 2.13, and no 2.14 or 2.16).

const CURRENT = '2.15';
const SUPPORTED = [
  '2.13',
  '2.12',
  '2.11',
  '2.10',
  '2.9',
  '2.8',
  '2.7',
  '2.6',
  '2.5',
  '2.4',
  '2.3',
  '2.2',
  '2.1',
  '2.0',
];

/** URL segments the version negotiation filter routes to the v2 API. */
export const URL_VERSIONS = new Set(['v2', ...[CURRENT, ...SUPPORTED].map((v) => `v${v}`)]);

export function versionsDocument(origin: string): Record<string, unknown> {
  const href = `${origin}/v2/`;
  const entry = (id: string, status: string) => ({
    id: `v${id}`,
    status,
    links: [{ rel: 'self', href }],
  });
  return {
    versions: [entry(CURRENT, 'CURRENT'), ...SUPPORTED.map((v) => entry(v, 'SUPPORTED'))],
  };
}
