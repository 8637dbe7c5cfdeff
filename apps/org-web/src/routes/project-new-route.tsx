import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewProjectForm } from '../features/projects/new-project-form';
import { useShellContext } from '../features/shell/shell-context';

/** Registers a grant for the current organisation. It owns no query: the form needs no data. */
export function ProjectNewRoute() {
  const { t } = useTranslation('org');
  const { organisationId } = useShellContext();
  return (
    <Stack gap="lg">
      <title>{t('projects.pageTitle.new')}</title>
      <Anchor component={Link} to="/projects" size="sm">
        {t('projects.form.backToList')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1} id="new-project-title" fz={{ base: 'h2', sm: 'h1' }}>
          {t('projects.form.title')}
        </Title>
        <Text c="dimmed">{t('projects.form.intro')}</Text>
      </Stack>
      {/* A new organisation chosen in the header starts a fresh form. */}
      <NewProjectForm key={organisationId} organisationId={organisationId} />
    </Stack>
  );
}
