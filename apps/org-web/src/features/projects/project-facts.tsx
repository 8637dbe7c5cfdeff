import { DataList } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { ACTION_CODES } from './action-code';

export const ProjectFactsFragment = graphql(`
  fragment ProjectFacts_project on Project {
    code
    action
    callYear
    round
    nationalAgency
    startDate
    endDate
  }
`);

/** What the grant agreement says: code, action, call, National Agency and period. */
export function ProjectFacts(props: { project: FragmentType<typeof ProjectFactsFragment> }) {
  const project = getFragmentData(ProjectFactsFragment, props.project);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const action = ACTION_CODES[project.action];
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <DataList size="sm" labelWidth="12rem" gap={4}>
      {item(t('projects.detail.code'), project.code)}
      {item(
        t('projects.detail.action'),
        t('projects.detail.actionValue', { code: action, name: t(`grantCalculator.actions.${action}`) }),
      )}
      {item(t('projects.detail.callYear'), String(project.callYear))}
      {item(t('projects.detail.round'), format.number(project.round))}
      {item(t('projects.detail.nationalAgency'), project.nationalAgency)}
      {item(
        t('projects.detail.period'),
        t('projects.detail.periodValue', {
          start: format.date(project.startDate),
          end: format.date(project.endDate),
        }),
      )}
    </DataList>
  );
}
