import { describe, expect, it } from 'vitest';
import { nightlyInvoicingSchema } from './nightly.js';
import { isWorkday, localDateHour, nightlyRunAt, waitsForNightlyRun } from './nightly.rules.js';

const defaults = nightlyInvoicingSchema.parse({});

describe('nightly invoicing settings (PV-12)', () => {
  it('should default to 02:00 Europe/Copenhagen', () => {
    expect(defaults).toEqual({ hour: 2, timeZone: 'Europe/Copenhagen' });
  });

  it('should refuse an unknown time zone and an hour outside 0–23', () => {
    expect(nightlyInvoicingSchema.safeParse({ timeZone: 'Mars/Olympus' }).error?.issues[0]?.path).toEqual(['timeZone']);
    expect(nightlyInvoicingSchema.safeParse({ hour: 24 }).error?.issues[0]?.path).toEqual(['hour']);
  });
});

describe('nightlyRunAt (PV-12, X-26)', () => {
  it('should read the local date and hour across daylight saving time', () => {
    expect(localDateHour(new Date('2026-11-30T01:05:00Z'), 'Europe/Copenhagen')).toEqual({ date: '2026-11-30', hour: 2 }); // CET
    expect(localDateHour(new Date('2026-06-30T00:05:00Z'), 'Europe/Copenhagen')).toEqual({ date: '2026-06-30', hour: 2 }); // CEST
    expect(localDateHour(new Date('2026-11-29T23:30:00Z'), 'Europe/Copenhagen')).toEqual({ date: '2026-11-30', hour: 0 });
  });

  it('should be due on a working day from the local hour, not before it', () => {
    expect(nightlyRunAt(new Date('2026-11-30T00:59:00Z'), defaults)).toBeNull(); // 01:59 Monday
    expect(nightlyRunAt(new Date('2026-11-30T01:00:00Z'), defaults)).toEqual({ day: '2026-11-30', horizon: '2026-11-30' });
  });

  it('should skip weekends, and let Friday\'s run cover the weekend\'s jobs', () => {
    expect(isWorkday('2026-12-05')).toBe(false);
    expect(nightlyRunAt(new Date('2026-12-05T03:00:00Z'), defaults)).toBeNull(); // Saturday
    expect(nightlyRunAt(new Date('2026-12-06T03:00:00Z'), defaults)).toBeNull(); // Sunday
    expect(nightlyRunAt(new Date('2026-12-04T01:30:00Z'), defaults)).toEqual({ day: '2026-12-04', horizon: '2026-12-06' });
  });

  it('should honour another zone and hour', () => {
    expect(nightlyRunAt(new Date('2026-11-30T08:00:00Z'), { hour: 3, timeZone: 'America/New_York' })).toEqual({ day: '2026-11-30', horizon: '2026-11-30' });
    expect(nightlyRunAt(new Date('2026-11-30T07:00:00Z'), { hour: 3, timeZone: 'America/New_York' })).toBeNull();
  });
});

describe('waitsForNightlyRun (PV-10, PV-12)', () => {
  const now = new Date('2026-11-27T12:00:00Z'); // Friday afternoon in Copenhagen
  it('should hold a job day after today until a nightly run opened it', () => {
    expect(waitsForNightlyRun('2026-11-30', { now, timeZone: 'Europe/Copenhagen', openedThrough: null })).toMatch(/PV-12/);
    expect(waitsForNightlyRun('2026-11-30', { now, timeZone: 'Europe/Copenhagen', openedThrough: '2026-11-30' })).toBeNull();
  });

  it('should let a job of today or earlier go at once (late is better than never)', () => {
    expect(waitsForNightlyRun('2026-11-27', { now, timeZone: 'Europe/Copenhagen', openedThrough: null })).toBeNull();
    expect(waitsForNightlyRun('2026-11-02', { now, timeZone: 'Europe/Copenhagen', openedThrough: '2026-11-01' })).toBeNull();
  });
});
