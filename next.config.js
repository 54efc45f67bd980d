// @ts-check
// Content-Security-Policy is set per request by proxy.ts (lib/csp.ts), so the
// console frame sources can be configured at run time; the rest is static here.

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // A Swift folder is an object named `dir/`: its trailing slash must reach the
  // proxy (/api/os/object-store/c/dir/) instead of being redirected away.
  skipTrailingSlashRedirect: true,
  async redirects() {
    // Pages keep Next's usual redirect of a trailing slash.
    return [{ source: '/:path((?!api/).+)/', destination: '/:path', permanent: true }];
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
