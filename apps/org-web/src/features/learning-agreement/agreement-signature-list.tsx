import { List, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { useAgreementTexts } from './use-agreement-texts';

export const AgreementSignatureListFragment = graphql(`
  fragment AgreementSignatureList_signature on AgreementSignature {
    role
    name
    position
    signedAt
  }
`);

export interface AgreementSignatureListProps {
  signatures: readonly FragmentType<typeof AgreementSignatureListFragment>[];
  /** Said when nobody has signed. */
  emptyText: string;
}

/** Who signed, in which role and position, and when (in the viewer's time zone). */
export function AgreementSignatureList(props: AgreementSignatureListProps) {
  const signatures = getFragmentData(AgreementSignatureListFragment, props.signatures);
  const { t } = useTranslation('org');
  const texts = useAgreementTexts();
  const format = useFormatters();
  if (signatures.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {props.emptyText}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4}>
      {signatures.map((signature) => (
        <List.Item key={`${signature.role}:${signature.signedAt}`}>
          {signature.position
            ? t('learningAgreement.signatures.signerWithPosition', {
                role: texts.party(signature.role),
                name: signature.name,
                position: signature.position,
              })
            : t('learningAgreement.signatures.signer', {
                role: texts.party(signature.role),
                name: signature.name,
              })}
          {' · '}
          <Text span size="sm" c="dimmed">
            {t('learningAgreement.signatures.signedAt')}{' '}
            <time dateTime={signature.signedAt}>{format.dateTime(signature.signedAt)}</time>
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
