import type { ActivityTypeCode } from '@mobilis/domain/catalogue/activity-type-codes';
import type { OUTCOME_ACHIEVEMENTS, SKILL_AREAS } from '@mobilis/domain/host/host-inputs';
import type { MobilityStatus } from '@mobilis/domain/mobility/mobility-status';

/**
 * English texts of the placement screens (`host:placements.*`): shared labels (statuses, activity
 * types by domain code, participant categories) and the detail page with the host's actions.
 */
export const placementsEn = {
  statuses: {
    DRAFT: 'Draft',
    PROPOSED: 'Proposed',
    CONFIRMED: 'Confirmed',
    DECLINED: 'Declined',
    AGREED: 'Agreed',
    ONGOING: 'Ongoing',
    COMPLETED: 'Completed',
    CLOSED: 'Closed',
    CANCELLED: 'Cancelled',
  } satisfies Record<MobilityStatus, string>,
  categories: { STAFF: 'Staff', LEARNER: 'Learner' },
  // The names of the grant calculator in the organisations app, translated by code.
  activityTypes: {
    'LM-GRP-PUPIL': 'Group mobility of school pupils',
    'LM-SHORT-PUPIL': 'Short-term learning mobility of pupils',
    'LM-LONG-PUPILS': 'Long-term learning mobility of pupils',
    'LM-SKILL-VET': 'Participation in VET skills competitions',
    'LM-SHORT-VET': 'Short-term learning mobility of VET learners',
    'LM-LONG-VET': 'Long-term learning mobility of VET learners (ErasmusPro)',
    'MOBILIS-LM-GRP-VET': 'Group mobility of VET learners',
    'MOBILIS-LM-GRP-ADU': 'Group mobility of adult learners',
    'MOBILIS-LM-IND-ADU': 'Individual learning mobility of adult learners',
    'SM-JOB-SHDW': 'Job shadowing',
    'SM-TTA': 'Teaching or training assignment',
    'SM-COUR-TRAIN': 'Courses and training',
    'OA-INV-EXP': 'Invited experts',
    'OA-HOS-TTT': 'Hosting teachers and educators in training',
    'HE-SMS': 'Student mobility for studies',
    'HE-SMT': 'Student mobility for traineeships',
    'HE-STA': 'Staff mobility for teaching',
    'HE-STT': 'Staff mobility for training',
    'HE-BIP': 'Blended intensive programme (physical part)',
  } satisfies Record<ActivityTypeCode, string>,
  dateRange: '{{start}} – {{end}}',
  organisationPlace: '{{name}}, {{city}} ({{country}})',
  detail: {
    back: '← Back to the inbox',
    notFound: 'This placement does not exist, or it is not placed with your institution.',
  },
  next: {
    DRAFT: 'The sending organisation is still planning this mobility.',
    PROPOSED:
      'The sending organisation proposes this placement to you. Accept it and name a mentor, or decline it.',
    CONFIRMED:
      'You accepted the placement. Next, the participant, the sending organisation and you conclude the learning agreement.',
    AGREED: 'The learning agreement is concluded. Confirm the arrival when the participant starts with you.',
    ONGOING:
      'The participant is with you. Confirm the departure after the last day; you can record the learning outcomes at any time.',
    COMPLETED:
      'The stay is over. Record or complete the learning outcomes: they go into the participant’s certificate.',
    CLOSED: 'The sending organisation has closed this mobility.',
    DECLINED: 'You declined this placement.',
    CANCELLED: 'The sending organisation cancelled this mobility.',
  } satisfies Record<MobilityStatus, string>,
  facts: {
    title: 'The placement',
    participant: 'Participant',
    role: 'Role',
    activity: 'Activity',
    plannedDates: 'Planned dates',
    actualStartDate: 'Arrived on',
    actualEndDate: 'Left on',
    sendingOrganisation: 'Sending organisation',
    reference: 'Mobility ID',
  },
  records: {
    title: 'What you confirmed',
    declineReason: 'Reason for declining',
    mentor: 'Mentor',
    mentorWithRole: '{{name}}, {{role}}',
    attendance: 'Attendance',
    attendanceDays_one: '{{count}} day attended',
    attendanceDays_other: '{{count}} days attended',
    interruption: 'Interruptions',
    interruptionDays_one: '{{count}} day of interruption',
    interruptionDays_other: '{{count}} days of interruption',
  },
  accept: {
    title: 'Accept the placement',
    intro:
      'Name the mentor who looks after the participant during the stay. The sending organisation and the participant will see these details.',
    mentorName: "Mentor's name",
    mentorRole: "Mentor's role",
    mentorRoleDescription: 'Optional, e.g. workshop manager',
    mentorEmail: "Mentor's e-mail",
    mentorPhone: "Mentor's phone",
    submit: 'Accept placement',
    done: 'You accepted the placement. The sending organisation has been told.',
  },
  decline: {
    title: 'Decline the placement',
    intro:
      'If you cannot host this participant, say why. The sending organisation may propose the placement elsewhere.',
    reason: 'Reason for declining',
    reasonDescription: 'The sending organisation will read this.',
    submit: 'Decline placement',
    confirmTitle: 'Decline this placement?',
    confirmText:
      'The sending organisation is told your reason right away. You cannot accept this placement afterwards.',
    keep: 'Keep the placement',
    confirm: 'Yes, decline',
    done: 'You declined the placement. The sending organisation has been told.',
  },
  arrival: {
    title: 'Arrival',
    intro: 'Confirm the arrival on the day the participant starts with you.',
    actualStartDate: 'Actual start date',
    submit: 'Confirm arrival',
    done: 'Arrival confirmed.',
  },
  departure: {
    title: 'Departure',
    intro: 'Confirm the departure after the participant’s last day, with the days they attended.',
    actualEndDate: 'Actual end date',
    attendanceDays: 'Days of attendance',
    attendanceDaysDescription: 'Days the participant attended, travel excluded',
    interruptionDays: 'Days of interruption',
    interruptionDaysDescription: 'E.g. illness; 0 if none',
    interruptionNote: 'Note on interruptions',
    interruptionNoteDescription: 'Optional: what happened and when',
    submit: 'Confirm departure',
    done: 'Departure confirmed. The stay is now completed.',
  },
  outcomes: {
    title: 'Learning outcomes',
    intro:
      'Assess each learning outcome and describe the skills acquired. This goes into the participant’s certificate; you can change it later.',
    outcome: 'Learning outcome {{number}}',
    outcomeTitle: 'Title',
    achievement: 'Achievement',
    achievements: {
      ACHIEVED: 'Achieved',
      PARTLY_ACHIEVED: 'Partly achieved',
      NOT_ACHIEVED: 'Not achieved',
    } satisfies Record<(typeof OUTCOME_ACHIEVEMENTS)[number], string>,
    chooseAchievement: 'Choose how far it was achieved.',
    comment: 'Comment',
    add: 'Add learning outcome',
    remove: 'Remove learning outcome {{number}}',
    removeShort: 'Remove',
    skillsTitle: 'Skills acquired',
    skillsIntro: 'As in the Europass Mobility document. Leave an area empty if it does not apply.',
    skills: {
      jobRelated: 'Job-related skills',
      language: 'Language skills',
      digital: 'Digital skills',
      organisational: 'Organisational skills',
      communication: 'Communication skills',
      other: 'Other skills',
    } satisfies Record<(typeof SKILL_AREAS)[number], string>,
    submit: 'Save outcomes',
    cancel: 'Cancel',
    saved: 'Learning outcomes saved.',
    edit: 'Edit outcomes',
    record: 'Record outcomes',
    none: 'No learning outcomes recorded yet.',
    noOutcomes: 'No learning outcomes listed.',
    noSkills: 'No skills described.',
    listLabel: 'Assessed learning outcomes',
  },
  problems: {
    stale:
      'Someone else changed this placement in the meantime. We have loaded its current state: check it and try again.',
    notFound: 'This placement no longer exists, or it is no longer placed with your institution.',
    transitions: {
      ILLEGAL_TRANSITION:
        'This is no longer possible: the placement is now “{{status}}”. We have loaded its current state.',
      OUTCOMES_NOT_YET: 'Learning outcomes can be recorded once the participant has arrived.',
      ATTENDANCE_NOT_CONFIRMED: 'Confirm the attendance to confirm the departure.',
    },
  },
};

export type PlacementsTexts = typeof placementsEn;
