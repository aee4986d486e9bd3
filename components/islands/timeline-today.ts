import { monthIndex, positionOf } from '@/lib/timeline';
import { define, Island } from './define';

/**
 * Shows the line at today's date across a Timeline, placed in the reader's browser (a
 * prerendered page cannot know the day it is read) and only while today falls inside it.
 */
class TimelineToday extends Island {
  protected start(): void {
    const { start, end } = this.dataset as { start: string; end: string };
    const first = monthIndex(start);
    const at = positionOf(new Date().toISOString().slice(0, 10), first, monthIndex(end) - first + 1);
    const line = this.firstElementChild as HTMLElement;
    if (at < 0 || at > 1) return;
    line.style.left = `${(at * 100).toFixed(2)}%`;
    line.hidden = false;
  }
}

define('timeline-today', TimelineToday);
