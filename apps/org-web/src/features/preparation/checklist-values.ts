import {
  type ChecklistItem,
  preparationChecklistSchema,
} from '@mobilis/domain/participant/preparation-checklist';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { type FieldErrorMap, type PathedError, toFieldErrorMap } from '../forms/field-errors';

/** The most items a checklist may have (`preparationChecklistSchema`). */
export const MAX_CHECKLIST_ITEMS = 30;
const MAX_KEY_LENGTH = 40;

/**
 * One item as the form holds it. `rowKey` is the form's own (for React and focus); `key` is the
 * item's key, kept for items the checklist already has (so the participants' ticks stay) and made
 * from the label for new items when the checklist is saved.
 */
export interface ChecklistRow {
  readonly rowKey: string;
  readonly key: string | null;
  readonly label: string;
}

let lastRowKey = 0;
const newRowKey = () => `checklist-row-${++lastRowKey}`;

export const newChecklistRow = (): ChecklistRow => ({ rowKey: newRowKey(), key: null, label: '' });

export const rowsOf = (items: readonly ChecklistItem[]): ChecklistRow[] =>
  items.map((item) => ({ rowKey: newRowKey(), key: item.key, label: item.label }));

/** The list with row `index` moved one place up (`-1`) or down (`1`). */
export function movedRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const next = [...rows];
  const row = next[index];
  const other = next[target];
  if (row === undefined || other === undefined) return next;
  next[target] = row;
  next[index] = other;
  return next;
}

/**
 * An item key from a label, unique among `taken`: "Travel booked" → `TRAVEL_BOOKED` (then
 * `TRAVEL_BOOKED_2` …); upper case, `_` for spaces and punctuation, 2 to 40 characters; `ITEM`
 * when the label has no letters or digits.
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = slug.length >= 2 ? slug : slug ? `ITEM_${slug}` : 'ITEM';
  const clipped = (text: string, suffix: string) =>
    `${text.slice(0, MAX_KEY_LENGTH - suffix.length).replace(/_+$/, '')}${suffix}`;
  let key = clipped(base, '');
  for (let n = 2; taken.has(key); n += 1) key = clipped(base, `_${n}`);
  return key;
}

/**
 * The items the form describes. New rows get keys made from their labels, never a key that
 * `reservedKeys` (the checklist the form started from) or another row uses, so a new item never
 * inherits the ticks of a removed one.
 */
export function checklistInput(
  rows: readonly ChecklistRow[],
  reservedKeys: ReadonlySet<string>,
): ChecklistItem[] {
  const taken = new Set(reservedKeys);
  for (const row of rows) if (row.key) taken.add(row.key);
  return rows.map((row) => {
    const key = row.key ?? keyFromLabel(row.label, taken);
    taken.add(key);
    return { key, label: row.label };
  });
}

export type ChecklistCheck =
  | { readonly ok: true; readonly items: ChecklistItem[] }
  | { readonly ok: false; readonly errors: FieldErrorMap };

/** Checks the items with the domain's schema, as the API will. */
export function checkChecklist(items: readonly ChecklistItem[]): ChecklistCheck {
  const parsed = preparationChecklistSchema.safeParse(items);
  return parsed.success
    ? { ok: true, items: parsed.data }
    : { ok: false, errors: checklistErrorMap(fieldErrorsFromZod(parsed.error, items)) };
}

/**
 * Field errors by row: `0.label` (a problem with an item's key shows on its label, the only
 * field of the row) or `''` for the whole list. The API reports paths without `items`; both are
 * accepted.
 */
export function checklistErrorMap(errors: readonly PathedError[]): FieldErrorMap {
  return toFieldErrorMap(
    errors.map((error) => {
      const path = error.path[0] === 'items' ? error.path.slice(1) : error.path;
      return { ...error, path: path.length > 0 ? [String(path[0]), 'label'] : [] };
    }),
  );
}
