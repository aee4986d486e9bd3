import createMDX from '@next/mdx';
import { remarkPluginNames } from './lib/mdx/remark-plugins.mjs';

const withMDX = createMDX({ options: { remarkPlugins: remarkPluginNames } });

// As strict as prerendered Next.js pages allow: their inline bootstrap scripts and style
// attributes need 'unsafe-inline' (nonces would make every page dynamic); no 'unsafe-eval'
// outside `next dev`, no plugins, no framing, no foreign origins.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

// The stylesheet, the island modules and the icon are not documents, so a page's policies do
// nothing on them; over HTTP/1.1 they cost 0.4 KB of headers on each, every first visit. They
// keep nosniff, and a short policy: nothing from other sites, no framing. ('self' rather than
// 'none' so that the 404 page, if one of these addresses is mistyped, still loads its stylesheet.)
const staticFile = String.raw`_next/static/.*|islands/.*|icon\.svg`;
const staticFileHeaders = [
  { key: 'Content-Security-Policy', value: "default-src 'self'; frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx'],
  poweredByHeader: false,
  // Public source maps: the code is open anyway, and the byte-budget test and `npm run bench`
  // read them to tell the site's own JavaScript from the framework's.
  productionBrowserSourceMaps: true,
  async headers() {
    return [
      { source: `/:path((?!${staticFile}).*)`, headers: securityHeaders },
      { source: `/:path(${staticFile})`, headers: staticFileHeaders },
      // The islands' file names carry a hash of their content (components/islands/build.ts).
      { source: '/islands/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // HSTS only means something over HTTPS: sent when the TLS proxy or CDN in front says so.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

export default withMDX(nextConfig);
