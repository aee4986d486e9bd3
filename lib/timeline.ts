// Date arithmetic for the Timeline component, shared by its server drawing and the today
// marker placed in the browser. Dates are months (2025-07) or days (2025-07-02).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Months since the year 0, so ranges of months are plain subtraction. */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The month's name: monthName(6) is June (January is 0). */
export function monthName(month: number): string {
  return MONTHS[month % 12];
}

/**
 * Where a date falls along a timeline of `count` months from `first`, from 0 (the start of the
 * first month) to 1 (the end of the last); a month alone means its start, or its end with `endOfPeriod`.
 */
export function positionOf(date: string, first: number, count: number, endOfPeriod = false): number {
  const day = date.length > 7 ? Number(date.slice(8, 10)) : endOfPeriod ? 31 : 1;
  const fraction = Math.min(day - (endOfPeriod ? 0 : 1), 30) / 30;
  return (monthIndex(date) - first + fraction) / count;
}

/** 2025-06-04 as June 4, 2025; 2025-06 as June 2025. */
export function formatDate(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return date.length > 7 ? `${month} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}` : `${month} ${date.slice(0, 4)}`;
}
