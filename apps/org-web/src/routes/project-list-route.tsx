import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ProjectList } from '../features/projects/project-list';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const ProjectListRouteQuery = graphql(`
  query ProjectListRouteQuery($organisationId: ID!) {
    node(id: $organisationId) {
      id
      ... on Organisation {
        ...ProjectList_organisation
      }
    }
  }
`);

/** The organisation's projects, and the way to register a new one. */
export function ProjectListRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectListRouteQuery,
    variables: { organisationId },
  });
  const organisation = data?.node?.__typename === 'Organisation' ? data.node : null;
  return (
    <Stack gap="lg">
      <title>{t('org:projects.pageTitle.list')}</title>
      <Group justify="space-between" align="flex-end">
        <Stack gap="xs">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('org:projects.list.title')}
          </Title>
          <Text c="dimmed">{t('org:projects.list.intro')}</Text>
        </Stack>
        <Button component={Link} to="/projects/new">
          {t('org:projects.list.newProject')}
        </Button>
      </Group>
      {!data && fetching ? (
        <FullPageLoader />
      ) : organisation ? (
        <ProjectList organisation={organisation} />
      ) : error ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {t('common:errors.generic')}
        </ErrorAlert>
      ) : null}
    </Stack>
  );
}
