import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { mobilityDocumentUrl } from '../documents/document-urls';
import { SignatureList } from './signature-list';

export const AgreementHistoryFragment = graphql(`
  fragment AgreementHistory_mobility on Mobility {
    id
    learningAgreement {
      firstVersion {
        hash
        signatures {
          role
          name
          position
          signedAt
        }
      }
      approvedChanges {
        hash
        signatures {
          role
          name
          position
          signedAt
        }
      }
      proposal {
        hash
      }
    }
  }
`);

/**
 * The agreement as signed: its first version and its latest approved changes, each with who
 * signed and when; and the PDF of the agreement (the agreed content, or the pending proposal).
 */
export function AgreementHistory(props: { mobility: FragmentType<typeof AgreementHistoryFragment> }) {
  const { id, learningAgreement } = getFragmentData(AgreementHistoryFragment, props.mobility);
  const { t } = useTranslation('participant');
  const { firstVersion, approvedChanges, proposal } = learningAgreement;
  const versions = [
    firstVersion ? { key: 'first', title: t('agreement.history.firstVersion'), version: firstVersion } : null,
    approvedChanges
      ? { key: 'changes', title: t('agreement.history.approvedChanges'), version: approvedChanges }
      : null,
  ].filter((entry) => entry !== null);
  return (
    <Stack gap="md" component="section" aria-labelledby="agreement-history-title">
      <Title order={2} size="h3" id="agreement-history-title">
        {t('agreement.history.title')}
      </Title>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreement.history.nothingSigned')}
        </Text>
      ) : (
        versions.map(({ key, title, version }) => (
          <Stack key={key} gap={4}>
            <Text fw={600} size="sm">
              {title}
            </Text>
            <SignatureList signatures={version.signatures} />
          </Stack>
        ))
      )}
      {firstVersion || proposal ? (
        <Anchor href={mobilityDocumentUrl(id, 'learning-agreement.pdf')} download>
          {t('agreement.history.download')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
