import { Button, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { ACTIONS } from '@mobilis/domain/catalogue/action';
import { ACTIVITY_TYPES } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { ACTIVITY_TYPE_CODES } from '@mobilis/domain/catalogue/activity-type-codes';
import { fromGraphqlEnumName } from '@mobilis/domain/catalogue/graphql-enum-name';
import { COUNTRIES } from '@mobilis/domain/countries/country-list';
import { MOBILITY_STATUSES } from '@mobilis/domain/mobility/mobility-status';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { useActivityTypeLabel } from './activity-type-name';
import {
  hasActiveFilters,
  MOBILITY_SORTS,
  type MobilityListParams,
  NO_FILTERS,
} from './mobility-list-params';

export const MobilityListFiltersFragment = graphql(`
  fragment MobilityListFilters_organisation on Organisation {
    projects {
      id
      code
      title
      action
    }
  }
`);

/** Typing in the name search waits this long before the list reloads. */
const NAME_DEBOUNCE_MS = 300;

export interface MobilityListFiltersProps {
  organisation: FragmentType<typeof MobilityListFiltersFragment>;
  params: MobilityListParams;
  /** Applied to the filters as they are then (the name search lands after a delay). */
  onChange: (patch: Partial<MobilityListParams>) => void;
}

/** Project, status, activity, host country, period, participant name and sort of the list. */
export function MobilityListFilters({ organisation, params, onChange }: MobilityListFiltersProps) {
  const { projects } = getFragmentData(MobilityListFiltersFragment, organisation);
  const { t, i18n } = useTranslation('org');
  const format = useFormatters();
  const activityLabel = useActivityTypeLabel();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const change = onChange;

  // The name search is typed into local state and reaches the URL (and the API) once typing pauses.
  const [name, setName] = useState(params.participantName);
  const [nameInUrl, setNameInUrl] = useState(params.participantName);
  if (params.participantName !== nameInUrl) {
    setNameInUrl(params.participantName);
    setName(params.participantName);
  }
  const writeName = useDebouncedCallback(
    (value: string) => change({ participantName: value.trim() }),
    NAME_DEBOUNCE_MS,
  );

  const countries = useMemo(() => {
    const collator = new Intl.Collator(language);
    return COUNTRIES.map(({ code }) => ({ value: code, label: format.country(code) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [format, language]);

  // Only the activity types the organisation's projects (or the chosen project) can have.
  const activityTypes = useMemo(() => {
    const chosen = projects?.filter((project) => !params.projectId || project.id === params.projectId) ?? [];
    const actions = new Set(chosen.flatMap((project) => fromGraphqlEnumName(project.action, ACTIONS) ?? []));
    const types = ACTIVITY_TYPES.filter(
      (type) =>
        actions.size === 0 ||
        type.actions.some((action) => actions.has(action)) ||
        type.code === params.activityType,
    );
    return types.map((type) => ({ value: type.code, label: activityLabel(type.code) }));
  }, [projects, params.projectId, params.activityType, activityLabel]);

  return (
    <Fieldset legend={t('mobilities.filters.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <NativeSelect
          label={t('mobilities.filters.project')}
          value={params.projectId ?? ''}
          onChange={(event) => change({ projectId: event.currentTarget.value || null })}
          data={[
            { value: '', label: t('mobilities.filters.allProjects') },
            ...(projects ?? []).map((project) => ({
              value: project.id,
              label: t('mobilities.filters.projectOption', { code: project.code, title: project.title }),
            })),
          ]}
        />
        <MultiSelect
          label={t('mobilities.filters.status')}
          placeholder={params.statuses.length === 0 ? t('mobilities.filters.allStatuses') : undefined}
          value={[...params.statuses]}
          onChange={(values) =>
            change({ statuses: MOBILITY_STATUSES.filter((status) => values.includes(status)) })
          }
          data={MOBILITY_STATUSES.map((status) => ({
            value: status,
            label: t(`mobilities.statuses.${status}`),
          }))}
          clearable
          // Mantine keeps a closed list in the page (hidden), labelled like the field; unmounting it
          // leaves one element per label for assistive technology and for tests.
          comboboxProps={{ keepMounted: false }}
        />
        <NativeSelect
          label={t('mobilities.filters.activityType')}
          value={params.activityType ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ activityType: ACTIVITY_TYPE_CODES.find((code) => code === value) ?? null });
          }}
          data={[{ value: '', label: t('mobilities.filters.allActivityTypes') }, ...activityTypes]}
        />
        <NativeSelect
          label={t('mobilities.filters.hostCountry')}
          value={params.hostCountry ?? ''}
          onChange={(event) => change({ hostCountry: event.currentTarget.value || null })}
          data={[{ value: '', label: t('mobilities.filters.allCountries') }, ...countries]}
        />
        <TextInput
          type="date"
          label={t('mobilities.filters.from')}
          value={params.from ?? ''}
          onChange={(event) => change({ from: event.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label={t('mobilities.filters.to')}
          value={params.to ?? ''}
          onChange={(event) => change({ to: event.currentTarget.value || null })}
        />
        <TextInput
          type="search"
          label={t('mobilities.filters.participantName')}
          placeholder={t('mobilities.filters.participantNamePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            writeName(event.currentTarget.value);
          }}
        />
        <NativeSelect
          label={t('mobilities.filters.sort')}
          value={params.sort}
          onChange={(event) => {
            const sort = MOBILITY_SORTS.find((value) => value === event.currentTarget.value);
            if (sort) change({ sort });
          }}
          data={MOBILITY_SORTS.map((sort) => ({
            value: sort,
            label: t(`mobilities.filters.sortOptions.${sort}`),
          }))}
        />
      </SimpleGrid>
      {hasActiveFilters(params) ? (
        <Group mt="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              writeName.cancel();
              setName('');
              onChange(NO_FILTERS);
            }}
          >
            {t('mobilities.filters.clear')}
          </Button>
        </Group>
      ) : null}
    </Fieldset>
  );
}
