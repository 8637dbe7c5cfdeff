/** English texts of the preparation checklist screen (`org:preparation.*`). */
export const preparationEn = {
  pageTitle: 'Preparation checklist – Mobilis for organisations',
  title: 'Preparation checklist',
  intro:
    'What your participants tick before departure, e.g. language preparation, insurance, travel and documents. They see the list on their mobility pages in the participant app.',
  startedFrom: {
    current: 'This is the checklist in force for your mobilities.',
    default:
      'Your organisation has no mobility yet, so this is the default list. If you saved a checklist of your own before, it shows here once there is a mobility.',
  },
  legend: 'Checklist items',
  itemLabel: 'Item {{number}}',
  itemDescription:
    'One thing to do per item, as the participant ticks it, e.g. “Insurance arranged”. At most 200 characters each.',
  addItem: 'Add item',
  maxItems: 'A checklist has at most {{count}} items.',
  moveUp: 'Up',
  moveDown: 'Down',
  remove: 'Remove',
  moveUpLabel: 'Move item {{number}} up',
  moveDownLabel: 'Move item {{number}} down',
  removeLabel: 'Remove item {{number}}',
  ticksKept:
    'Ticks your participants already gave stay with the items you keep, even when you reword them. New items start unticked; the ticks of removed items no longer count.',
  reset: 'Reset to the default list',
  resetTitle: 'Reset to the default list?',
  resetText: 'Your changes to the list are replaced by the {{count}} default items. Nothing is saved yet.',
  resetConfirm: 'Reset the list',
  resetKeep: 'Keep my list',
  submit: 'Save checklist',
  saved: 'The checklist is saved. Participants see it on their mobility pages.',
};

export type PreparationTexts = typeof preparationEn;
