/** Today's date in Germany (ISO), or the pinned date. The only place the wall clock is read for law dates. */
export function createToday(fixedDate: string | undefined, now: () => Date = () => new Date()): () => string {
  if (fixedDate) return () => fixedDate;
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return () => format.format(now());
}
