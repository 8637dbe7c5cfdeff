import { Anchor, Box, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ACTIONS } from '@mobilis/domain/catalogue/action';
import { fromGraphqlEnumName } from '@mobilis/domain/catalogue/graphql-enum-name';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { grantWarningContext } from '../api-grant';
import { useMobilityMessages } from '../use-mobility-messages';
import { MobilityActivityFields } from './mobility-activity-fields';
import { MobilityFlagsFields } from './mobility-flags-fields';
import { MobilityFormProblem, type MobilityFormProblemValue } from './mobility-form-problem';
import {
  EMPTY_MOBILITY_FORM,
  formValuesOfMobility,
  type MobilityFormOptions,
  type MobilityFormValues,
} from './mobility-form-values';
import { MobilityGrantPreview } from './mobility-grant-preview';
import { MobilityPartiesFields } from './mobility-parties-fields';
import { useMobilityForm } from './use-mobility-form';
import { useSaveMobility } from './use-save-mobility';

export const MobilityFormOrganisationFragment = graphql(`
  fragment MobilityForm_organisation on Organisation {
    projects {
      id
      code
      title
      action
      callYear
      startDate
      endDate
    }
    participants(first: 100) {
      edges {
        node {
          id
          displayName
          category
        }
      }
    }
    hostDirectory {
      organisation {
        id
        name
        city
        country
      }
    }
  }
`);

export const MobilityFormMobilityFragment = graphql(`
  fragment MobilityForm_mobility on Mobility {
    id
    version
    status
    reference
    project {
      id
    }
    participant {
      id
      displayName
      category
    }
    hostOrganisation {
      id
    }
    activityType
    plannedStartDate
    plannedEndDate
    travelDays
    greenTravel
    officialDistanceKm
    computedDistanceKm
    courseFeeDays
    accompanyingPerson
    zeroGrant
    forceMajeure
    organisationalSupportNotRequested
  }
`);

/** The host of a proposed or confirmed placement only changes through a decline (API: HOST_LOCKED). */
const HOST_EDITABLE_STATUSES: ReadonlySet<string> = new Set(['DRAFT', 'DECLINED']);

export interface MobilityFormProps {
  organisation: FragmentType<typeof MobilityFormOrganisationFragment>;
  /** The mobility to edit; a new one is planned without. */
  mobility?: FragmentType<typeof MobilityFormMobilityFragment> | null;
  /** Someone else saved the mobility first: the route reloads it (and this form with it). */
  onStale?: () => void;
  /** Shown above the form, e.g. that the mobility was reloaded. */
  notice?: ReactNode;
}

/** Plan or change a mobility, with the rules checked in the browser and the grant previewed live. */
export function MobilityForm(props: MobilityFormProps) {
  const organisation = getFragmentData(MobilityFormOrganisationFragment, props.organisation);
  const saved = getFragmentData(MobilityFormMobilityFragment, props.mobility) ?? null;
  const { t } = useTranslation('org');
  const navigate = useNavigate();
  const messages = useMobilityMessages();
  const options = useMemo<MobilityFormOptions>(() => {
    const participants = (organisation.participants?.edges ?? []).map((edge) => edge.node);
    // The edited mobility's participant is offered even beyond the first page of participants.
    if (saved && !participants.some((participant) => participant.id === saved.participant.id)) {
      participants.push(saved.participant);
    }
    return {
      projects: (organisation.projects ?? []).map((project) => ({
        ...project,
        action: fromGraphqlEnumName(project.action, ACTIONS),
      })),
      participants,
      hosts: (organisation.hostDirectory ?? []).map((partner) => partner.organisation),
    };
  }, [organisation, saved]);
  const initial = useMemo<MobilityFormValues>(
    () => (saved ? formValuesOfMobility(saved) : EMPTY_MOBILITY_FORM),
    [saved],
  );
  const form = useMobilityForm(initial, options);
  const { save, saving } = useSaveMobility(saved);
  const [problem, setProblem] = useState<MobilityFormProblemValue | null>(null);
  const [attempt, setAttempt] = useState(0);

  const { values, check } = form;
  const project = options.projects.find((candidate) => candidate.id === values.projectId) ?? null;
  const host = options.hosts.find((candidate) => candidate.id === values.hostOrganisationId) ?? null;
  const keyFactsChanged =
    saved !== null &&
    (values.plannedStartDate !== initial.plannedStartDate ||
      values.plannedEndDate !== initial.plannedEndDate ||
      values.hostOrganisationId !== initial.hostOrganisationId);

  const submit = async () => {
    form.touchAll();
    setAttempt((count) => count + 1);
    if (!check.input) {
      setProblem({ unshown: [] });
      return;
    }
    setProblem(null);
    const outcome = await save(check.input);
    if (outcome.kind === 'ok') {
      await navigate(`/mobilities/${encodeURIComponent(outcome.mobilityId)}`);
    } else if (outcome.kind === 'invalid') {
      setProblem({ unshown: form.showServerErrors(outcome.fieldErrors) });
    } else if (outcome.kind === 'stale' && props.onStale) {
      props.onStale();
    } else {
      setProblem({ text: messages.outcome(outcome) ?? t('mobilities.problems.generic') });
    }
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor
          component={Link}
          to={saved ? `/mobilities/${encodeURIComponent(saved.id)}` : '/mobilities'}
          size="sm"
        >
          {t('mobilities.form.back')}
        </Anchor>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {saved
            ? t('mobilities.form.editTitle', { reference: saved.reference })
            : t('mobilities.form.newTitle')}
        </Title>
        <Text c="dimmed">{t('mobilities.form.intro')}</Text>
      </Stack>
      {props.notice}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <form
          noValidate
          aria-label={
            saved
              ? t('mobilities.form.editTitle', { reference: saved.reference })
              : t('mobilities.form.newTitle')
          }
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <MobilityPartiesFields
              form={form}
              options={options}
              projectLocked={saved !== null}
              hostLocked={saved !== null && !HOST_EDITABLE_STATUSES.has(saved.status)}
            />
            <MobilityActivityFields
              form={form}
              project={project}
              computedDistanceKm={saved?.computedDistanceKm ?? null}
            />
            <MobilityFlagsFields form={form} />
            <MobilityFormProblem key={attempt} problem={problem} />
            <Group>
              <Button type="submit" loading={saving}>
                {t('mobilities.form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Box style={{ alignSelf: 'start', position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
          <MobilityGrantPreview
            input={check.input ? { ...check.input, ...(saved ? { mobilityId: saved.id } : {}) } : null}
            keyFactsChanged={keyFactsChanged}
            warningContext={
              values.activityType === ''
                ? null
                : grantWarningContext({
                    activityType: values.activityType,
                    accompanyingPerson: values.accompanyingPerson,
                    hostCountry: host?.country ?? null,
                    callYear: project?.callYear ?? null,
                  })
            }
          />
        </Box>
      </SimpleGrid>
    </Stack>
  );
}
