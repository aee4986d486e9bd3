import type { CSSProperties, ReactNode } from 'react';
import type { ComponentProps } from '@/lib/content/components';
import { typeset } from '@/lib/mdx/typography.mjs';
import { formatDate, monthIndex, monthName, positionOf } from '@/lib/timeline';
import { TimelineToday } from './timeline-today';

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * A dot is centered on its date; at either end of the track it is pulled in, so that it does
 * not hang half outside it (0.375rem is half the dot: within 3% of an end on a phone's track).
 */
const dotLeft = (position: number) => {
  const centered = `calc(${percent(position)} - 0.375rem)`;
  return position < 0.03 || position > 0.97 ? `clamp(0rem, ${centered}, 100% - 0.75rem)` : centered;
};

/** Up to three years, the axis shows each month; beyond that, years. */
const YEARS_ACROSS_AFTER = 36;

const axis = 'grid border-b border-line pb-1 text-[0.7rem] text-muted';

function MonthAxis({ first, count }: { first: number; count: number }) {
  return (
    <div aria-hidden="true" className={axis} style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }}>
      {Array.from({ length: count }, (_, index) => first + index).map((month) => (
        <span key={month} className="text-center leading-tight">
          <span className="sm:hidden">{monthName(month)[0]}</span>
          <span className="hidden sm:inline">{monthName(month).slice(0, 3)}</span>
          <span className="block font-semibold text-ink">{month === first || month % 12 === 0 ? `’${String(Math.floor(month / 12)).slice(2)}` : ' '}</span>
        </span>
      ))}
    </div>
  );
}

/** Years as columns as wide as their months, a tick at the start of each, labeled every 1, 2, 5 or 10 years from the first, so at most eight labels fit a phone. */
function YearAxis({ first, count }: { first: number; count: number }) {
  const firstYear = Math.floor(first / 12);
  const lastYear = Math.floor((first + count - 1) / 12);
  const step = [1, 2, 5, 10].find((candidate) => (lastYear - firstYear + 1) / candidate <= 8) ?? 20;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  return (
    <div aria-hidden="true" className={axis} style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }}>
      {years.map((year) => {
        const months = Math.min(first + count, (year + 1) * 12) - Math.max(first, year * 12);
        return (
          <span
            key={year}
            // A short tick under each year's start, below the label, so a label never runs over the next tick.
            className="relative pb-1.5 pl-0.5 leading-tight whitespace-nowrap before:absolute before:bottom-0 before:left-0 before:h-1.5 before:border-l before:border-line"
            style={{ gridColumn: `span ${months}` }}
          >
            {(year - firstYear) % step === 0 ? year : ' '}
          </span>
        );
      })}
    </div>
  );
}

/**
 * A stretch of months with events on it, drawn on the server: a row of months across the top,
 * (or years, over a longer stretch), then each event as a line of text over a track where a dot (a day) or a bar (a stretch) sits
 * at its date. The events are an ordered list of dated lines and the drawing is hidden from
 * assistive technology, so screen readers and browsers without CSS read a plain list.
 */
export function Timeline({ title, start, end, milestones, showToday, children }: ComponentProps<'Timeline'> & { children?: ReactNode }) {
  const first = monthIndex(start);
  const count = monthIndex(end) - first + 1;
  return (
    <figure className="not-prose my-8 rounded-lg border border-line bg-surface p-4 font-sans sm:p-5">
      <figcaption className="text-sm font-semibold text-ink">{typeset(title)}</figcaption>
      <div className="relative mt-4">
        {count > YEARS_ACROSS_AFTER ? <YearAxis first={first} count={count} /> : <MonthAxis first={first} count={count} />}
        <ol className="mt-3 space-y-3">
          {milestones.map(({ date, until, label }) => {
            const left = positionOf(date, first, count);
            const width = until ? Math.max(positionOf(until, first, count, true) - left, 0.01) : 0;
            const mark: CSSProperties = until ? { left: percent(left), width: percent(width) } : { left: dotLeft(left) };
            return (
              <li key={`${date}-${label}`} className="text-sm leading-snug text-ink">
                <span className="font-semibold">
                  <time dateTime={date}>{formatDate(date)}</time>
                  {until && (
                    <>
                      {' to '}
                      <time dateTime={until}>{formatDate(until)}</time>
                    </>
                  )}
                </span>
                : {typeset(label)}
                <span aria-hidden="true" className="relative mt-1.5 block h-3 rounded-full bg-accent-soft">
                  <span className={`absolute top-0 h-3 rounded-full bg-accent ${until ? '' : 'w-3'}`} style={mark} />
                </span>
              </li>
            );
          })}
        </ol>
        {showToday && <TimelineToday start={start} end={end} />}
      </div>
      {children && <div className="mt-4 border-t border-line pt-3 text-xs leading-relaxed text-muted [&_a]:text-accent [&_p]:m-0">{children}</div>}
    </figure>
  );
}
