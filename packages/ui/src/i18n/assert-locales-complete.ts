import type { LocaleResources, TranslationTree } from './create-i18n';

function flatten(tree: TranslationTree, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [nested, leaf] of flatten(value, path)) entries.set(nested, leaf);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');
}

/**
 * Throws, listing every problem, unless each locale has exactly the namespaces and keys of the
 * first locale, every text is a non-empty string, and each text uses the same `{{placeholders}}`.
 */
export function assertLocalesComplete(resources: LocaleResources): void {
  const [reference, ...others] = Object.keys(resources);
  if (!reference) throw new Error('No locales given');
  const referenceNamespaces = resources[reference] ?? {};
  const problems: string[] = [];
  for (const locale of [reference, ...others]) {
    const namespaces = resources[locale] ?? {};
    for (const ns of Object.keys(namespaces)) {
      if (!(ns in referenceNamespaces)) problems.push(`${locale}: extra namespace "${ns}"`);
    }
    for (const [ns, referenceTree] of Object.entries(referenceNamespaces)) {
      const tree = namespaces[ns];
      if (!tree) {
        problems.push(`${locale}: missing namespace "${ns}"`);
        continue;
      }
      const expected = flatten(referenceTree);
      const actual = flatten(tree);
      for (const [key, text] of actual) {
        if (!expected.has(key)) problems.push(`${locale}: extra key ${ns}:${key}`);
        if (typeof text !== 'string' || text.trim() === '') {
          problems.push(`${locale}: ${ns}:${key} is not a non-empty text`);
        }
      }
      for (const [key, referenceText] of expected) {
        const text = actual.get(key);
        if (text === undefined) problems.push(`${locale}: missing key ${ns}:${key}`);
        else if (typeof text === 'string' && typeof referenceText === 'string') {
          if (placeholders(text) !== placeholders(referenceText)) {
            problems.push(`${locale}: ${ns}:${key} uses other placeholders than ${reference}`);
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new Error(`Incomplete translations:\n${problems.join('\n')}`);
}
