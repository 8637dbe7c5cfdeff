import { activityType } from '../catalogue/activity-type-catalogue';
import type { ActivityTypeCode } from '../catalogue/activity-type-codes';
import type { LearningAgreementContentInput } from './learning-agreement-content';

// Starting points for a coordinator's first draft, by the kind of activity: the outcomes and
// responsibilities most agreements of that kind contain, to be edited, never signed as they are.
const LEARNER_PLACEMENT: LearningAgreementContentInput = {
  learningOutcomes: [
    {
      id: 'work-tasks',
      title: 'Carry out the occupation’s core tasks in a real workplace abroad',
      kind: 'SKILLS',
      assessmentMethod: 'Observation by the workplace mentor',
    },
    {
      id: 'safety',
      title: 'Work to the host’s health and safety rules',
      kind: 'RESPONSIBILITY_AUTONOMY',
      assessmentMethod: 'Mentor’s confirmation',
    },
    {
      id: 'language',
      title: 'Communicate about work in the host country’s language',
      kind: 'SKILLS',
      assessmentMethod: 'Mentor’s assessment at the end',
    },
  ],
  recognition: 'Europass Mobility and recognition of the placement as part of the training programme.',
  monitoring: 'Weekly contact between the sending tutor, the participant and the host mentor.',
  responsibilities: {
    participant: 'Follow the programme and the host’s rules; keep a learning log; report at the end.',
    sending: 'Prepare the participant, monitor the stay and recognise the outcomes.',
    host: 'Provide the tasks and a mentor, and assess the outcomes at the end.',
  },
};

const STAFF_LEARNING: LearningAgreementContentInput = {
  learningOutcomes: [
    {
      id: 'practice',
      title: 'Observe and compare teaching or training practice at the host',
      kind: 'KNOWLEDGE',
      assessmentMethod: 'Reflection report',
    },
    {
      id: 'transfer',
      title: 'Plan how to apply what was learnt in the home organisation',
      kind: 'RESPONSIBILITY_AUTONOMY',
      assessmentMethod: 'Dissemination plan shared with colleagues',
    },
  ],
  recognition: 'Europass Mobility; recognised as professional development.',
  monitoring: 'Contact person at the host; debriefing with the sending coordinator.',
  responsibilities: { participant: null, sending: null, host: null },
};

/** A draft to start from for this activity type (learners: placement; staff and others: learning). */
export function learningAgreementTemplate(code: ActivityTypeCode): LearningAgreementContentInput {
  return activityType(code).category === 'LEARNER' ? LEARNER_PLACEMENT : STAFF_LEARNING;
}
