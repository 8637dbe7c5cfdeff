import { Anchor, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { BudgetBar } from '../features/projects/budget-bar';
import { budgetTotals, plannedShare, usePercentFormat } from '../features/projects/budget-totals';
import { ProjectBudgetTable } from '../features/projects/project-budget-table';
import { ProjectExportLink } from '../features/projects/project-export-link';
import { ProjectFacts } from '../features/projects/project-facts';
import { ProjectRateCardSection } from '../features/projects/project-rate-card-section';
import { graphql } from '../gql/gql';

const ProjectDetailRouteQuery = graphql(`
  query ProjectDetailRouteQuery($projectId: ID!) {
    node(id: $projectId) {
      id
      ... on Project {
        code
        title
        budget {
          awardedCents
          plannedCents
        }
        ...ProjectFacts_project
        ...ProjectExportLink_project
        ...ProjectBudgetTable_project
        ...RateCardView_project
        ...RateCardEditor_project
      }
    }
  }
`);

/** One project: its facts, the CSV export, its budget and its rate card (with the NA rates editor). */
export function ProjectDetailRoute() {
  const { t } = useTranslation(['org', 'common']);
  const format = useFormatters();
  const percent = usePercentFormat();
  const { projectId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectDetailRouteQuery,
    variables: { projectId },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!data && fetching) return <FullPageLoader />;
  if (!data) {
    return error ? <ErrorAlert onRetry={reload}>{t('common:errors.generic')}</ErrorAlert> : null;
  }
  const back = (
    <Anchor component={Link} to="/projects" size="sm">
      {t('org:projects.detail.backToList')}
    </Anchor>
  );
  const project = data.node?.__typename === 'Project' ? data.node : null;
  if (!project) {
    return (
      <Stack gap="lg">
        <title>{t('org:projects.detail.notFound')}</title>
        {back}
        <EmptyState
          title={t('org:projects.detail.notFound')}
          titleOrder={1}
          description={t('org:projects.detail.notFoundDescription')}
        />
      </Stack>
    );
  }
  const totals = budgetTotals(project.budget);
  const share = plannedShare(totals);
  const summary =
    share === null
      ? t('org:dashboard.budgetSummaryNoAward', { planned: format.money(totals.plannedCents) })
      : t('org:dashboard.budgetSummary', {
          planned: format.money(totals.plannedCents),
          awarded: format.money(totals.awardedCents),
          percent: percent(share),
        });
  return (
    <Stack gap="xl">
      <title>{t('org:projects.pageTitle.detail', { title: project.title })}</title>
      <Stack gap="xs">
        {back}
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {project.title}
        </Title>
        <Text c="dimmed" ff="monospace">
          {project.code}
        </Text>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="project-facts-title">
        <Title order={2} id="project-facts-title">
          {t('org:projects.detail.factsTitle')}
        </Title>
        <ProjectFacts project={project} />
        <ProjectExportLink project={project} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="project-budget-title">
        <Title order={2} id="project-budget-title">
          {t('org:projects.budget.title')}
        </Title>
        <Text size="sm">{summary}</Text>
        <BudgetBar {...totals} label={summary} />
        <ProjectBudgetTable project={project} />
        <Text size="sm" c="dimmed">
          {t('org:projects.budget.plannedNote')}
        </Text>
      </Stack>
      <ProjectRateCardSection project={project} onReload={reload} />
    </Stack>
  );
}
