import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const WelcomeHeadingFragment = graphql(`
  fragment WelcomeHeading_viewer on Viewer {
    displayName
  }
`);

export function WelcomeHeading(props: { viewer: FragmentType<typeof WelcomeHeadingFragment> }) {
  const viewer = getFragmentData(WelcomeHeadingFragment, props.viewer);
  const { t } = useTranslation('participant');
  return (
    <Stack gap="xs">
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {t('home.welcome', { name: viewer.displayName })}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
    </Stack>
  );
}
