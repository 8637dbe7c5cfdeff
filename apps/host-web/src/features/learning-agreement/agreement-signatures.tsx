import { List, Stack, Text, Title } from '@mantine/core';
import type { SignerRole } from '@mobilis/domain/learning-agreement/learning-agreement-state';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';

export interface SignatureView {
  readonly role: SignerRole;
  readonly name: string;
  readonly position: string | null;
  readonly signedAt: string;
}

/** Who signed (role, name, position) and when. */
export function AgreementSignatures({
  signatures,
  headingOrder = 4,
}: {
  signatures: readonly SignatureView[];
  headingOrder?: 3 | 4 | 5;
}) {
  const { t } = useTranslation('host');
  const format = useFormatters();
  return (
    <Stack gap="xs">
      <Title order={headingOrder} size="h5">
        {t('agreement.signatures.title')}
      </Title>
      {signatures.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreement.signatures.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" aria-label={t('agreement.signatures.label')}>
          {signatures.map((signature) => (
            <List.Item key={signature.role}>
              <Text size="sm" span fw={600}>
                {t(`agreement.signatures.roles.${signature.role}`)}:
              </Text>{' '}
              <Text size="sm" span>
                {[signature.name, signature.position].filter(Boolean).join(', ')}
              </Text>{' '}
              <Text size="sm" span c="dimmed">
                ({t('agreement.signatures.signedAt', { time: format.dateTime(signature.signedAt) })})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
