import { List, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import type { SignerRole } from '../../gql/graphql';

export interface SignatureItem {
  readonly role: SignerRole;
  readonly name: string;
  readonly position?: string | null;
  readonly signedAt: string;
}

/** Who signed, for which party (and in which position), and when — in the viewer's time zone. */
export function SignatureList({ signatures }: { signatures: readonly SignatureItem[] }) {
  const { t } = useTranslation('participant');
  const format = useFormatters();
  return (
    <List size="sm" spacing={4}>
      {signatures.map((signature) => (
        <List.Item key={`${signature.role}:${signature.signedAt}`}>
          <Text size="sm" span>
            {t('agreement.history.signature', {
              role: t(`agreement.roles.${signature.role}`),
              name: signature.position ? `${signature.name}, ${signature.position}` : signature.name,
            })}
          </Text>{' '}
          <Text size="sm" span c="dimmed">
            {t('agreement.history.signedAt', { date: format.dateTime(signature.signedAt) })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
