import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql/gql';
import type { MobilityGrantPreviewInput } from '../../../gql/graphql';
import type { GrantWarningContext } from '../../grant-calculator/use-grant-messages';
import { MobilityGrantDetails } from '../mobility-grant-details';
import { signedMoney } from '../signed-money';

const MobilityGrantPreviewQuery = graphql(`
  query MobilityGrantPreview_Preview($input: MobilityGrantPreviewInput!) {
    mobilityGrantPreview(input: $input) {
      currentTotalCents
      differenceCents
      grant {
        ...MobilityGrantDetails_grant
      }
    }
  }
`);

/** Typing pauses this long before the server prices the mobility again. */
const PREVIEW_DEBOUNCE_MS = 300;

export interface MobilityGrantPreviewProps {
  /** `null` while the form is incomplete or breaks a rule: nothing is asked, no stale figure shown. */
  input: MobilityGrantPreviewInput | null;
  warningContext: GrantWarningContext | null;
  /** When editing: the dates or the host differ from the saved ones, so the change is highlighted. */
  keyFactsChanged: boolean;
}

/**
 * The grant the server would store for these facts (the project's own rate card, the computed
 * distance between the two organisations), and when editing how it differs from the saved one.
 */
export function MobilityGrantPreview({ input, warningContext, keyFactsChanged }: MobilityGrantPreviewProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  // Debounce a string: a new object on every render would restart the timer for ever.
  const key = input ? JSON.stringify(input) : null;
  const [debouncedKey] = useDebouncedValue(key, PREVIEW_DEBOUNCE_MS);
  const variables = useMemo(
    () => (debouncedKey ? { input: JSON.parse(debouncedKey) as MobilityGrantPreviewInput } : null),
    [debouncedKey],
  );
  const [{ data, fetching, error }] = useQuery({
    query: MobilityGrantPreviewQuery,
    variables: variables ?? { input: {} as MobilityGrantPreviewInput },
    pause: !variables,
    requestPolicy: 'network-only',
  });
  const preview = key && variables ? data?.mobilityGrantPreview : null;
  const pending = key !== debouncedKey || fetching;

  let body: ReactNode;
  if (!key) body = <Text>{t('mobilities.preview.waiting')}</Text>;
  else if (!preview) {
    // Facts the server rejects come back as a top-level BAD_USER_INPUT: no preview yet.
    const rejected = error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT');
    body = pending ? (
      <Text>{t('mobilities.preview.calculating')}</Text>
    ) : (
      <Text>{error && !rejected ? t('mobilities.preview.failed') : t('mobilities.preview.waiting')}</Text>
    );
  } else {
    const difference = preview.differenceCents;
    const differenceText =
      difference === null || difference === undefined
        ? null
        : difference === 0
          ? t('mobilities.preview.noDifference', { amount: format.money(preview.currentTotalCents ?? 0) })
          : t('mobilities.preview.difference', { difference: signedMoney(format, difference) });
    body = (
      <Stack gap="md" aria-busy={pending}>
        {differenceText && keyFactsChanged && difference !== 0 ? (
          <Alert color="yellow" variant="light" title={t('mobilities.preview.keyFactsChanged')}>
            <Text fw={700}>{differenceText}</Text>
          </Alert>
        ) : differenceText ? (
          <Text fw={600}>{differenceText}</Text>
        ) : null}
        <MobilityGrantDetails
          grant={preview.grant}
          live
          warningContext={warningContext ?? { participantCategory: 'STAFF', countryGroup: 0 }}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="mobility-grant-preview-title">
      <Group gap="sm">
        <Title order={2} id="mobility-grant-preview-title">
          {t('mobilities.preview.title')}
        </Title>
        {pending && key ? <Loader size="xs" aria-hidden /> : null}
      </Group>
      {body}
    </Stack>
  );
}
