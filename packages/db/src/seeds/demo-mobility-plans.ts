/** One demo mobility: who, where, what, when, and where it stands today (2026-11-29). */
export interface DemoMobilityPlan {
  person: string;
  host: 'valencia' | 'torino' | 'jyvaskyla' | 'porto';
  activityType: string;
  status:
    | 'DRAFT'
    | 'PROPOSED'
    | 'CONFIRMED'
    | 'DECLINED'
    | 'AGREED'
    | 'ONGOING'
    | 'COMPLETED'
    | 'CLOSED'
    | 'CANCELLED';
  start: string;
  end: string;
  travelDays?: number;
  green?: boolean;
  courseFeeDays?: number;
  /** Where its learning agreement stands (default: from the status). */
  agreement?:
    | 'NONE'
    | 'AWAITING_PARTICIPANT'
    | 'AWAITING_HOST'
    | 'HOST_COMMENTED'
    | 'AGREED'
    | 'CHANGE_PENDING';
  /** For CANCELLED: the status it was cancelled from, and whether force majeure. */
  cancelled?: { from: string; reason: string; forceMajeure: boolean };
}

// Every lifecycle state, several activity types and host countries per organisation. The Valencia
// host has placements waiting for a decision, confirmed, agreed (arriving tomorrow), ongoing and
// completed (issue #5), and
// Lena Fischer has one ongoing and one completed mobility (issue #6).
export const essenPlans: DemoMobilityPlan[] = [
  {
    person: 'lena.fischer',
    host: 'valencia',
    activityType: 'LM-SHORT-VET',
    status: 'ONGOING',
    agreement: 'CHANGE_PENDING',
    start: '2026-11-09',
    end: '2026-12-18',
    travelDays: 2,
  },
  {
    person: 'lena.fischer',
    host: 'torino',
    activityType: 'LM-SHORT-VET',
    status: 'COMPLETED',
    start: '2026-09-14',
    end: '2026-10-09',
    travelDays: 2,
  },
  {
    person: 'jonas.weiss',
    host: 'valencia',
    activityType: 'LM-SHORT-VET',
    status: 'PROPOSED',
    agreement: 'AWAITING_PARTICIPANT',
    start: '2027-03-01',
    end: '2027-03-26',
    travelDays: 2,
  },
  {
    person: 'ayse.yilmaz',
    host: 'valencia',
    activityType: 'LM-SHORT-VET',
    status: 'PROPOSED',
    start: '2027-03-01',
    end: '2027-03-26',
    travelDays: 2,
  },
  {
    person: 'lukasz.zolc',
    host: 'valencia',
    activityType: 'LM-LONG-VET',
    status: 'PROPOSED',
    start: '2027-04-05',
    end: '2027-07-09',
    travelDays: 2,
  },
  {
    person: 'mia.schroeder',
    host: 'valencia',
    activityType: 'LM-SHORT-VET',
    status: 'CONFIRMED',
    agreement: 'NONE',
    start: '2027-02-01',
    end: '2027-02-26',
    travelDays: 2,
  },
  {
    person: 'dimitrios.p',
    host: 'jyvaskyla',
    activityType: 'LM-SHORT-VET',
    status: 'CONFIRMED',
    agreement: 'HOST_COMMENTED',
    start: '2027-01-11',
    end: '2027-02-05',
    travelDays: 4,
    green: true,
  },
  {
    person: 'emilie.lefevre',
    host: 'torino',
    activityType: 'LM-SHORT-VET',
    status: 'AGREED',
    start: '2027-01-18',
    end: '2027-02-12',
    travelDays: 2,
  },
  {
    person: 'noah.krueger',
    host: 'jyvaskyla',
    activityType: 'LM-SHORT-VET',
    status: 'AGREED',
    start: '2027-01-11',
    end: '2027-02-05',
    travelDays: 2,
  },
  {
    person: 'soren.odegard',
    host: 'jyvaskyla',
    activityType: 'LM-SHORT-VET',
    status: 'ONGOING',
    start: '2026-11-16',
    end: '2026-12-11',
    travelDays: 4,
    green: true,
  },
  {
    person: 'hannah.gross',
    host: 'valencia',
    activityType: 'LM-SHORT-VET',
    status: 'COMPLETED',
    start: '2026-09-21',
    end: '2026-10-16',
    travelDays: 2,
  },
  {
    person: 't.becker',
    host: 'porto',
    activityType: 'SM-COUR-TRAIN',
    status: 'COMPLETED',
    start: '2026-10-12',
    end: '2026-10-16',
    travelDays: 2,
    courseFeeDays: 5,
  },
  {
    person: 'k.nowak',
    host: 'torino',
    activityType: 'SM-JOB-SHDW',
    status: 'DRAFT',
    start: '2027-05-10',
    end: '2027-05-14',
    travelDays: 2,
  },
  {
    person: 'j.oezdemir',
    host: 'jyvaskyla',
    activityType: 'SM-TTA',
    status: 'DRAFT',
    start: '2027-06-07',
    end: '2027-06-11',
    travelDays: 2,
  },
  {
    person: 't.becker',
    host: 'torino',
    activityType: 'SM-JOB-SHDW',
    status: 'DECLINED',
    start: '2027-03-08',
    end: '2027-03-12',
    travelDays: 2,
  },
  {
    person: 'k.nowak',
    host: 'porto',
    activityType: 'SM-COUR-TRAIN',
    status: 'CANCELLED',
    start: '2026-11-02',
    end: '2026-11-06',
    travelDays: 2,
    courseFeeDays: 5,
    cancelled: {
      from: 'CONFIRMED',
      reason: 'Air traffic strike on the travel day; the course could not be reached.',
      forceMajeure: true,
    },
  },
  {
    person: 'jonas.weiss',
    host: 'torino',
    activityType: 'LM-SHORT-VET',
    status: 'CLOSED',
    start: '2026-09-07',
    end: '2026-10-02',
    travelDays: 2,
  },
  {
    person: 'noah.krueger',
    host: 'valencia',
    activityType: 'LM-SHORT-VET',
    status: 'AGREED',
    start: '2026-11-30',
    end: '2026-12-23',
    travelDays: 2,
  },
];

