'use client';

import { useEffect } from 'react';

/**
 * `next dev` only, where React still hydrates every page: runs the islands once it has, so that
 * what they change in the server's markup (a button enabled, say) is not reported as a hydration
 * mismatch. Production pages are documents and load the islands directly (app/layout.tsx).
 */
export function DevIslands({ src }: { src: string }) {
  useEffect(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  }, [src]);
  return null;
}
