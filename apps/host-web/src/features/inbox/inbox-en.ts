/** English texts of the inbox, the host's start page (`host:inbox.*`). */
export const inboxEn = {
  counts: {
    label: 'At a glance',
    toDecide: 'To decide',
    upcoming: 'Upcoming',
    ongoing: 'Ongoing',
    toConfirm: 'Departures to confirm',
  },
  sections: {
    toDecide: 'To decide',
    upcoming: 'Upcoming',
    ongoing: 'Ongoing',
    completed: 'Completed',
    ended: 'Declined or cancelled',
  },
  empty: {
    toDecide: 'No placements are waiting for your decision.',
    upcoming: 'No participants are expected yet.',
    ongoing: 'Nobody is with you at the moment.',
    completed: 'No stays have ended yet.',
  },
  agreementToSign: 'Agreement to sign',
  departureDue: 'Departure to confirm',
  calendar: {
    title: 'Calendar',
    intro: 'Current and upcoming participants by planned start.',
    empty: 'Nobody is with you or expected.',
  },
  unavailable: 'We could not load the placements of this host institution.',
};

export type InboxTexts = typeof inboxEn;
