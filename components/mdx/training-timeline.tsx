import type { ComponentProps } from '@/lib/content/components';
import { typeset } from '@/lib/mdx/typography.mjs';

function formatYears(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

/**
 * Stages of a training path as bars whose lengths are their years. It is an ordered list, so a
 * screen reader hears each stage with its years, then the total.
 */
export function TrainingTimeline({ title, stages }: ComponentProps<'TrainingTimeline'>) {
  const total = stages.reduce((sum, stage) => sum + stage.years, 0);
  const longest = Math.max(...stages.map((stage) => stage.years));
  return (
    <figure className="not-prose my-8 rounded-lg border border-line bg-surface p-5 font-sans">
      <figcaption className="text-sm font-semibold text-ink">
        {typeset(title)} <span className="font-normal text-muted">· about {formatYears(total)} in all</span>
      </figcaption>
      <ol className="mt-4 space-y-3">
        {stages.map((stage, index) => (
          <li key={stage.label} className="grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-2 text-sm sm:grid-cols-[1.5rem_12rem_minmax(0,1fr)] sm:items-center">
            <span aria-hidden="true" className="font-semibold text-accent tabular-nums">
              {index + 1}
            </span>
            <span className="text-ink">
              {typeset(stage.label)}
              <span className="sr-only">: {formatYears(stage.years)}</span>
            </span>
            <span aria-hidden="true" className="col-start-2 mt-1 flex items-center gap-2 sm:col-start-3 sm:mt-0">
              <span className="h-3 rounded-full bg-accent" style={{ width: `${(stage.years / longest) * 75}%` }} />
              <span className="shrink-0 text-muted tabular-nums">{formatYears(stage.years)}</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
