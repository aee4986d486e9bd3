import { NextResponse, type NextRequest } from 'next/server';

/**
 * Where a path that cannot be decoded is sent. A folder whose name starts with `_` is private in
 * the App Router, so this is never a page: it gets the 404 page and headers of any unknown path.
 */
const NOT_A_PAGE = '/_malformed-path';

/** True when every path segment decodes: each `%` starts an escape, and the escapes spell UTF-8. */
function decodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path with malformed percent-encoding (`/articles/%E0%A4%A`) gets the site's 404 page: Next.js
 * 16.4 answers one in a dynamic segment with a bare 500 (vercel/next.js#92527).
 */
export function proxy(request: NextRequest) {
  if (!decodes(request.nextUrl.pathname)) return NextResponse.rewrite(new URL(NOT_A_PAGE, request.url));
}

export const config = {
  // Only paths with a `%` in them: every other request, prerendered pages included, skips the proxy.
  matcher: '/(.*%.*)',
};
