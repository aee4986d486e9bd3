'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * A link to a page of the site that is prefetched when the reader shows intent (a pointer over it,
 * keyboard focus, a touch), never on load: a page shows dozens of links and a reader follows one or
 * two, so prefetching every link in view cost 26-103 KB per page load, paid for on a metered phone.
 * This is Next.js's own pattern ("Hover-triggered prefetch" in its prefetching guide):
 * `prefetch={null}` restores the default once intent is shown.
 */
export function IntentLink(props: Omit<ComponentProps<typeof Link>, 'prefetch' | 'onMouseEnter' | 'onFocus' | 'onTouchStart'>) {
  const [intent, setIntent] = useState(false);
  const show = () => setIntent(true);
  return <Link {...props} prefetch={intent ? null : false} onMouseEnter={show} onFocus={show} onTouchStart={show} />;
}
