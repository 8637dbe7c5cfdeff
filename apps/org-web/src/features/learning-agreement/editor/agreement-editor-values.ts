import {
  type CEFR_LEVELS,
  type LearningAgreementContent,
  type LearningAgreementContentInput,
  learningAgreementContentSchema,
  type OUTCOME_KINDS,
} from '@mobilis/domain/learning-agreement/learning-agreement-content';
import type { ChangeRow } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { type FieldErrorMap, type PathedError, toFieldErrorMap } from '../../forms/field-errors';

export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export type CefrLevel = (typeof CEFR_LEVELS)[number];
/** A NumberInput value: a number, or `''` while empty. */
export type NumberValue = number | string;

/**
 * One row as the form holds it. `key` is the form's own (stable while typing, for React and the
 * change reasons); `id` is the agreement's item id, kept for rows that already have one and made
 * from the title for new rows when the content is built.
 */
export interface OutcomeRow {
  readonly key: string;
  readonly id: string | null;
  readonly title: string;
  readonly description: string;
  readonly kind: OutcomeKind;
  readonly assessmentMethod: string;
}

export interface ActivityRow {
  readonly key: string;
  readonly id: string | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly description: string;
  readonly hours: NumberValue;
  readonly place: string;
}

export interface MentorValues {
  readonly name: string;
  readonly role: string;
  readonly email: string;
}

export const PARTIES = ['participant', 'sending', 'host'] as const;
export type Party = (typeof PARTIES)[number];

/** The editor's values, shaped like the content so error paths name their fields. */
export interface AgreementEditorValues {
  readonly learningOutcomes: readonly OutcomeRow[];
  readonly activities: readonly ActivityRow[];
  readonly mentors: { readonly sending: MentorValues; readonly host: MentorValues };
  readonly language: { readonly language: string; readonly cefrLevel: CefrLevel | '' };
  readonly recognition: string;
  readonly monitoring: string;
  readonly responsibilities: Readonly<Record<Party, string>>;
  readonly qualification: { readonly current: string; readonly eqfLevel: NumberValue };
}

let lastKey = 0;
/** A key for a new row of the form (never sent). */
export const newRowKey = () => `row-${++lastKey}`;

const EMPTY_MENTOR: MentorValues = { name: '', role: '', email: '' };

export function newOutcomeRow(): OutcomeRow {
  return { key: newRowKey(), id: null, title: '', description: '', kind: 'KNOWLEDGE', assessmentMethod: '' };
}

/** A new activity, over the mobility's planned dates unless given others. */
export function newActivityRow(startDate = '', endDate = ''): ActivityRow {
  return { key: newRowKey(), id: null, startDate, endDate, description: '', hours: '', place: '' };
}

const mentorValues = (mentor: { name: string; role: string | null; email: string | null } | null) =>
  mentor ? { name: mentor.name, role: mentor.role ?? '', email: mentor.email ?? '' } : EMPTY_MENTOR;

/** The form filled with content (a proposal, the agreed version or a parsed template). */
export function editorValuesOf(content: LearningAgreementContent): AgreementEditorValues {
  return {
    learningOutcomes: content.learningOutcomes.map((outcome) => ({
      key: newRowKey(),
      id: outcome.id,
      title: outcome.title,
      description: outcome.description ?? '',
      kind: outcome.kind,
      assessmentMethod: outcome.assessmentMethod ?? '',
    })),
    activities: content.activities.map((activity) => ({
      key: newRowKey(),
      id: activity.id,
      startDate: activity.startDate,
      endDate: activity.endDate,
      description: activity.description,
      hours: activity.hours ?? '',
      place: activity.place ?? '',
    })),
    mentors: { sending: mentorValues(content.mentors.sending), host: mentorValues(content.mentors.host) },
    language: { language: content.language?.language ?? '', cefrLevel: content.language?.cefrLevel ?? '' },
    recognition: content.recognition ?? '',
    monitoring: content.monitoring ?? '',
    responsibilities: {
      participant: content.responsibilities.participant ?? '',
      sending: content.responsibilities.sending ?? '',
      host: content.responsibilities.host ?? '',
    },
    qualification: {
      current: content.qualification.current ?? '',
      eqfLevel: content.qualification.eqfLevel ?? '',
    },
  };
}

