import { formatEuroCents } from '../message/english-format';
import { translatableMessage } from '../message/translatable-message';
import { confidenceWarnings, type GrantContext, ruleFromFigure } from './grant-context';
import { type GrantLine, grantLine, type LineOutcome } from './grant-result';
import { type GrantWarning, rateNotSet, simpleWarning } from './grant-warnings';

function participantCostsLine(cents: number): GrantLine {
  const explanation = translatableMessage(
    'INCLUSION_SUPPORT_PARTICIPANTS',
    'Inclusion support for the participant: real costs of {amount}, paid at 100 %.',
    { amountCents: cents },
    { amount: formatEuroCents(cents) },
  );
  const rule = {
    code: 'INCLUSION_SUPPORT_PARTICIPANTS',
    sources: ['W-INCP', 'IKY-INC'],
    confidence: 'confirmed',
    origin: 'MOBILITY',
  } as const;
  return grantLine('INCLUSION_SUPPORT', 1, cents, explanation, rule);
}

function organisationLine(ctx: GrantContext, participantCents: number): LineOutcome {
  const figure = ctx.card.inclusionSupportForOrganisations;
  // PG 2024 [W-INCORG]: the unit cost follows real-cost inclusion support for the participant.
  if (figure.requiresParticipantInclusionCosts && participantCents <= 0) {
    const warning = simpleWarning(
      'INCLUSION_SUPPORT_REQUIRES_PARTICIPANT_COSTS',
      'Inclusion support for organisations is only paid when the participant with fewer opportunities also receives inclusion support for real costs ({table} table).',
      { table: ctx.card.tableLabel },
    );
    return { lines: [], warnings: [warning] };
  }
  const cents = figure.amountCents;
  if (cents === null) return { lines: [], warnings: [rateNotSet('INCLUSION_SUPPORT')] };
  const explanation = translatableMessage(
    'INCLUSION_SUPPORT_ORGANISATIONS',
    'Inclusion support for organisations: {amount} per participant with fewer opportunities ({table} table).',
    { amountCents: cents, table: ctx.card.tableLabel },
    { amount: formatEuroCents(cents) },
  );
  const rule = ruleFromFigure('INCLUSION_SUPPORT_ORGANISATIONS', figure, ['W-INCORG']);
  return {
    lines: [grantLine('INCLUSION_SUPPORT', 1, cents, explanation, rule)],
    warnings: confidenceWarnings('INCLUSION_SUPPORT', figure),
  };
}

/**
 * Inclusion support. The fewer-opportunities flag unlocks the organisations' unit cost (reference
 * §8.8); real costs for the participant are paid at 100 % and may also cover an accompanying
 * person's extra costs [W-INCP]. Accompanying persons are not participants with fewer opportunities.
 */
export function inclusionSupportLines(ctx: GrantContext): LineOutcome {
  const { facts } = ctx;
  const participantCents = facts.participantInclusionCostsCents ?? 0;
  const entitled = facts.fewerOpportunities || facts.accompanyingPerson;
  const lines: GrantLine[] = [];
  const warnings: GrantWarning[] = [];
  if (participantCents > 0 && entitled) lines.push(participantCostsLine(participantCents));
  if (participantCents > 0 && !entitled) {
    warnings.push(
      simpleWarning(
        'INCLUSION_COSTS_WITHOUT_ENTITLEMENT',
        'Inclusion support for real costs needs a participant with fewer opportunities or an accompanying person.',
        { amountCents: participantCents },
      ),
    );
  }
  if (facts.fewerOpportunities && !facts.accompanyingPerson) {
    const organisation = organisationLine(ctx, participantCents);
    lines.push(...organisation.lines);
    warnings.push(...organisation.warnings);
  }
  return { lines, warnings };
}
