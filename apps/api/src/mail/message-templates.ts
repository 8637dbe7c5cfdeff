/** E-mails in the recipient's language (English and German; anything else falls back to English). */
type Params = Record<string, string>;

const TEMPLATES = {
  HOST_INVITATION: {
    en: {
      subject: '{senderName} invites you to Mobilis',
      text: 'Hello {name},\n\n{senderName} works with {hostName} on Erasmus+ mobilities and invites you to Mobilis, where you can decide on placements, confirm arrivals and departures and record learning outcomes.\n\nAccept the invitation (the link works once and expires on {expiresOn}):\n{link}\n\nMobilis',
    },
    de: {
      subject: '{senderName} lädt Sie zu Mobilis ein',
      text: 'Guten Tag {name},\n\n{senderName} arbeitet bei Erasmus+-Mobilitäten mit {hostName} zusammen und lädt Sie zu Mobilis ein. Dort entscheiden Sie über Praktikumsplätze, bestätigen An- und Abreise und halten Lernergebnisse fest.\n\nEinladung annehmen (der Link gilt einmal und bis zum {expiresOn}):\n{link}\n\nMobilis',
    },
  },
  SIGN_IN_LINK: {
    en: {
      subject: 'Your sign-in link for Mobilis',
      text: 'Hello {name},\n\nSign in to Mobilis with this link. It works once and expires in 60 minutes:\n{link}\n\nIf you did not ask for it, ignore this e-mail.\n\nMobilis',
    },
    de: {
      subject: 'Ihr Anmeldelink für Mobilis',
      text: 'Guten Tag {name},\n\nmit diesem Link melden Sie sich bei Mobilis an. Er gilt einmal und 60 Minuten lang:\n{link}\n\nWenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.\n\nMobilis',
    },
  },
  PLACEMENT_PROPOSED: {
    en: {
      subject: 'New placement to decide: {participantName}',
      text: 'Hello {name},\n\n{senderName} proposes a placement at {hostName}: {participantName}, {startDate} to {endDate}.\n\nAccept it (and name a mentor) or decline it in Mobilis:\n{link}\n\nMobilis',
    },
    de: {
      subject: 'Neuer Praktikumsplatz zur Entscheidung: {participantName}',
      text: 'Guten Tag {name},\n\n{senderName} schlägt einen Aufenthalt bei {hostName} vor: {participantName}, {startDate} bis {endDate}.\n\nNehmen Sie ihn in Mobilis an (mit Mentor/in) oder lehnen Sie ihn ab:\n{link}\n\nMobilis',
    },
  },
  PLACEMENT_DECIDED: {
    en: {
      subject: '{hostName} {decision} the placement of {participantName}',
      text: 'Hello {name},\n\n{hostName} {decision} the placement of {participantName} ({startDate} to {endDate}).{details}\n\nSee the mobility in Mobilis:\n{link}\n\nMobilis',
    },
    de: {
      subject: '{hostName} hat den Aufenthalt von {participantName} {decision}',
      text: 'Guten Tag {name},\n\n{hostName} hat den Aufenthalt von {participantName} ({startDate} bis {endDate}) {decision}.{details}\n\nZur Mobilität in Mobilis:\n{link}\n\nMobilis',
    },
  },
  DATES_CONFIRMED: {
    en: {
      subject: '{hostName} confirmed the {event} of {participantName}',
      text: 'Hello {name},\n\n{hostName} confirmed the {event} of {participantName} on {date}. The grant is recalculated from the actual dates.\n\n{link}\n\nMobilis',
    },
    de: {
      subject: '{hostName} hat die {event} von {participantName} bestätigt',
      text: 'Guten Tag {name},\n\n{hostName} hat die {event} von {participantName} am {date} bestätigt. Die Förderung wird nach den tatsächlichen Daten neu berechnet.\n\n{link}\n\nMobilis',
    },
  },
  LEARNING_AGREEMENT_STEP: {
    en: {
      subject: 'Learning agreement {reference}: your turn',
      text: 'Hello {name},\n\nThe learning agreement of mobility {reference} waits for you: read the proposal and its changes, then sign it or ask for changes.\n\n{link}\n\nMobilis',
    },
    de: {
      subject: 'Lernvereinbarung {reference}: Sie sind dran',
      text: 'Guten Tag {name},\n\ndie Lernvereinbarung der Mobilität {reference} wartet auf Sie: Lesen Sie den Vorschlag und seine Änderungen, dann unterschreiben Sie oder bitten um Änderungen.\n\n{link}\n\nMobilis',
    },
  },
} as const;

export type MessageKind = keyof typeof TEMPLATES;

/** Words used inside templates, per language. */
export const MAIL_WORDS = {
  en: {
    accepted: 'accepted',
    declined: 'declined',
    arrival: 'arrival',
    departure: 'departure',
    reason: 'Reason',
    mentor: 'Mentor',
  },
  de: {
    accepted: 'angenommen',
    declined: 'abgelehnt',
    arrival: 'Ankunft',
    departure: 'Abreise',
    reason: 'Begründung',
    mentor: 'Mentor/in',
  },
} as const;

export function mailLocale(locale: string): 'en' | 'de' {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function composeMessage(
  kind: MessageKind,
  locale: string,
  params: Params,
): { subject: string; text: string } {
  const template = TEMPLATES[kind][mailLocale(locale)];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
  return { subject: fill(template.subject), text: fill(template.text) };
}
