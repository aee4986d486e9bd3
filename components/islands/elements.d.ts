// The islands' custom elements, as server components write them (see components/islands/*.ts).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type IslandElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & { [data: `data-${string}`]: string | undefined };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'theme-toggle': IslandElement;
      'share-tools': IslandElement;
      'toc-highlight': IslandElement;
      'term-interest': IslandElement;
      'correction-link': IslandElement;
      'timeline-today': IslandElement;
      'site-search': IslandElement;
    }
  }
}
