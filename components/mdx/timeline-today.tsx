/**
 * A line at today's date across a Timeline, hidden until components/islands/timeline-today.ts
 * places it (a prerendered page cannot know the day it is read), and only while today falls inside.
 */
export function TimelineToday({ start, end }: { start: string; end: string }) {
  return (
    <timeline-today className="contents" data-start={start} data-end={end}>
      <span hidden aria-hidden="true" className="pointer-events-none absolute top-0 bottom-0 border-l-2 border-dashed border-warning">
        <span className="absolute top-full -translate-x-1/2 rounded bg-warning-soft px-1 text-[0.7rem] font-semibold text-warning">Today</span>
      </span>
    </timeline-today>
  );
}