export const krakowPlans: DemoMobilityPlan[] = [
  {
    person: 'agnieszka.wojcik',
    host: 'porto',
    activityType: 'SM-COUR-TRAIN',
    status: 'COMPLETED',
    start: '2026-09-14',
    end: '2026-09-25',
    travelDays: 2,
    courseFeeDays: 10,
  },
  {
    person: 'pawel.kaminski',
    host: 'jyvaskyla',
    activityType: 'SM-JOB-SHDW',
    status: 'ONGOING',
    start: '2026-11-23',
    end: '2026-12-04',
    travelDays: 2,
  },
  {
    person: 'zofia.lewandowska',
    host: 'torino',
    activityType: 'SM-JOB-SHDW',
    status: 'CONFIRMED',
    start: '2027-02-15',
    end: '2027-02-19',
    travelDays: 2,
  },
  {
    person: 'michal.dabrowski',
    host: 'porto',
    activityType: 'SM-COUR-TRAIN',
    status: 'PROPOSED',
    start: '2027-03-15',
    end: '2027-03-19',
    travelDays: 2,
    courseFeeDays: 5,
  },
  {
    person: 'grazyna.sz',
    host: 'torino',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'AGREED',
    start: '2027-01-25',
    end: '2027-02-05',
    travelDays: 2,
  },
  {
    person: 'tomasz.zielinski',
    host: 'jyvaskyla',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'DRAFT',
    start: '2027-04-12',
    end: '2027-04-23',
    travelDays: 2,
  },
  {
    person: 'eleni.p',
    host: 'porto',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'PROPOSED',
    start: '2027-03-01',
    end: '2027-03-12',
    travelDays: 2,
  },
  {
    person: 'agca.sen',
    host: 'torino',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'DECLINED',
    start: '2027-02-01',
    end: '2027-02-12',
    travelDays: 2,
  },
  {
    person: 'agnieszka.wojcik',
    host: 'torino',
    activityType: 'SM-TTA',
    status: 'DRAFT',
    start: '2027-06-07',
    end: '2027-06-11',
    travelDays: 2,
  },
  {
    person: 'pawel.kaminski',
    host: 'porto',
    activityType: 'SM-COUR-TRAIN',
    status: 'COMPLETED',
    start: '2026-10-05',
    end: '2026-10-09',
    travelDays: 2,
    courseFeeDays: 5,
  },
  {
    person: 'zofia.lewandowska',
    host: 'jyvaskyla',
    activityType: 'SM-JOB-SHDW',
    status: 'CLOSED',
    start: '2026-09-07',
    end: '2026-09-11',
    travelDays: 2,
  },
  {
    person: 'michal.dabrowski',
    host: 'torino',
    activityType: 'SM-JOB-SHDW',
    status: 'CANCELLED',
    start: '2026-12-07',
    end: '2026-12-11',
    travelDays: 2,
    cancelled: { from: 'PROPOSED', reason: 'Staff shortage at the centre this term.', forceMajeure: false },
  },
  {
    person: 'grazyna.sz',
    host: 'porto',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'DRAFT',
    start: '2027-05-10',
    end: '2027-05-21',
    travelDays: 2,
  },
  {
    person: 'tomasz.zielinski',
    host: 'torino',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'ONGOING',
    start: '2026-11-23',
    end: '2026-12-11',
    travelDays: 2,
    green: true,
  },
  {
    person: 'eleni.p',
    host: 'jyvaskyla',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'CONFIRMED',
    start: '2027-01-11',
    end: '2027-01-22',
    travelDays: 2,
  },
  {
    person: 'agca.sen',
    host: 'porto',
    activityType: 'MOBILIS-LM-IND-ADU',
    status: 'AGREED',
    start: '2027-02-22',
    end: '2027-03-05',
    travelDays: 2,
  },
];

