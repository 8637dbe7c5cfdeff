import type {
  DayRate,
  GroupDayRates,
  RateCard,
  SourcedAmount,
  SourcedFigure,
  TravelBand,
} from '@mobilis/domain/rate-card/rate-card';
import { builder } from '../../graphql/builder';
import { ActivityCategoryEnum, ConfidenceEnum } from '../catalogue/catalogue.types';

const FigureSourceRef = builder.objectRef<SourcedFigure>('FigureSource').implement({
  description: 'Where a programme figure comes from, and how sure it is.',
  fields: (t) => ({
    sources: t.stringList({
      description: 'Source tags of the KA1 reference.',
      resolve: (f) => [...f.sources],
    }),
    confidence: t.field({ type: ConfidenceEnum, resolve: (f) => f.confidence }),
    note: t.string({ nullable: true, resolve: (f) => f.note ?? null }),
    origin: t.string({
      description: 'TEMPLATE, or OVERRIDE when the project set it.',
      resolve: (f) => f.origin,
    }),
  }),
});

const SourcedAmountRef = builder.objectRef<SourcedAmount>('SourcedAmount').implement({
  description: 'An amount in euro cents with its source; null amount means "rate not set".',
  fields: (t) => ({
    amountCents: t.int({ nullable: true, resolve: (a) => a.amountCents }),
    source: t.field({ type: FigureSourceRef, resolve: (a) => a }),
  }),
});

const DayRateRef = builder.objectRef<DayRate>('DayRate').implement({
  description:
    'Per-day individual support for one country group; min/max is the Commission range where known.',
  fields: (t) => ({
    amountCents: t.int({ nullable: true, resolve: (r) => r.amountCents }),
    minCents: t.int({ nullable: true, resolve: (r) => r.minCents }),
    maxCents: t.int({ nullable: true, resolve: (r) => r.maxCents }),
    source: t.field({ type: FigureSourceRef, resolve: (r) => r }),
  }),
});

const TravelBandRef = builder.objectRef<TravelBand>('TravelBand').implement({
  description: 'A distance band (one-way km) and its travel support per participant.',
  fields: (t) => ({
    minKm: t.exposeInt('minKm'),
    maxKm: t.int({ nullable: true, description: 'Null for the open last band.', resolve: (b) => b.maxKm }),
    standard: t.field({ type: SourcedAmountRef, resolve: (b) => b.standard }),
    green: t.field({ type: SourcedAmountRef, resolve: (b) => b.green }),
  }),
});

const GroupDayRatesRef = builder
  .objectRef<{ category: string; rates: GroupDayRates }>('IndividualSupportRates')
  .implement({
    description: 'Per-day rates of one participant category, by country group.',
    fields: (t) => ({
      category: t.field({ type: ActivityCategoryEnum, resolve: (r) => r.category as 'STAFF' }),
      group1: t.field({ type: DayRateRef, resolve: (r) => r.rates.group1 }),
      group2: t.field({ type: DayRateRef, resolve: (r) => r.rates.group2 }),
      group3: t.field({ type: DayRateRef, resolve: (r) => r.rates.group3 }),
    }),
  });

export const RateCardRef = builder.objectRef<RateCard>('RateCard').implement({
  description:
    'Every unit cost of a call year (a programme template, or a project’s card with NA overrides).',
  fields: (t) => ({
    templateId: t.exposeString('templateId'),
    version: t.exposeString('version', { description: 'Identifies template, revision and overrides.' }),
    name: t.exposeString('name'),
    firstCallYear: t.exposeInt('firstCallYear'),
    lastCallYear: t.int({ nullable: true, resolve: (c) => c.lastCallYear }),
    travelBands: t.field({ type: [TravelBandRef], resolve: (c) => [...c.travelBands] }),
    standardTravelDaysMax: t.int({ resolve: (c) => c.travelDays.standardMax }),
    greenTravelDaysMax: t.int({ resolve: (c) => c.travelDays.greenMax }),
    individualSupport: t.field({
      type: [GroupDayRatesRef],
      resolve: (c) => Object.entries(c.individualSupport).map(([category, rates]) => ({ category, rates })),
    }),
    taperingFromDay: t.int({ nullable: true, resolve: (c) => c.tapering?.fromDay ?? null }),
    taperingPercent: t.int({ nullable: true, resolve: (c) => c.tapering?.percent ?? null }),
    organisationalSupport: t.field({
      type: SourcedAmountRef,
      resolve: (c) => c.organisationalSupport.general,
    }),
    organisationalSupportCourses: t.field({
      type: SourcedAmountRef,
      resolve: (c) => c.organisationalSupport.coursesAndTraining,
    }),
    inclusionSupportForOrganisations: t.field({
      type: SourcedAmountRef,
      resolve: (c) => c.inclusionSupportForOrganisations,
    }),
    courseFeePerDay: t.field({ type: SourcedAmountRef, resolve: (c) => c.courseFees.perDay }),
    courseFeeMaxDays: t.int({ resolve: (c) => c.courseFees.maxDays }),
    expensiveTravelCoverageBelowPercent: t.int({ resolve: (c) => c.expensiveTravel.coverageBelowPercent }),
    expensiveTravelReimbursedPercent: t.int({ resolve: (c) => c.expensiveTravel.reimbursedPercent }),
  }),
});
