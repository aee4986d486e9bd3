/** A YYYY-MM-DD date the way the guide's US readers write it ("November 20, 2026"), machine-readable too. */
export function FormattedDate({ date }: { date: string }) {
  const text = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return <time dateTime={date}>{text}</time>;
}
