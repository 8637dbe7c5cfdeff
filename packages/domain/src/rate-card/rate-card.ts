import type { Action } from '../catalogue/action';
import type { ParticipantCategory } from '../catalogue/participant-category';
import type { CountryGroupingId } from '../countries/country-groupings';
import type { Provenance } from '../provenance/provenance';

/** A figure from the programme template, or one the project set for its National Agency. */
export interface SourcedFigure extends Provenance {
  readonly origin: 'TEMPLATE' | 'OVERRIDE';
}

/** Money is integer euro cents; `null` means the figure is not known ("rate not set"). */
export interface SourcedAmount extends SourcedFigure {
  readonly amountCents: number | null;
}

export interface TravelBand {
  /** Lower edge in one-way km, inclusive. A band runs up to the next band's lower edge. */
  readonly minKm: number;
  /** Upper edge as printed in the tables (e.g. 99, 1 999); `null` for the open last band. */
  readonly maxKm: number | null;
  readonly standard: SourcedAmount;
  /** `amountCents: null`: the table has no green amount for this band (see the template). */
  readonly green: SourcedAmount;
}

/** Per-day individual support for one country group and participant category. */
export interface DayRate extends SourcedAmount {
  /** Commission range the NA's rate must sit in, where known; informational. */
  readonly minCents: number | null;
  readonly maxCents: number | null;
}

export const COUNTRY_GROUP_KEYS = ['group1', 'group2', 'group3'] as const;
export type CountryGroupKey = (typeof COUNTRY_GROUP_KEYS)[number];

export type GroupDayRates = Readonly<Record<CountryGroupKey, DayRate>>;

export interface Tapering {
  /** First day (counted over the funded days) paid at the reduced rate. */
  readonly fromDay: number;
  /** Reduced rate as a whole percentage of the day rate. */
  readonly percent: number;
  readonly source: SourcedFigure;
}

export interface RateCard {
  readonly templateId: string;
  readonly templateRevision: number;
  /** Identifies template, revision and overrides: store it with every computed grant. */
  readonly version: string;
  readonly name: string;
  /** Short table name used in explanations, e.g. "call 2024+". */
  readonly tableLabel: string;
  readonly firstCallYear: number;
  readonly lastCallYear: number | null;
  readonly coveredActions: readonly Action[];
  readonly countryGroupingId: CountryGroupingId;
  readonly travelBands: readonly TravelBand[];
  readonly travelDays: {
    readonly standardMax: number;
    readonly greenMax: number;
    readonly source: SourcedFigure;
  };
  readonly individualSupport: Readonly<Record<ParticipantCategory, GroupDayRates>>;
  readonly tapering: Tapering | null;
  readonly organisationalSupport: {
    readonly general: SourcedAmount;
    readonly coursesAndTraining: SourcedAmount;
  };
  readonly inclusionSupportForOrganisations: SourcedAmount & {
    /** PG 2024: only for participants who also receive real-cost inclusion support [W-INCORG]. */
    readonly requiresParticipantInclusionCosts: boolean;
  };
  readonly courseFees: { readonly perDay: SourcedAmount; readonly maxDays: number };
  readonly expensiveTravel: {
    /** Expensive travel is allowed when the band amount covers less than this % of real cost. */
    readonly coverageBelowPercent: number;
    /** …and then pays this % of the real cost instead of the band amount. */
    readonly reimbursedPercent: number;
    readonly source: SourcedFigure;
  };
}

/** A template is a card without NA overrides. */
export type RateCardTemplate = RateCard;
