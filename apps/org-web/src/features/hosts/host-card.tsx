import { Anchor, Button, Card, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { ContactPersonForm } from './contact-person-form';
import { InviteContactForm, type SentInvitation } from './invite-contact-form';

export const HostCardFragment = graphql(`
  fragment HostCard_partner on HostPartner {
    organisation {
      id
      name
      type
      city
      country
      address
      oid
      pic
      erasmusCode
    }
    contacts {
      id
      name
      role
      email
      phone
    }
  }
`);

export interface HostCardProps {
  partner: FragmentType<typeof HostCardFragment>;
  sendingOrganisationId: string;
  onChanged: () => void;
}

type Panel = 'addContact' | 'invite' | null;
/** What the card's status line says after a form closed (translated when shown). */
type Notice = { kind: 'added'; name: string } | ({ kind: 'invited' } & SentInvitation) | null;

/**
 * One host institution of the directory: its profile, its contact persons, adding one, and
 * inviting a person there into Mobilis for host institutions.
 */
export function HostCard({ partner: partnerRef, sendingOrganisationId, onChanged }: HostCardProps) {
  const { organisation, contacts } = getFragmentData(HostCardFragment, partnerRef);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const id = useId();
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const identifier = (value: string | null | undefined) =>
    value ? (
      <Text span ff="monospace" size="sm" style={{ whiteSpace: 'pre' }}>
        {value}
      </Text>
    ) : (
      <Text span c="dimmed" size="sm">
        {t('hosts.card.notKnown')}
      </Text>
    );
  return (
    <Card withBorder component="article" aria-labelledby={`${id}-name`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`${id}-name`}>
          {organisation.name}
        </Title>
        <DataList size="sm" labelWidth="9rem" gap={4}>
          {item(t('hosts.card.type'), t(`hosts.types.${organisation.type}`))}
          {item(
            t('hosts.card.place'),
            t('hosts.card.placeValue', {
              city: organisation.city,
              country: format.country(organisation.country),
            }),
          )}
          {organisation.address ? item(t('hosts.card.address'), organisation.address) : null}
          {item(t('hosts.card.oid'), identifier(organisation.oid))}
          {item(t('hosts.card.pic'), identifier(organisation.pic))}
          {organisation.erasmusCode
            ? item(t('hosts.card.erasmusCode'), identifier(organisation.erasmusCode))
            : null}
        </DataList>
        <Title order={3} size="h5">
          {t('hosts.card.contactsTitle')}
        </Title>
        {contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('hosts.card.noContacts')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {contacts.map((contact) => (
              <li key={contact.id}>
                <Text size="sm" fw={600}>
                  {contact.name}
                  {contact.role ? (
                    <Text span c="dimmed" fw={400}>
                      {` · ${contact.role}`}
                    </Text>
                  ) : null}
                </Text>
                <Group gap="md">
                  {contact.email ? (
                    <Anchor
                      href={`mailto:${contact.email}`}
                      size="sm"
                      aria-label={t('hosts.card.emailLink', { name: contact.name, email: contact.email })}
                    >
                      {contact.email}
                    </Anchor>
                  ) : null}
                  {contact.phone ? (
                    <Anchor
                      href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}
                      size="sm"
                      aria-label={t('hosts.card.phoneLink', { name: contact.name, phone: contact.phone })}
                    >
                      {contact.phone}
                    </Anchor>
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
        <Text role="status" size="sm" c="green.9" fw={600}>
          {notice?.kind === 'added'
            ? t('hosts.contactForm.added', { name: notice.name })
            : notice?.kind === 'invited'
              ? t('hosts.invite.sent', { email: notice.email, date: format.date(notice.expiresAt) })
              : null}
        </Text>
        {panel === 'addContact' ? (
          <Paper withBorder p="sm" component="section" aria-labelledby={`${id}-add-contact`}>
            <Stack gap="xs">
              <Title order={3} size="h5" id={`${id}-add-contact`}>
                {t('hosts.card.addContactFor', { name: organisation.name })}
              </Title>
              <ContactPersonForm
                sendingOrganisationId={sendingOrganisationId}
                hostOrganisationId={organisation.id}
                titleId={`${id}-add-contact`}
                onCancel={() => setPanel(null)}
                onAdded={(name) => {
                  setPanel(null);
                  setNotice({ kind: 'added', name });
                  onChanged();
                }}
              />
            </Stack>
          </Paper>
        ) : panel === 'invite' ? (
          <Paper withBorder p="sm" component="section" aria-labelledby={`${id}-invite`}>
            <Stack gap="xs">
              <Title order={3} size="h5" id={`${id}-invite`}>
                {t('hosts.card.inviteContactFor', { name: organisation.name })}
              </Title>
              <InviteContactForm
                sendingOrganisationId={sendingOrganisationId}
                hostOrganisationId={organisation.id}
                titleId={`${id}-invite`}
                onCancel={() => setPanel(null)}
                onSent={(invitation) => {
                  setPanel(null);
                  setNotice({ kind: 'invited', ...invitation });
                }}
              />
            </Stack>
          </Paper>
        ) : (
          <Group>
            <Button
              variant="light"
              size="sm"
              aria-label={t('hosts.card.addContactFor', { name: organisation.name })}
              onClick={() => {
                setNotice(null);
                setPanel('addContact');
              }}
            >
              {t('hosts.card.addContact')}
            </Button>
            <Button
              variant="light"
              size="sm"
              aria-describedby={`${id}-name`}
              onClick={() => {
                setNotice(null);
                setPanel('invite');
              }}
            >
              {t('hosts.card.inviteContact')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
