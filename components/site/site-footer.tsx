import { siteConfig } from '@/lib/site-config';

export function SiteFooter() {
  return (
    <footer data-print="hide" className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-7xl px-4 py-8 text-sm text-muted sm:px-6">
        <p className="font-semibold text-ink">{siteConfig.name}</p>
        <p className="mt-2 max-w-2xl">
          Career information for students, residents and early-career doctors. It is not medical advice, and training
          rules change: check each program and board for the current requirements.
        </p>
      </div>
    </footer>
  );
}
