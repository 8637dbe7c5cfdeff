import { Anchor, Button, Table, Text } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { ACTION_CODES } from './action-code';
import { projectPath } from './project-paths';

export const ProjectListFragment = graphql(`
  fragment ProjectList_organisation on Organisation {
    projects {
      id
      code
      title
      action
      callYear
      startDate
      endDate
    }
  }
`);

/** The organisation's projects as a table, or how to register the first one. */
export function ProjectList(props: { organisation: FragmentType<typeof ProjectListFragment> }) {
  const { projects } = getFragmentData(ProjectListFragment, props.organisation);
  const { t } = useTranslation('org');
  const format = useFormatters();
  if (!projects || projects.length === 0) {
    return (
      <EmptyState
        title={t('projects.list.empty')}
        titleOrder={2}
        description={t('projects.list.emptyDescription')}
      >
        <Button component={Link} to="/projects/new">
          {t('projects.list.newProject')}
        </Button>
      </EmptyState>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" withTableBorder striped highlightOnHover>
        <Table.Caption>{t('projects.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('projects.list.code')}</Table.Th>
            <Table.Th scope="col">{t('projects.list.projectTitle')}</Table.Th>
            <Table.Th scope="col">{t('projects.list.action')}</Table.Th>
            <Table.Th scope="col">{t('projects.list.callYear')}</Table.Th>
            <Table.Th scope="col">{t('projects.list.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => {
            const action = ACTION_CODES[project.action];
            return (
              <Table.Tr key={project.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={projectPath(project.id)} ff="monospace" size="sm">
                    {project.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>{project.title}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {action}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`grantCalculator.actions.${action}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{project.callYear}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('projects.list.periodValue', {
                    start: format.date(project.startDate),
                    end: format.date(project.endDate),
                  })}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
