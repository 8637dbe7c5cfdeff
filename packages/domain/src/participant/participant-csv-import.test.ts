import { describe, expect, it } from 'vitest';
import { parseParticipantCsv } from './participant-csv-import';

describe('participant CSV import', () => {
  it('reads a semicolon file with German headers, UTF-8 names and a byte-order mark', () => {
    const csv =
      '\uFEFFVorname;Nachname;E-Mail;Kategorie;Klasse;Geburtsdatum\nŁukasz;Żółć;lukasz@example.org;Lernende;KFZ 2b;2007-04-12\n';
    const result = parseParticipantCsv(csv);
    expect(result).toEqual({
      ok: true,
      participants: [
        {
          firstName: 'Łukasz',
          lastName: 'Żółć',
          email: 'lukasz@example.org',
          category: 'LEARNER',
          unit: 'KFZ 2b',
          dateOfBirth: '2007-04-12',
          fewerOpportunities: false,
          fewerOpportunitiesJustification: null,
        },
      ],
    });
  });

  it('reads a comma file with quoted fields holding commas and quotes', () => {
    const csv =
      'first name,last name,email,category,unit\n"Søren","Ødegård, Jr.",soren@example.org,staff,"Dept ""A"""\r\n';
    const result = parseParticipantCsv(csv);
    expect(result.ok && result.participants[0]).toMatchObject({
      lastName: 'Ødegård, Jr.',
      unit: 'Dept "A"',
      category: 'STAFF',
    });
  });

  it('reports every bad row by row and column and imports nothing', () => {
    const csv = [
      'firstName;lastName;email;category;dateOfBirth',
      'Ağça;Şen;agca@example.org;LEARNER;2008-01-01',
      ';Kowalski;not-an-email;LEARNER;2008-13-01',
      'Ελένη;Παπαδοπούλου;agca@example.org;teacher;',
    ].join('\n');
    const result = parseParticipantCsv(csv);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'firstName', 'TEXT_REQUIRED'],
      [3, 'email', 'EMAIL_INVALID'],
      [3, 'dateOfBirth', 'DATE_INVALID'],
      [4, 'category', 'CATEGORY_INVALID'],
    ]);
  });

  it('reports an e-mail that appears twice in the file', () => {
    const csv = 'firstName,lastName,email,category\nA,B,a@example.org,STAFF\nC,D,A@example.org,STAFF\n';
    const result = parseParticipantCsv(csv);
    expect(!result.ok && result.errors).toEqual([
      { row: 3, column: 'email', code: 'EMAIL_DUPLICATE_IN_FILE', message: expect.any(String) },
    ]);
  });

  it.each([
    ['an empty file', '', 'CSV_EMPTY'],
    ['a header without rows', 'firstName,lastName,email,category\n', 'CSV_EMPTY'],
    ['a missing required column', 'firstName,lastName,category\nA,B,STAFF\n', 'CSV_HEADER_MISSING'],
  ])('rejects %s', (_name, csv, code) => {
    const result = parseParticipantCsv(csv);
    expect(!result.ok && result.errors[0]?.code).toBe(code);
  });
});
