import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { parseAgreementContent } from '../learning-agreement/parse-agreement-content';

export const MobilityContactsFragment = graphql(`
  fragment MobilityContacts_mobility on Mobility {
    hostMentor {
      name
      role
      email
      phone
    }
    learningAgreement {
      firstVersion {
        hash
        content
      }
      approvedChanges {
        hash
        content
      }
    }
  }
`);

interface Contact {
  readonly name: string;
  readonly role?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
}

function ContactCard({ heading, contact }: { heading: string; contact: Contact }) {
  const { t } = useTranslation('participant');
  return (
    <Card withBorder padding="sm" component="article" aria-label={heading}>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {heading}
        </Text>
        <Text fw={600}>{contact.name}</Text>
        {contact.role ? <Text size="sm">{contact.role}</Text> : null}
        {contact.email ? (
          <Text size="sm">
            {t('mobilities.contacts.email')}:{' '}
            <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
          </Text>
        ) : null}
        {contact.phone ? (
          <Text size="sm">
            {t('mobilities.contacts.phone')}:{' '}
            <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</Anchor>
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * Who looks after the participant: the host's mentor as the host confirmed them (with phone), else
 * as the agreement names them, and the mentor at the sending organisation from the agreement.
 */
export function MobilityContacts(props: { mobility: FragmentType<typeof MobilityContactsFragment> }) {
  const mobility = getFragmentData(MobilityContactsFragment, props.mobility);
  const { t } = useTranslation('participant');
  const agreed = mobility.learningAgreement.approvedChanges ?? mobility.learningAgreement.firstVersion;
  const mentors = parseAgreementContent(agreed?.content)?.mentors;
  const hostMentor: Contact | null = mobility.hostMentor ?? mentors?.host ?? null;
  const sendingMentor: Contact | null = mentors?.sending ?? null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="contacts-title">
      <Title order={2} size="h3" id="contacts-title">
        {t('mobilities.contacts.title')}
      </Title>
      {hostMentor || sendingMentor ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {hostMentor ? (
            <ContactCard heading={t('mobilities.contacts.hostMentor')} contact={hostMentor} />
          ) : null}
          {sendingMentor ? (
            <ContactCard heading={t('mobilities.contacts.sendingMentor')} contact={sendingMentor} />
          ) : null}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('mobilities.contacts.none')}
        </Text>
      )}
    </Stack>
  );
}
