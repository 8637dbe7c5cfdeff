import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const ProjectExportLinkFragment = graphql(`
  fragment ProjectExportLink_project on Project {
    code
    mobilitiesCsvUrl
  }
`);

/**
 * The Beneficiary Module CSV of the project's mobilities. The URL is a path from the origin
 * (`/export/…`), outside the app's `/org/` base: a plain link with that absolute path, not a
 * router link (which would prefix the base), so the browser sends a GET with the session cookie.
 */
export function ProjectExportLink(props: { project: FragmentType<typeof ProjectExportLinkFragment> }) {
  const project = getFragmentData(ProjectExportLinkFragment, props.project);
  const { t } = useTranslation('org');
  return (
    <Stack gap={4}>
      <Anchor href={project.mobilitiesCsvUrl} download={`${project.code}-mobilities.csv`} fw={600}>
        {t('projects.detail.exportLink')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('projects.detail.exportDescription')}
      </Text>
    </Stack>
  );
}
