import { Alert, Anchor, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { changeRows } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { learningAgreementTemplate } from '@mobilis/domain/learning-agreement/learning-agreement-templates';
import { proposalHash } from '@mobilis/domain/learning-agreement/proposal-hash';
import { MOBILITY_STATUSES } from '@mobilis/domain/mobility/mobility-status';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { type FieldErrorMap, toFieldErrorMap, unshownErrors } from '../../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../../forms/mutation-problem-alert';
import { useValidationMessage } from '../../forms/use-validation-message';
import { activityTypeFromGraphql, useActivityTypeLabel } from '../../mobilities/activity-type-name';
import { AGREEMENT_OPEN_STATUSES, parseAgreementContent } from '../agreement-content';
import { agreementOutcome } from '../agreement-outcome';
import type { AgreementLocationState } from '../learning-agreement-section';
import { useAgreementTexts } from '../use-agreement-texts';
import { ActivityRowsFields } from './activity-rows-fields';
import {
  type AgreementEditorValues,
  buildContent,
  changeEntries,
  checkEditor,
  contentPath,
  editorValuesOf,
  emptyEditorValues,
  parseTemplate,
  type ReasonValues,
  reasonsInput,
  reasonsOfProposal,
  shownFieldPaths,
} from './agreement-editor-values';
import { AgreementTermsFields } from './agreement-terms-fields';
import { ChangeReasonsFields } from './change-reasons-fields';
import { OutcomeRowsFields } from './outcome-rows-fields';

export const LearningAgreementEditorFragment = graphql(`
  fragment LearningAgreementEditor_mobility on Mobility {
    id
    reference
    status
    activityType
    plannedStartDate
    plannedEndDate
    participant {
      id
      displayName
    }
    hostMentor {
      name
      role
      email
    }
    learningAgreement {
      firstVersion {
        hash
        content
      }
      approvedChanges {
        hash
        content
      }
      proposal {
        hash
        content
        changes {
          section
          itemId
          reasonCode
          reasonText
        }
        comment {
          text
          by
          at
        }
      }
    }
  }
`);

const ProposeMutation = graphql(`
  mutation LearningAgreementEditor_ProposeLearningAgreement($input: ProposeLearningAgreementInput!) {
    proposeLearningAgreement(input: $input) {
      __typename
      ... on LearningAgreementPayload {
        mobility {
          id
          version
          status
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
      ... on LearningAgreementError {
        code
        message
      }
    }
  }
`);

type Source = 'proposal' | 'agreed' | 'template';

/** A problem of the last attempt: fields to fix (MutationProblemAlert) or one sentence. */
type EditorProblem = MutationProblem | { readonly kind: 'text'; readonly text: string };

export interface LearningAgreementEditorProps {
  mobility: FragmentType<typeof LearningAgreementEditorFragment>;
  /** The agreement changed on the server meanwhile: the route reloads it (and this editor with it). */
  onStale: () => void;
  /** Shown above the form, e.g. that the agreement was reloaded. */
  notice?: ReactNode;
}

const idsOf = (content: LearningAgreementContent | null) =>
  content ? [...content.learningOutcomes, ...content.activities].map((item) => item.id) : [];

/**
 * Draft the learning agreement or propose a change, as the sending organisation: starts from the
 * pending proposal, else the agreed version, else the template for the activity; checks the
 * content with the domain's schema, shows the diff against the agreed version with a reason per
 * change, and proposes it (which replaces any pending proposal and restarts the signatures).
 */
export function LearningAgreementEditor(props: LearningAgreementEditorProps) {
  const mobility = getFragmentData(LearningAgreementEditorFragment, props.mobility);
  const { t } = useTranslation('org');
  const texts = useAgreementTexts();
  const format = useFormatters();
  const translate = useValidationMessage();
  const navigate = useNavigate();
  const activityLabel = useActivityTypeLabel();
  const [{ fetching }, propose] = useMutation(ProposeMutation);

  const { firstVersion, approvedChanges, proposal } = mobility.learningAgreement;
  const agreed = approvedChanges ?? firstVersion;
  const agreedContent = useMemo(() => parseAgreementContent(agreed?.content), [agreed]);
  const proposalContent = useMemo(() => parseAgreementContent(proposal?.content), [proposal]);
  const reservedIds = useMemo(
    () => new Set([...idsOf(agreedContent), ...idsOf(proposalContent)]),
    [agreedContent, proposalContent],
  );
  const activityCode = activityTypeFromGraphql(mobility.activityType);
  const activity = activityLabel(mobility.activityType);

  const templateValues = (): AgreementEditorValues => {
    const values = activityCode
      ? editorValuesOf(parseTemplate(learningAgreementTemplate(activityCode)))
      : emptyEditorValues();
    const mentor = mobility.hostMentor;
    return {
      ...values,
      // The host named a mentor when it confirmed the placement.
      mentors: mentor
        ? {
            ...values.mentors,
            host: { name: mentor.name, role: mentor.role ?? '', email: mentor.email ?? '' },
          }
        : values.mentors,
    };
  };
  const [source] = useState<Source>(() =>
    proposalContent ? 'proposal' : agreedContent ? 'agreed' : 'template',
  );
  const [initial] = useState<AgreementEditorValues>(() =>
    proposalContent
      ? editorValuesOf(proposalContent)
      : agreedContent
        ? editorValuesOf(agreedContent)
        : templateValues(),
  );
  const [values, setValues] = useState(initial);
  const [beforeTemplate, setBeforeTemplate] = useState<AgreementEditorValues | null>(null);
  // Revising the pending proposal keeps the reasons it gave for its changes.
  const [reasons, setReasons] = useState<Record<string, ReasonValues>>(() =>
    source === 'proposal' && proposal
      ? reasonsOfProposal(proposal.changes, buildContent(initial, reservedIds).keyOfId)
      : {},
  );
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<EditorProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const check = useMemo(() => checkEditor(values, reservedIds), [values, reservedIds]);
  const entries = useMemo(
    () =>
      agreedContent && check.content
        ? changeEntries(changeRows(agreedContent, check.content), check.keyOfId)
        : null,
    [agreedContent, check],
  );

  const update = (change: (previous: AgreementEditorValues) => AgreementEditorValues) => {
    setValues(change);
    setServerErrors({});
  };
  const errorOf = (path: string) => {
    const error = serverErrors[path] ?? (attempted ? check.errors[path] : undefined);
    if (!error) return undefined;
    return path === 'learningOutcomes' && error.code === 'TEXT_REQUIRED'
      ? t('learningAgreement.editor.outcomesRequired')
      : translate(error);
  };
  const fail = (next: EditorProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = async () => {
    setAttempted(true);
    setServerErrors({});
    const content = check.content;
    if (!content)
      return fail({ kind: 'invalid', unshown: unshownErrors(check.errors, shownFieldPaths(values)) });
    const hash = proposalHash(content);
    if (agreed && hash === agreed.hash)
      return fail({ kind: 'text', text: t('learningAgreement.editor.sameAsAgreed') });
    if (proposal && !proposal.comment && hash === proposal.hash) {
      return fail({ kind: 'text', text: t('learningAgreement.editor.sameAsPending') });
    }
    setProblem(null);
    const result = await propose({
      input: {
        mobilityId: mobility.id,
        as: 'SENDING',
        content: JSON.stringify(content),
        reasons: reasonsInput(entries ?? [], reasons),
      },
    });
    const outcome = agreementOutcome(result.data?.proposeLearningAgreement, result.error);
    switch (outcome.kind) {
      case 'ok': {
        const state: AgreementLocationState = { learningAgreement: 'proposed' };
        await navigate(`/mobilities/${encodeURIComponent(mobility.id)}`, { state });
        return;
      }
      case 'invalid': {
        const map = toFieldErrorMap(
          outcome.fieldErrors.map((error) => ({ ...error, path: contentPath(error.path) })),
        );
        setServerErrors(map);
        return fail({ kind: 'invalid', unshown: unshownErrors(map, shownFieldPaths(values)) });
      }
      case 'stale':
        return props.onStale();
      default:
        return fail({
          kind: 'text',
          text: texts.outcome(outcome) ?? t('learningAgreement.problems.generic'),
        });
    }
  };

  const back = (
    <Anchor component={Link} to={`/mobilities/${encodeURIComponent(mobility.id)}`} size="sm">
      {t('learningAgreement.editor.back')}
    </Anchor>
  );
  const title = (
    <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
      {t('learningAgreement.editor.title', { reference: mobility.reference })}
    </Title>
  );

  if (!AGREEMENT_OPEN_STATUSES.has(mobility.status)) {
    const status = MOBILITY_STATUSES.find((candidate) => candidate === mobility.status);
    return (
      <Stack gap="md" align="flex-start">
        {back}
        {title}
        <Alert role="note" color="gray" variant="light">
          {t('learningAgreement.section.closed', {
            status: status ? t(`mobilities.statuses.${status}`) : mobility.status,
          })}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap="xs">
        {back}
        {title}
        <Text c="dimmed">
          {t('learningAgreement.editor.intro', { participant: mobility.participant.displayName })}
        </Text>
      </Stack>
      {props.notice}
      <Text size="sm">
        {source === 'template'
          ? t('learningAgreement.editor.startedFrom.template', { activity })
          : t(`learningAgreement.editor.startedFrom.${source}`)}
      </Text>
      {proposal?.comment ? (
        <Alert role="note" color="yellow" variant="light" title={t('learningAgreement.section.commentTitle')}>
          <Text size="sm">
            {t('learningAgreement.section.commentBy', {
              name: proposal.comment.by,
              date: format.dateTime(proposal.comment.at),
            })}
          </Text>
          <Blockquote p="xs" mt="xs" style={{ whiteSpace: 'pre-line' }}>
            {proposal.comment.text}
          </Blockquote>
        </Alert>
      ) : null}
      {activityCode ? (
        <Paper withBorder p="md">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('learningAgreement.editor.templateHint', { activity })}</Text>
            <Button
              variant="default"
              onClick={() => {
                setBeforeTemplate(values);
                update(() => templateValues());
              }}
            >
              {t('learningAgreement.editor.startFromTemplate')}
            </Button>
            {beforeTemplate ? (
              <Group gap="sm" role="status">
                <Text size="sm">{t('learningAgreement.editor.templateApplied')}</Text>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => {
                    update(() => beforeTemplate);
                    setBeforeTemplate(null);
                  }}
                >
                  {t('learningAgreement.editor.undo')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Paper>
      ) : null}

      <form
        noValidate
        aria-label={t('learningAgreement.editor.title', { reference: mobility.reference })}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="lg">
          <OutcomeRowsFields values={values} update={update} errorOf={errorOf} />
          <ActivityRowsFields
            values={values}
            update={update}
            errorOf={errorOf}
            plannedStartDate={mobility.plannedStartDate}
            plannedEndDate={mobility.plannedEndDate}
          />
          <AgreementTermsFields values={values} update={update} errorOf={errorOf} />
          <ChangeReasonsFields
            hasAgreed={agreedContent !== null}
            entries={entries}
            reasons={reasons}
            onReason={(key, reason) => setReasons((previous) => ({ ...previous, [key]: reason }))}
          />
          <Alert role="note" color="blue" variant="light">
            {proposal ? t('learningAgreement.editor.replaces') : t('learningAgreement.editor.signingOrder')}
          </Alert>
          {problem?.kind === 'text' ? (
            <ErrorAlert key={attempt} title={null} focusOnMount>
              {problem.text}
            </ErrorAlert>
          ) : (
            <MutationProblemAlert key={attempt} problem={problem} />
          )}
          <Group>
            <Button type="submit" loading={fetching}>
              {t('learningAgreement.editor.submit')}
            </Button>
            <Button component={Link} to={`/mobilities/${encodeURIComponent(mobility.id)}`} variant="default">
              {t('forms.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
