import type { NightlyInvoicing } from './nightly.js';

/** The wall-clock date (`YYYY-MM-DD`) and hour of an instant in a time zone. */
export function localDateHour(now: Date, timeZone: string): { date: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Monday to Friday. Public holidays are not known to the integration (PV-12 leaves "working
 * day" open), so a holiday counts as a working day: an invoice is then made a day early, never late.
 */
export function isWorkday(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The nightly run due at `now`, if any (PV-12): on a working day, from the configured local hour.
 * It opens that day's jobs and those of the non-working days that follow it (Friday's run also
 * covers Saturday and Sunday), since no run happens on those days.
 */
export function nightlyRunAt(now: Date, settings: NightlyInvoicing): { day: string; horizon: string } | null {
  const local = localDateHour(now, settings.timeZone);
  if (local.hour < settings.hour || !isWorkday(local.date)) return null;
  let horizon = local.date;
  while (!isWorkday(addDays(horizon, 1))) horizon = addDays(horizon, 1);
  return { day: local.date, horizon };
}

/**
 * For an invoice made "before the job is completed" (PV-10, PV-12), whose job day is the invoice's
 * issue date: why it still waits, or null when it may go. It may go once its day is today or
 * earlier (local), or a nightly run has opened its day.
 */
export function waitsForNightlyRun(jobDate: string, input: { now: Date; timeZone: string; openedThrough: string | null }): string | null {
  const today = localDateHour(input.now, input.timeZone).date;
  const open = input.openedThrough !== null && input.openedThrough > today ? input.openedThrough : today;
  if (jobDate <= open) return null;
  return `Invoiced before the job: waits for the nightly run before ${jobDate} (PV-12)`;
}
