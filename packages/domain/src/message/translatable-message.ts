/**
 * Everything a user may read (warnings, explanations, validation messages) is a stable `code`
 * plus English `message` and the `params` used to build it, so apps translate by code and format
 * numbers, money and dates for the user's locale from the raw params.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface TranslatableMessage<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly params: MessageParams;
}

/** Replaces `{name}` placeholders in an English template with the params' values. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/**
 * Builds a message. `english` holds display forms used only in the English text (e.g. "€417" for
 * `amountCents: 41700`); `params` keep the raw values apps format for the user's locale.
 */
export function translatableMessage<Code extends string>(
  code: Code,
  template: string,
  params: MessageParams = {},
  english: MessageParams = {},
): TranslatableMessage<Code> {
  return { code, message: interpolate(template, { ...params, ...english }), params };
}
