import { describe, expect, it } from 'vitest';
import { checklistInput, keyFromLabel, newChecklistRow, rowsOf } from './checklist-values';

describe('keyFromLabel', () => {
  it('upper-cases the label, with _ for spaces and punctuation and without accents', () => {
    expect(keyFromLabel('Travel booked', new Set())).toBe('TRAVEL_BOOKED');
    expect(keyFromLabel('  Documents ready (ID, health card)! ', new Set())).toBe(
      'DOCUMENTS_READY_ID_HEALTH_CARD',
    );
    expect(keyFromLabel('Sprachkurs für Anfänger – Straße', new Set())).toBe(
      'SPRACHKURS_FUR_ANFANGER_STRASSE',
    );
  });

  it('makes a key of 2 to 40 characters from any label', () => {
    expect(keyFromLabel('–––', new Set())).toBe('ITEM');
    expect(keyFromLabel('A', new Set())).toBe('ITEM_A');
    const long = keyFromLabel('x'.repeat(60), new Set());
    expect(long).toMatch(/^[A-Z0-9_]{2,40}$/);
    expect(long).toHaveLength(40);
  });

  it('numbers a key already taken', () => {
    expect(keyFromLabel('Insurance', new Set(['INSURANCE', 'INSURANCE_2']))).toBe('INSURANCE_3');
    const taken = new Set(['X'.repeat(40)]);
    expect(keyFromLabel('x'.repeat(60), taken)).toBe(`${'X'.repeat(38)}_2`);
  });
});

describe('checklistInput', () => {
  it('keeps the keys of existing items and never reuses a reserved or another row’s key', () => {
    const rows = [
      ...rowsOf([{ key: 'VISA', label: 'Visa' }]),
      { ...newChecklistRow(), label: 'Visa' },
      { ...newChecklistRow(), label: 'Insurance' },
      { ...newChecklistRow(), label: 'Insurance' },
    ];
    expect(checklistInput(rows, new Set(['VISA', 'INSURANCE'])).map((item) => item.key)).toEqual([
      'VISA',
      'VISA_2',
      'INSURANCE_2',
      'INSURANCE_3',
    ]);
  });
});
