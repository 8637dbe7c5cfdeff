import type { ParticipantCategory } from '../catalogue/participant-category';
import { PARTICIPANT_CATEGORIES } from '../catalogue/participant-category';
import type { Provenance } from '../provenance/provenance';
import {
  COUNTRY_GROUP_KEYS,
  type GroupDayRates,
  type RateCard,
  type RateCardTemplate,
  type SourcedAmount,
  type SourcedFigure,
  type TravelBand,
} from './rate-card';
import { canonicalJson, fingerprint } from './rate-card-fingerprint';
import type { RateCardOverrides } from './rate-card-overrides';

type GroupRateOverrides = NonNullable<NonNullable<RateCardOverrides['individualSupport']>['STAFF']>;

function naFigure(note: string | undefined): SourcedFigure {
  const provenance: Provenance = {
    sources: [],
    confidence: 'confirmed',
    note: note ?? 'Set for this project from its National Agency figures.',
  };
  return { ...provenance, origin: 'OVERRIDE' };
}

function amount(base: SourcedAmount, cents: number | null | undefined, na: SourcedFigure): SourcedAmount {
  return cents === undefined ? base : { ...na, amountCents: cents };
}

function travelBands(template: RateCardTemplate, overrides: RateCardOverrides, na: SourcedFigure) {
  return template.travelBands.map((band): TravelBand => {
    const change = overrides.travelBands?.find((o) => o.minKm === band.minKm);
    if (!change) return band;
    return {
      ...band,
      standard: amount(band.standard, change.standardCents, na),
      green: amount(band.green, change.greenCents, na),
    };
  });
}

function groupRates(base: GroupDayRates, change: GroupRateOverrides | undefined, na: SourcedFigure) {
  if (!change) return base;
  const entries = COUNTRY_GROUP_KEYS.map((key) => {
    const cents = change[key];
    // The Commission range (min/max) stays with the rate so an NA figure can be checked against it.
    return [key, cents === undefined ? base[key] : { ...base[key], ...na, amountCents: cents }] as const;
  });
  return Object.fromEntries(entries) as GroupDayRates;
}

function individualSupport(template: RateCardTemplate, overrides: RateCardOverrides, na: SourcedFigure) {
  const entries = PARTICIPANT_CATEGORIES.map(
    (category) =>
      [
        category,
        groupRates(template.individualSupport[category], overrides.individualSupport?.[category], na),
      ] as const,
  );
  return Object.fromEntries(entries) as Record<ParticipantCategory, GroupDayRates>;
}

function tapering(template: RateCardTemplate, overrides: RateCardOverrides, na: SourcedFigure) {
  if (overrides.tapering === undefined) return template.tapering;
  if (overrides.tapering === null) return null;
  return { ...overrides.tapering, source: na };
}

/** The card version a stored grant records: template, its revision and a fingerprint of the overrides. */
export function rateCardVersion(template: RateCardTemplate, overrides: RateCardOverrides | null): string {
  const base = `${template.templateId}.r${template.templateRevision}`;
  if (overrides === null || canonicalJson(overrides) === '{}') return base;
  return `${base}+na-${fingerprint(overrides)}`;
}

/**
 * A project's card: its call year's template with the National Agency's figures applied
 * (product decision 2). Overrides must already be parsed with `rateCardOverridesSchema`.
 */
export function resolveRateCard(template: RateCardTemplate, overrides: RateCardOverrides | null): RateCard {
  const changes = overrides ?? {};
  const na = naFigure(changes.note);
  const { organisationalSupport: os, inclusionSupportForOrganisations: inclusion } = template;
  return {
    ...template,
    version: rateCardVersion(template, overrides),
    travelBands: travelBands(template, changes, na),
    travelDays: changes.travelDays
      ? { ...template.travelDays, ...changes.travelDays, source: na }
      : template.travelDays,
    individualSupport: individualSupport(template, changes, na),
    tapering: tapering(template, changes, na),
    organisationalSupport: {
      general: amount(os.general, changes.organisationalSupport?.generalCents, na),
      coursesAndTraining: amount(
        os.coursesAndTraining,
        changes.organisationalSupport?.coursesAndTrainingCents,
        na,
      ),
    },
    inclusionSupportForOrganisations: {
      ...amount(inclusion, changes.inclusionSupportForOrganisationsCents, na),
      requiresParticipantInclusionCosts: inclusion.requiresParticipantInclusionCosts,
    },
    courseFees: {
      perDay: amount(template.courseFees.perDay, changes.courseFees?.perDayCents, na),
      maxDays: changes.courseFees?.maxDays ?? template.courseFees.maxDays,
    },
  };
}
