import { activityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import type { ActivityTypeCode } from '@mobilis/domain/catalogue/activity-type-codes';
import { parseCountryCode } from '@mobilis/domain/countries/country-code';
import { countryGroup } from '@mobilis/domain/countries/country-group';
import type { MessageParams, TranslatableMessage } from '@mobilis/domain/message/translatable-message';
import type { Confidence } from '@mobilis/domain/provenance/provenance';
import type { GrantCategory, Confidence as GraphqlConfidence } from '../../gql/graphql';
import type { GrantLinesTableData } from '../grant-calculator/grant-lines-table';
import type { GrantWarningContext } from '../grant-calculator/use-grant-messages';

/** A grant as the API returns it (`GrantEstimate`): params travel as JSON strings. */
export interface ApiGrant {
  readonly totalCents: number;
  readonly lines: readonly {
    readonly category: GrantCategory;
    readonly quantity: number;
    readonly unitAmountCents: number;
    readonly amountCents: number;
    readonly explanation: string;
    readonly explanationCode: string;
    readonly explanationParams: string;
    readonly ruleConfidence: GraphqlConfidence;
  }[];
  readonly warnings: readonly { readonly code: string; readonly message: string; readonly params: string }[];
}

const CONFIDENCE: Readonly<Record<GraphqlConfidence, Confidence>> = {
  CONFIRMED: 'confirmed',
  UNCONFIRMED: 'unconfirmed',
  RECONSTRUCTED: 'reconstructed',
};

/** The API's JSON params; anything but strings and numbers is dropped (and a broken string gives none). */
export function parseMessageParams(json: string): MessageParams {
  try {
    const value: unknown = JSON.parse(json);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string | number] =>
          typeof entry[1] === 'string' || typeof entry[1] === 'number',
      ),
    );
  } catch {
    return {};
  }
}

/** The grant in the shape the grant calculator's table reads, so it is explained the same way. */
export function grantLinesData(grant: ApiGrant): GrantLinesTableData {
  return {
    totalCents: grant.totalCents,
    lines: grant.lines.map((line) => ({
      category: line.category,
      quantity: line.quantity,
      unitAmountCents: line.unitAmountCents,
      amountCents: line.amountCents,
      explanation: {
        code: line.explanationCode,
        message: line.explanation,
        params: parseMessageParams(line.explanationParams),
      },
      rule: { confidence: CONFIDENCE[line.ruleConfidence] },
    })),
  };
}

export function grantWarnings(grant: ApiGrant): TranslatableMessage[] {
  return grant.warnings.map((warning) => ({
    code: warning.code,
    message: warning.message,
    params: parseMessageParams(warning.params),
  }));
}

/**
 * Whose day rate and which country group a "rate not set" warning names: accompanying persons are
 * paid staff rates [W-INCP], as the calculator does; the group is the host country's in the call year.
 */
export function grantWarningContext(facts: {
  activityType: ActivityTypeCode;
  accompanyingPerson: boolean;
  hostCountry: string | null;
  callYear: number | null;
}): GrantWarningContext {
  const country = facts.hostCountry ? parseCountryCode(facts.hostCountry) : null;
  const group = country && facts.callYear ? countryGroup(country, facts.callYear)?.group : undefined;
  return {
    participantCategory: facts.accompanyingPerson ? 'STAFF' : activityType(facts.activityType).category,
    countryGroup: group ?? 0,
  };
}
