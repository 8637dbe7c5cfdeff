import { findActivityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import type { MessageParams, TranslatableMessage } from '@mobilis/domain/message/translatable-message';
import { RATE_CARD_TEMPLATES } from '@mobilis/domain/rate-card/rate-card-templates';
import type { FieldError } from '@mobilis/domain/validation/field-errors';
import { type Formatters, useFormatters } from '@mobilis/ui/i18n/use-formatters';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { grantCalculatorEn } from './grant-calculator-en';
import type { GrantOutcome } from './grant-preview';

type T = TFunction<'org'>;
type Texts = typeof grantCalculatorEn;

function isKeyOf<K extends string>(map: Readonly<Record<K, string>>, key: unknown): key is K {
  return typeof key === 'string' && Object.hasOwn(map, key);
}

/** "call 2024+": the card's table named in the user's language (the param is the English label). */
function tableName(label: string, t: T): string {
  const template = RATE_CARD_TEMPLATES.find((candidate) => candidate.tableLabel === label);
  if (!template) return label;
  const first = String(template.firstCallYear);
  return template.lastCallYear === null
    ? t('grantCalculator.table.open', { first })
    : t('grantCalculator.table.closed', { first, last: String(template.lastCallYear) });
}

function bandName(params: MessageParams, t: T, format: Formatters): string {
  const { minKm, maxKm } = params;
  if (typeof minKm !== 'number') return String(params.band ?? '');
  return typeof maxKm === 'number'
    ? t('grantCalculator.band.closed', { min: format.number(minKm), max: format.number(maxKm) })
    : t('grantCalculator.band.open', { min: format.number(minKm) });
}

/** "1 999 km" (the domain's English grouping) with the locale's digit grouping: "1.999 km". */
function localBandLabel(label: string, format: Formatters): string {
  return label.replace(/\d{1,3}(?: \d{3})+/g, (digits) => format.number(Number(digits.replace(/ /g, ''))));
}

function namedParam(name: string, value: string | number, t: T, format: Formatters): string | null {
  const texts: Texts = grantCalculatorEn;
  switch (name) {
    case 'callYear':
    case 'card':
      return String(value);
    case 'startDate':
    case 'endDate':
      return typeof value === 'string' && value !== '' ? format.date(value) : String(value);
    case 'activityType': {
      const type = findActivityType(String(value));
      return type ? t(`grantCalculator.activityTypes.${type.code}`) : String(value);
    }
    case 'mode':
      return isKeyOf(texts.travelModes, value) ? t(`grantCalculator.travelModes.${value}`) : String(value);
    case 'category':
      return isKeyOf(texts.participantCategories, value)
        ? t(`grantCalculator.participantCategories.${value}`)
        : String(value);
    case 'item':
      return isKeyOf(texts.items, value) ? t(`grantCalculator.items.${value}`) : String(value);
    case 'sources':
      return value === '' ? t('grantCalculator.noSource') : String(value);
    case 'band':
    case 'officialBand':
    case 'computedBand':
      return value === 'no band' ? t('grantCalculator.band.none') : localBandLabel(String(value), format);
    case 'table':
      return tableName(String(value), t);
    default:
      return null;
  }
}

/**
 * The message's params for the user's locale: `…Cents` as money (renamed without the suffix, so
 * `amountCents` fills `{{amount}}`; `''` for an open end prints "…"), other numbers grouped for the
 * locale, codes (activity type, item, mode …) translated.
 */
export function localParams(params: MessageParams, t: T, format: Formatters): Record<string, string> {
  const local: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const named = namedParam(name, value, t, format);
    if (named !== null) local[name] = named;
    else if (name.endsWith('Cents')) {
      local[name.slice(0, -'Cents'.length)] = typeof value === 'number' ? format.money(value) : '…';
    } else local[name] = typeof value === 'number' ? format.number(value) : value;
  }
  if ('minKm' in params) local.band = bandName(params, t, format);
  // TRAVEL_DAYS_ABOVE_CAP says which cap applied as `green: 'true' | 'false'`.
  if ('green' in params)
    local.mode = t(`grantCalculator.travelModes.${params.green === 'true' ? 'GREEN' : 'STANDARD'}`);
  return local;
}

/** What wording a warning needs beyond its params: whose day rate and which country group apply. */
export type GrantWarningContext = Pick<GrantOutcome, 'participantCategory' | 'countryGroup'>;

export interface GrantMessages {
  explanation(message: TranslatableMessage): string;
  /** Takes any coded message (the API's warnings are not typed by code); unknown codes show `message`. */
  warning(message: TranslatableMessage, outcome: GrantWarningContext): string;
  fieldError(error: FieldError): string;
}

/** Translates the calculator's explanations, warnings and field errors by `code`; English fallback. */
export function createGrantMessages(t: T, format: Formatters): GrantMessages {
  const texts: Texts = grantCalculatorEn;
  const rateNotSetDetail = (message: TranslatableMessage, outcome: GrantWarningContext): string => {
    const detail =
      message.params.item === 'INDIVIDUAL_SUPPORT'
        ? t('grantCalculator.rateNotSetDetail.individualSupport', {
            category: t(`grantCalculator.participantCategories.${outcome.participantCategory}`),
            group: format.number(outcome.countryGroup),
          })
        : localBandLabel(String(message.params.detail ?? ''), format);
    return detail === '' ? '' : t('grantCalculator.rateNotSetDetail.withDetail', { detail });
  };
  return {
    explanation: (message) =>
      isKeyOf(texts.explanations, message.code)
        ? t(`grantCalculator.explanations.${message.code}`, {
            replace: localParams(message.params, t, format),
          })
        : message.message,
    warning: (message, outcome) => {
      if (!isKeyOf(texts.warnings, message.code)) return message.message;
      const params = localParams(message.params, t, format);
      if (message.code === 'RATE_NOT_SET') params.detail = rateNotSetDetail(message, outcome);
      return t(`grantCalculator.warnings.${message.code}`, { replace: params });
    },
    fieldError: (error) => {
      if (!isKeyOf(texts.validation, error.code)) return error.message;
      const limit = error.params.limit;
      return t(`grantCalculator.validation.${error.code}`, {
        replace: { limit: typeof limit === 'number' ? format.number(limit) : String(limit ?? '') },
      });
    },
  };
}

/** `createGrantMessages` for the current UI language. */
export function useGrantMessages(): GrantMessages {
  const { t } = useTranslation('org');
  const format = useFormatters();
  return useMemo(() => createGrantMessages(t, format), [t, format]);
}