/** Where a demo mobility's learning agreement stands when the plan does not say. */
export function defaultAgreementStage(status: string): NonNullable<DemoMobilityPlan['agreement']> {
  if (status === 'CONFIRMED') return 'AWAITING_HOST';
  return ['AGREED', 'ONGOING', 'COMPLETED', 'CLOSED'].includes(status) ? 'AGREED' : 'NONE';
}

/** The events that led a mobility to its status, for a believable timeline. */
export function demoPathEvents(status: string, cancelledFrom?: string): string[] {
  const path: Record<string, string[]> = {
    DRAFT: [],
    PROPOSED: ['PLACEMENT_PROPOSED'],
    DECLINED: ['PLACEMENT_PROPOSED', 'PLACEMENT_DECLINED'],
    CONFIRMED: ['PLACEMENT_PROPOSED', 'PLACEMENT_CONFIRMED'],
    AGREED: ['PLACEMENT_PROPOSED', 'PLACEMENT_CONFIRMED', 'LEARNING_AGREEMENT_CONCLUDED'],
    ONGOING: [
      'PLACEMENT_PROPOSED',
      'PLACEMENT_CONFIRMED',
      'LEARNING_AGREEMENT_CONCLUDED',
      'ARRIVAL_CONFIRMED',
    ],
    COMPLETED: [
      'PLACEMENT_PROPOSED',
      'PLACEMENT_CONFIRMED',
      'LEARNING_AGREEMENT_CONCLUDED',
      'ARRIVAL_CONFIRMED',
      'DEPARTURE_CONFIRMED',
    ],
  };
  path.CLOSED = [...(path.COMPLETED ?? []), 'MOBILITY_CLOSED'];
  if (status === 'CANCELLED') return [...(path[cancelledFrom ?? 'DRAFT'] ?? []), 'MOBILITY_CANCELLED'];
  return path[status] ?? [];
}
