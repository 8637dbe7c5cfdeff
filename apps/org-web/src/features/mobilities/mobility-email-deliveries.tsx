import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { mobilitiesEn } from './mobilities-en';

export const MobilityEmailDeliveriesFragment = graphql(`
  fragment MobilityEmailDeliveries_mobility on Mobility {
    emailDeliveries {
      kind
      recipientEmail
      subject
      status
      attempts
      lastError
      createdAt
      sentAt
    }
  }
`);

type T = TFunction<'org'>;
type Kind = keyof typeof mobilitiesEn.emails.kinds;

interface DeliveryState {
  label: string;
  colour: string;
  /** The last error, shown under the status while retrying or once given up. */
  error: string | null;
}

/**
 * PENDING is "queued" until the first attempt and "retrying (attempt N)" after a failed one (N is
 * the number of attempts so far); SENT and FAILED are final. An unknown status shows as it is.
 */
export function deliveryState(
  delivery: { status: string; attempts: number; lastError?: string | null },
  t: T,
): DeliveryState {
  const error = delivery.lastError ?? null;
  switch (delivery.status) {
    case 'PENDING':
      return delivery.attempts > 0
        ? { label: t('mobilities.emails.retrying', { attempt: delivery.attempts }), colour: 'orange', error }
        : { label: t('mobilities.emails.statuses.QUEUED'), colour: 'gray', error: null };
    case 'SENT':
      return { label: t('mobilities.emails.statuses.SENT'), colour: 'green', error: null };
    case 'FAILED':
      return { label: t('mobilities.emails.statuses.FAILED'), colour: 'red', error };
    default:
      return { label: delivery.status, colour: 'gray', error };
  }
}

const kindLabel = (kind: string, t: T) =>
  Object.hasOwn(mobilitiesEn.emails.kinds, kind) ? t(`mobilities.emails.kinds.${kind as Kind}`) : kind;

/**
 * The e-mails about the mobility and whether each reached the recipient's mail server, so the
 * coordinator knows the host was told (only the sending organisation sees this).
 */
export function MobilityEmailDeliveries(props: {
  mobility: FragmentType<typeof MobilityEmailDeliveriesFragment>;
}) {
  const { emailDeliveries: deliveries } = getFragmentData(MobilityEmailDeliveriesFragment, props.mobility);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const titleId = useId();
  if (!deliveries) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('mobilities.detail.emailsTitle')}
      </Title>
      {deliveries.length === 0 ? (
        <Text>{t('mobilities.emails.empty')}</Text>
      ) : (
        <>
          <Text c="dimmed">{t('mobilities.emails.intro')}</Text>
          {deliveries.some((delivery) => delivery.status === 'FAILED') ? (
            <Alert role="note" color="red" variant="light" p="sm">
              <Text size="sm">{t('mobilities.emails.failedNotice')}</Text>
            </Alert>
          ) : null}
          <Table.ScrollContainer minWidth={760}>
            <Table captionSide="top" striped verticalSpacing="sm">
              <Table.Caption>{t('mobilities.emails.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('mobilities.emails.email')}</Table.Th>
                  <Table.Th scope="col">{t('mobilities.emails.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('mobilities.emails.status')}</Table.Th>
                  <Table.Th scope="col">{t('mobilities.emails.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('mobilities.emails.sentAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.map((delivery) => {
                  const state = deliveryState(delivery, t);
                  return (
                    <Table.Tr key={`${delivery.createdAt}:${delivery.kind}:${delivery.recipientEmail}`}>
                      <Table.Th scope="row" fw={400}>
                        <Text size="sm" fw={600}>
                          {kindLabel(delivery.kind, t)}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {delivery.subject}
                        </Text>
                      </Table.Th>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{delivery.recipientEmail}</Table.Td>
                      <Table.Td>
                        <Badge color={state.colour} variant="light" miw="max-content">
                          {state.label}
                        </Badge>
                        {state.error ? (
                          <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
                            {t('mobilities.emails.lastError', { error: state.error })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <time dateTime={delivery.createdAt}>{format.dateTime(delivery.createdAt)}</time>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {delivery.sentAt ? (
                          <time dateTime={delivery.sentAt}>{format.dateTime(delivery.sentAt)}</time>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('mobilities.emails.notDelivered')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
