/** English texts of the preparation checklist (`participant:preparation.*`). */
export const preparationEn = {
  title: 'Prepare for your stay',
  intro: 'Tick what you have done. Your sending organisation sees your progress.',
  progress: '{{done}} of {{total}} done',
  doneOn: 'Done on {{date}}',
  stale: 'Your mobility changed in the meantime. It has been reloaded: check the list and tick again.',
  // The sending organisation's default checklist (domain DEFAULT_PREPARATION_CHECKLIST), by key;
  // an organisation's own items are shown as it wrote them.
  defaultItems: {
    LANGUAGE_PREPARATION: 'Language preparation done',
    INSURANCE: 'Insurance arranged',
    TRAVEL_BOOKED: 'Travel booked',
    DOCUMENTS: 'Documents ready (ID, health card, agreements)',
  },
};

export type PreparationTexts = typeof preparationEn;