/** An empty form with one learning outcome to fill in. */
export function emptyEditorValues(): AgreementEditorValues {
  return {
    learningOutcomes: [newOutcomeRow()],
    activities: [],
    mentors: { sending: EMPTY_MENTOR, host: EMPTY_MENTOR },
    language: { language: '', cefrLevel: '' },
    recognition: '',
    monitoring: '',
    responsibilities: { participant: '', sending: '', host: '' },
    qualification: { current: '', eqfLevel: '' },
  };
}

/** A template (the domain's input shape) read through the schema, so every field has its default. */
export function parseTemplate(template: LearningAgreementContentInput): LearningAgreementContent {
  return learningAgreementContentSchema.parse(template);
}

/**
 * A slug-like item id from a row's title, unique among `taken`: "Diagnose engine faults" →
 * `diagnose-engine-faults` (then `-2`, `-3` …); `fallback` when the title has no letters.
 */
export function slugId(title: string, fallback: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

const mentorInput = (mentor: MentorValues) =>
  mentor.name.trim() === '' && mentor.role.trim() === '' && mentor.email.trim() === ''
    ? null
    : { name: mentor.name, role: mentor.role, email: mentor.email };

const numberOrNull = (value: NumberValue): number | null => {
  if (value === '') return null;
  return typeof value === 'number' ? value : Number(value.replace(',', '.'));
};

export interface BuiltContent {
  /** The content in the schema's input shape, before checking. */
  readonly input: unknown;
  /** The item id each row got → the row's form key (for the change reasons). */
  readonly keyOfId: ReadonlyMap<string, string>;
}

/**
 * The content the form describes. New rows get ids made from their titles, never one that
 * `reservedIds` (the agreed and pending rows) or another row already uses, so a new row never
 * passes for a changed old one.
 */
export function buildContent(values: AgreementEditorValues, reservedIds: ReadonlySet<string>): BuiltContent {
  const taken = new Set(reservedIds);
  for (const row of [...values.learningOutcomes, ...values.activities]) if (row.id) taken.add(row.id);
  const keyOfId = new Map<string, string>();
  const idOf = (row: { key: string; id: string | null }, title: string, fallback: string) => {
    const id = row.id ?? slugId(title, fallback, taken);
    taken.add(id);
    keyOfId.set(id, row.key);
    return id;
  };
  const language = values.language;
  const input = {
    learningOutcomes: values.learningOutcomes.map((row) => ({
      id: idOf(row, row.title, 'outcome'),
      title: row.title,
      description: row.description,
      kind: row.kind,
      assessmentMethod: row.assessmentMethod,
    })),
    activities: values.activities.map((row) => ({
      id: idOf(row, row.description, 'activity'),
      startDate: row.startDate,
      endDate: row.endDate,
      description: row.description,
      hours: numberOrNull(row.hours),
      place: row.place,
    })),
    mentors: { sending: mentorInput(values.mentors.sending), host: mentorInput(values.mentors.host) },
    language:
      language.language.trim() === '' && language.cefrLevel === ''
        ? null
        : { language: language.language, cefrLevel: language.cefrLevel === '' ? null : language.cefrLevel },
    recognition: values.recognition,
    monitoring: values.monitoring,
    responsibilities: { ...values.responsibilities },
    qualification: {
      current: values.qualification.current,
      eqfLevel: numberOrNull(values.qualification.eqfLevel),
    },
  };
  return { input, keyOfId };
}

export interface EditorCheck {
  /** The checked content to propose, or `null` while a field has a problem. */
  readonly content: LearningAgreementContent | null;
  /** Problems by dotted path (`learningOutcomes.0.title`). */
  readonly errors: FieldErrorMap;
  readonly keyOfId: ReadonlyMap<string, string>;
}

/**
 * Checks the form with the domain's schema (the API checks the same), plus that no activity ends
 * before it starts.
 */
export function checkEditor(values: AgreementEditorValues, reservedIds: ReadonlySet<string>): EditorCheck {
  const { input, keyOfId } = buildContent(values, reservedIds);
  const problems: PathedError[] = [];
  values.activities.forEach((row, index) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(row.startDate) && /^\d{4}-\d{2}-\d{2}$/.test(row.endDate)) {
      if (row.endDate < row.startDate) {
        problems.push({
          path: ['activities', index, 'endDate'],
          code: 'END_BEFORE_START',
          message: VALIDATION_MESSAGES.END_BEFORE_START,
        });
      }
    }
  });
  const parsed = learningAgreementContentSchema.safeParse(input);
  if (!parsed.success) problems.unshift(...fieldErrorsFromZod(parsed.error, input));
  return {
    content: parsed.success && problems.length === 0 ? parsed.data : null,
    errors: toFieldErrorMap(problems),
    keyOfId,
  };
}

