/** A YYYY-MM-DD date as readers expect it ("20 November 2026"), machine-readable too. */
export function FormattedDate({ date }: { date: string }) {
  const text = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return <time dateTime={date}>{text}</time>;
}
