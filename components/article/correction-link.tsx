import { correctionHref } from '@/lib/corrections';

/**
 * "Suggest a correction": a plain link to a prefilled report. When the reader came by a link to a
 * heading (or follows one on the page), components/islands/correction-link.ts makes the report name it.
 */
export function CorrectionLink({ destination, pageTitle, pageUrl }: { destination: string; pageTitle: string; pageUrl: string }) {
  return (
    <correction-link className="contents" data-destination={destination} data-page-title={pageTitle} data-page-url={pageUrl}>
      <a href={correctionHref(destination, { pageTitle, pageUrl })} className="text-accent underline underline-offset-2">
        Suggest a correction
      </a>
    </correction-link>
  );
}