/** Every field path the form shows an error on, for the values it holds now. */
export function shownFieldPaths(values: AgreementEditorValues): string[] {
  const paths = [
    'learningOutcomes',
    'activities',
    ...['sending', 'host'].flatMap((role) => ['name', 'role', 'email'].map((f) => `mentors.${role}.${f}`)),
    'language.language',
    'language.cefrLevel',
    'recognition',
    'monitoring',
    ...PARTIES.map((party) => `responsibilities.${party}`),
    'qualification.current',
    'qualification.eqfLevel',
  ];
  values.learningOutcomes.forEach((_, i) => {
    for (const field of ['title', 'description', 'kind', 'assessmentMethod']) {
      paths.push(`learningOutcomes.${i}.${field}`);
    }
  });
  values.activities.forEach((_, i) => {
    for (const field of ['startDate', 'endDate', 'description', 'hours', 'place']) {
      paths.push(`activities.${i}.${field}`);
    }
  });
  return paths;
}

/**
 * The API names fields of the content relative to it (`learningOutcomes.0.title`) or under the
 * input's `content`; the form's paths are relative to the content.
 */
export function contentPath(path: readonly string[]): string[] {
  return path[0] === 'content' ? path.slice(1) : [...path];
}

/** Moves the item at `index` one place up (-1) or down (+1). */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item === undefined || target < 0 || target > items.length - 1) return [...items];
  next.splice(target, 0, item);
  return next;
}

/**
 * One item a proposal changes: added, removed, or both (an edited row shows as removed + added,
 * as in EWP). `key` finds the reason the coordinator gives for it.
 */
export interface ChangeEntry {
  readonly key: string;
  readonly itemId: string;
  readonly section: ChangeRow['section'];
  readonly deleted: ChangeRow | null;
  readonly inserted: ChangeRow | null;
}

/** The change rows grouped by item, in the diff's order. */
export function changeEntries(
  rows: readonly ChangeRow[],
  keyOfId: ReadonlyMap<string, string>,
): ChangeEntry[] {
  const entries = new Map<string, ChangeEntry>();
  for (const row of rows) {
    const id = `${row.section}:${row.itemId}`;
    const entry = entries.get(id) ?? {
      // A removed row has no form row: its key is the agreed item's.
      key: keyOfId.get(row.itemId) ?? `agreed:${id}`,
      itemId: row.itemId,
      section: row.section,
      deleted: null,
      inserted: null,
    };
    entries.set(id, row.status === 'DELETED' ? { ...entry, deleted: row } : { ...entry, inserted: row });
  }
  return [...entries.values()];
}

export interface ReasonValues {
  readonly code: string;
  readonly text: string;
}

/** The reasons a proposal gave, by the form's keys (to revise it without giving them again). */
export function reasonsOfProposal(
  rows: readonly { section: string; itemId: string; reasonCode: string | null; reasonText: string | null }[],
  keyOfId: ReadonlyMap<string, string>,
): Record<string, ReasonValues> {
  const reasons: Record<string, ReasonValues> = {};
  for (const row of rows) {
    if (!row.reasonCode && !row.reasonText) continue;
    const key = keyOfId.get(row.itemId) ?? `agreed:${row.section}:${row.itemId}`;
    reasons[key] ??= { code: row.reasonCode ?? '', text: row.reasonText ?? '' };
  }
  return reasons;
}

/** The reasons to send: one per changed item with a code or a text (a text alone counts as OTHER). */
export function reasonsInput(
  entries: readonly ChangeEntry[],
  reasons: Readonly<Record<string, ReasonValues>>,
) {
  return entries.flatMap((entry) => {
    const reason = reasons[entry.key];
    const text = reason?.text.trim() ?? '';
    if (!reason || (reason.code === '' && text === '')) return [];
    return [
      { itemId: entry.itemId, reasonCode: reason.code || 'OTHER', reasonText: text === '' ? null : text },
    ];
  });
}
