import { describe, expect, it } from 'vitest';
import { calendarDaysInclusive, isIsoDate } from './calendar-date';

describe('calendarDaysInclusive', () => {
  it.each([
    { start: '2024-10-07', end: '2024-10-07', days: 1 },
    { start: '2024-10-07', end: '2024-10-11', days: 5 },
    { start: '2024-02-28', end: '2024-03-01', days: 3 },
    { start: '2023-02-28', end: '2023-03-01', days: 2 },
    { start: '2024-03-30', end: '2024-04-01', days: 3 },
    { start: '2024-01-01', end: '2024-12-31', days: 366 },
  ])('counts $start to $end as $days days, both ends included', ({ start, end, days }) => {
    expect(calendarDaysInclusive(start, end)).toBe(days);
  });

  it.each([
    { start: '2024-10-11', end: '2024-10-07' },
    { start: '2024-02-30', end: '2024-03-01' },
    { start: '2024-1-5', end: '2024-01-06' },
  ])('refuses $start to $end', ({ start, end }) => {
    expect(calendarDaysInclusive(start, end)).toBeNull();
  });

  it.each([
    { value: '2024-02-29', ok: true },
    { value: '2023-02-29', ok: false },
    { value: '2024-13-01', ok: false },
    { value: '20240101', ok: false },
  ])('reads $value as a real date: $ok', ({ value, ok }) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});
