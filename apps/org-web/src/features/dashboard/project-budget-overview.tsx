import { Anchor, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { BudgetBar } from '../projects/budget-bar';
import { budgetTotals, plannedShare, usePercentFormat } from '../projects/budget-totals';
import { ProjectBudgetTable } from '../projects/project-budget-table';
import { projectPath } from '../projects/project-paths';

export const ProjectBudgetOverviewFragment = graphql(`
  fragment ProjectBudgetOverview_organisation on Organisation {
    projects {
      id
      code
      title
      budget {
        category
        awardedCents
        plannedCents
      }
      ...ProjectBudgetTable_project
    }
  }
`);

/** Per project: planned against awarded as a bar with its figures, and the table by category. */
export function ProjectBudgetOverview(props: {
  organisation: FragmentType<typeof ProjectBudgetOverviewFragment>;
}) {
  const { projects } = getFragmentData(ProjectBudgetOverviewFragment, props.organisation);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const percent = usePercentFormat();
  return (
    <Stack gap="sm" component="section" aria-labelledby="budget-overview-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} id="budget-overview-title">
          {t('dashboard.budgetTitle')}
        </Title>
        {projects && projects.length > 0 ? (
          <Anchor component={Link} to="/projects">
            {t('dashboard.allProjects')}
          </Anchor>
        ) : null}
      </Group>
      {!projects || projects.length === 0 ? (
        <EmptyState
          title={t('dashboard.noProjects')}
          titleOrder={3}
          description={t('dashboard.noProjectsDescription')}
        >
          <Button component={Link} to="/projects/new">
            {t('dashboard.newProject')}
          </Button>
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('dashboard.budgetIntro')}
          </Text>
          <Stack component="ul" gap="lg" p={0} m={0} style={{ listStyle: 'none' }}>
            {projects.map((project) => {
              const totals = budgetTotals(project.budget);
              const share = plannedShare(totals);
              const summary =
                share === null
                  ? t('dashboard.budgetSummaryNoAward', { planned: format.money(totals.plannedCents) })
                  : t('dashboard.budgetSummary', {
                      planned: format.money(totals.plannedCents),
                      awarded: format.money(totals.awardedCents),
                      percent: percent(share),
                    });
              return (
                <Stack component="li" key={project.id} gap={6}>
                  <Group justify="space-between" align="baseline" gap="xs">
                    <Title order={3} size="h4">
                      <Anchor component={Link} to={projectPath(project.id)} inherit>
                        {project.title}
                      </Anchor>
                    </Title>
                    <Text size="sm" c="dimmed">
                      {project.code}
                    </Text>
                  </Group>
                  <Group gap="xs">
                    <Text size="sm">{summary}</Text>
                    {share !== null && share > 1 ? (
                      <Badge color="red" variant="light" size="sm">
                        {t('dashboard.overBudget')}
                      </Badge>
                    ) : null}
                  </Group>
                  <BudgetBar {...totals} label={summary} />
                  <Box component="details">
                    <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
                      {t('dashboard.categoryDetails')}
                    </Text>
                    <ProjectBudgetTable project={project} />
                  </Box>
                </Stack>
              );
            })}
          </Stack>
        </>
      )}
    </Stack>
  );
}
