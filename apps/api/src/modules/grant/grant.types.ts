import { GRANT_CATEGORIES, type GrantLine, type GrantResult } from '@mobilis/domain/grant/grant-result';
import type { GrantWarning } from '@mobilis/domain/grant/grant-warnings';
import { builder } from '../../graphql/builder';
import { ConfidenceEnum } from '../catalogue/catalogue.types';

export const GrantCategoryEnum = builder.enumType('GrantCategory', {
  description: 'KA1 budget categories.',
  values: GRANT_CATEGORIES,
});

const GrantLineRef = builder.objectRef<GrantLine>('GrantLine').implement({
  description: 'One budget line: quantity × unit amount, explained by the rule it applies.',
  fields: (t) => ({
    category: t.field({ type: GrantCategoryEnum, resolve: (l) => l.category }),
    quantity: t.exposeInt('quantity'),
    unitAmountCents: t.exposeInt('unitAmountCents'),
    amountCents: t.exposeInt('amountCents'),
    explanation: t.string({
      description: 'One English sentence citing the rule.',
      resolve: (l) => l.explanation.message,
    }),
    explanationCode: t.string({
      description: 'Stable code of the explanation, for translation.',
      resolve: (l) => l.explanation.code,
    }),
    explanationParams: t.string({
      description: 'JSON object of the explanation’s raw parameters (amounts in cents, km, days).',
      resolve: (l) => JSON.stringify(l.explanation.params),
    }),
    ruleSources: t.stringList({ resolve: (l) => [...l.rule.sources] }),
    ruleConfidence: t.field({ type: ConfidenceEnum, resolve: (l) => l.rule.confidence }),
  }),
});

const GrantWarningRef = builder.objectRef<GrantWarning>('GrantWarning').implement({
  description: 'Something to check about the mobility or the rates used.',
  fields: (t) => ({
    code: t.exposeString('code'),
    message: t.exposeString('message', { description: 'English text; apps translate by code.' }),
    params: t.string({
      description: 'JSON object of the raw parameters.',
      resolve: (w) => JSON.stringify(w.params),
    }),
  }),
});

export const GrantEstimateRef = builder.objectRef<GrantResult>('GrantEstimate').implement({
  description: 'The grant of one mobility computed from a rate card, line by line.',
  fields: (t) => ({
    totalCents: t.exposeInt('totalCents'),
    durationDays: t.int({
      nullable: true,
      description: 'Activity days, end − start + 1.',
      resolve: (g) => g.durationDays,
    }),
    fundedTravelDays: t.exposeInt('fundedTravelDays'),
    fundedDays: t.exposeInt('fundedDays', { description: 'Activity days plus funded travel days.' }),
    distanceKm: t.float({ nullable: true, resolve: (g) => g.distance?.km ?? null }),
    rateCardVersion: t.exposeString('rateCardVersion'),
    lines: t.field({ type: [GrantLineRef], resolve: (g) => [...g.lines] }),
    warnings: t.field({ type: [GrantWarningRef], resolve: (g) => [...g.warnings] }),
  }),
});
