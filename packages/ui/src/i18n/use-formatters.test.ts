import { describe, expect, it } from 'vitest';
import { createFormatters } from './use-formatters';

// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('createFormatters', () => {
  it('formats integer euro cents as euros for the language', () => {
    expect(plain(createFormatters('en').money(123456))).toBe('€1,234.56');
    expect(plain(createFormatters('de').money(123456))).toBe('1.234,56 €');
  });

  it('prints a calendar date as that same day whatever the time zone', () => {
    expect(createFormatters('en').date('2026-03-01')).toBe('Mar 1, 2026');
    expect(createFormatters('de').date('2026-03-01')).toBe('01.03.2026');
  });

  it('names a country in the language', () => {
    expect(createFormatters('en').country('DE')).toBe('Germany');
    expect(createFormatters('de').country('PL')).toBe('Polen');
  });

  it('groups digits by the language', () => {
    expect(createFormatters('de').number(12500)).toBe('12.500');
  });
});
