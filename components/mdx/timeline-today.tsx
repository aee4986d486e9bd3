'use client';

import { useEffect, useState } from 'react';
import { monthIndex, positionOf } from '@/lib/timeline';

/**
 * A line at today's date across a Timeline, placed in the reader's browser (a prerendered page
 * cannot know the day it is read) and only while today falls inside the timeline.
 */
export function TimelineToday({ start, end }: { start: string; end: string }) {
  const [position, setPosition] = useState<number>();
  useEffect(() => {
    const today = new Date().toISOString().slice(0, 10);
    const first = monthIndex(start);
    const at = positionOf(today, first, monthIndex(end) - first + 1);
    if (at >= 0 && at <= 1) setPosition(at);
  }, [start, end]);
  if (position === undefined) return null;
  return (
    <span aria-hidden="true" className="pointer-events-none absolute top-0 bottom-0 border-l-2 border-dashed border-warning" style={{ left: `${(position * 100).toFixed(2)}%` }}>
      <span className="absolute top-full -translate-x-1/2 rounded bg-warning-soft px-1 text-[0.7rem] font-semibold text-warning">Today</span>
    </span>
  );
}
