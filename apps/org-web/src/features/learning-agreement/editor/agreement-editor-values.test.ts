import { changeRows } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { describe, expect, it } from 'vitest';
import { agreedContent } from '../testing/agreement-fixtures';
import {
  buildContent,
  changeEntries,
  checkEditor,
  contentPath,
  editorValuesOf,
  emptyEditorValues,
  moved,
  newOutcomeRow,
  reasonsInput,
  reasonsOfProposal,
  slugId,
} from './agreement-editor-values';

describe('slug ids for new rows', () => {
  it('makes a readable id from the title, unique among the ids taken', () => {
    expect(slugId('Diagnose engine faults', 'outcome', new Set())).toBe('diagnose-engine-faults');
    expect(slugId('Sprechen mit Kundschaft – auf Español!', 'outcome', new Set())).toBe(
      'sprechen-mit-kundschaft-auf-espanol',
    );
    expect(slugId('Safety', 'outcome', new Set(['safety', 'safety-2']))).toBe('safety-3');
    expect(slugId('  ', 'activity', new Set())).toBe('activity');
    expect(slugId('x'.repeat(80), 'outcome', new Set()).length).toBeLessThanOrEqual(48);
  });
});

describe('the editor values and the content', () => {
  it('give back the agreed content unchanged, ids kept', () => {
    const check = checkEditor(editorValuesOf(agreedContent), new Set());
    expect(check.errors).toEqual({});
    expect(check.content).toEqual(agreedContent);
    expect(changeRows(agreedContent, check.content ?? agreedContent)).toEqual([]);
  });

  it('never gives a new row the id of an agreed one', () => {
    const values = editorValuesOf(agreedContent);
    const replacement = { ...newOutcomeRow(), title: 'Talk to customers in Spanish' };
    const withoutCustomers = {
      ...values,
      learningOutcomes: [values.learningOutcomes[0] ?? newOutcomeRow(), replacement],
    };
    const { input, keyOfId } = buildContent(withoutCustomers, new Set(['customers']));
    const ids = (input as { learningOutcomes: { id: string }[] }).learningOutcomes.map(
      (outcome) => outcome.id,
    );
    expect(ids).toEqual(['diagnosis', 'talk-to-customers-in-spanish']);
    expect(keyOfId.get('talk-to-customers-in-spanish')).toBe(replacement.key);
  });

  it('reports problems by dotted path with stable codes, and activities that end before they start', () => {
    const values = emptyEditorValues();
    const check = checkEditor(
      {
        ...values,
        activities: [
          {
            key: 'a',
            id: null,
            startDate: '2026-03-13',
            endDate: '2026-03-02',
            description: 'Workshop',
            hours: '',
            place: '',
          },
        ],
        language: { language: '', cefrLevel: 'B1' },
        mentors: { ...values.mentors, host: { name: '', role: 'Mentor', email: '' } },
      },
      new Set(),
    );
    expect(check.content).toBeNull();
    expect(
      Object.fromEntries(Object.entries(check.errors).map(([path, error]) => [path, error.code])),
    ).toEqual({
      'learningOutcomes.0.title': 'TEXT_REQUIRED',
      'mentors.host.name': 'TEXT_REQUIRED',
      'language.language': 'TEXT_REQUIRED',
      'activities.0.endDate': 'END_BEFORE_START',
    });
  });

  it('leaves out empty mentors and language, and reads hours and EQF levels as numbers', () => {
    const values = emptyEditorValues();
    const check = checkEditor(
      {
        ...values,
        learningOutcomes: [{ ...newOutcomeRow(), title: 'Weld' }],
        qualification: { current: 'Welder in training', eqfLevel: 3 },
      },
      new Set(),
    );
    expect(check.content).toMatchObject({
      learningOutcomes: [{ id: 'weld', title: 'Weld', description: null, assessmentMethod: null }],
      mentors: { sending: null, host: null },
      language: null,
      recognition: null,
      qualification: { current: 'Welder in training', eqfLevel: 3 },
    });
  });
});

describe('changes and their reasons', () => {
  const rows = [
    {
      section: 'learningOutcomes',
      itemId: 'customers',
      status: 'DELETED',
      title: 'Old',
      reasonCode: null,
      reasonText: null,
    },
    {
      section: 'learningOutcomes',
      itemId: 'customers',
      status: 'INSERTED',
      title: 'New',
      reasonCode: null,
      reasonText: null,
    },
    {
      section: 'activities',
      itemId: 'visit',
      status: 'DELETED',
      title: 'Visit',
      reasonCode: null,
      reasonText: null,
    },
  ] as const;

  it('group an edited row (removed + added) into one change, keyed by the form row', () => {
    const entries = changeEntries(rows, new Map([['customers', 'row-7']]));
    expect(entries.map((entry) => [entry.key, entry.deleted?.title, entry.inserted?.title])).toEqual([
      ['row-7', 'Old', 'New'],
      ['agreed:activities:visit', 'Visit', undefined],
    ]);
    expect(
      reasonsInput(entries, {
        'row-7': { code: 'LANGUAGE_MISMATCH', text: ' Valencian. ' },
        'agreed:activities:visit': { code: '', text: 'Closed in March.' },
        'row-99': { code: 'OTHER', text: '' },
      }),
    ).toEqual([
      { itemId: 'customers', reasonCode: 'LANGUAGE_MISMATCH', reasonText: 'Valencian.' },
      { itemId: 'visit', reasonCode: 'OTHER', reasonText: 'Closed in March.' },
    ]);
  });

  it('come back from a pending proposal to revise it', () => {
    expect(
      reasonsOfProposal(
        [
          {
            section: 'learningOutcomes',
            itemId: 'customers',
            reasonCode: 'LANGUAGE_MISMATCH',
            reasonText: null,
          },
          { section: 'activities', itemId: 'visit', reasonCode: null, reasonText: null },
        ],
        new Map([['customers', 'row-3']]),
      ),
    ).toEqual({ 'row-3': { code: 'LANGUAGE_MISMATCH', text: '' } });
  });
});

describe('helpers', () => {
  it('read server paths relative to the content', () => {
    expect(contentPath(['content', 'learningOutcomes', '0', 'title'])).toEqual([
      'learningOutcomes',
      '0',
      'title',
    ]);
    expect(contentPath(['recognition'])).toEqual(['recognition']);
  });

  it('move rows up and down within bounds', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
