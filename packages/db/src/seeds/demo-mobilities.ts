import type { CountryCode } from '@mobilis/domain/countries/country-list';
import { mobilityGrant } from '@mobilis/domain/grant/mobility-grant';
import { learningAgreementTemplate } from '@mobilis/domain/learning-agreement/learning-agreement-templates';
import { mobilityInputSchema } from '@mobilis/domain/mobility/mobility-input';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { rateCardVersion, resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import type { Executor } from '../executor';
import { insertAuditEvent } from '../repositories/audit-event-repository';
import { insertMobility, listMobilitiesOfProject } from '../repositories/mobility-repository';
import type { Organisation } from '../repositories/organisation-repository';
import type { Participant } from '../repositories/participant-repository';
import { findProjectByCode, insertProject, type Project } from '../repositories/project-repository';
import { seedDemoLearningAgreement } from './demo-learning-agreements';
import { type DemoMobilityPlan, defaultAgreementStage, demoPathEvents } from './demo-mobility-plans';

const demoMentors: Record<
  DemoMobilityPlan['host'],
  { name: string; role: string; email: string; phone: string | null }
> = {
  valencia: {
    name: 'José Ángel Martínez Peña',
    role: 'Jefe de taller',
    email: 'mentor@talleres-valencia.example',
    phone: '+34 961 000 123',
  },
  torino: {
    name: 'Giulia Bianchi',
    role: 'Tutor aziendale',
    email: 'g.bianchi@cfp-torino.example',
    phone: null,
  },
  jyvaskyla: {
    name: 'Aino Mäki',
    role: 'Työpaikkaohjaaja',
    email: 'aino.maki@gradia.example',
    phone: '+358 40 000 1234',
  },
  porto: {
    name: 'João Gonçalves',
    role: 'Course director',
    email: 'joao@academia-sao-joao.example',
    phone: null,
  },
};

export interface DemoProjectSpec {
  code: string;
  title: string;
  startDate: string;
  endDate: string;
  awardedCents: Record<string, number>;
  overrides: object;
}

/** The project by code, created from the spec when missing (idempotent). */
export async function ensureDemoProject(
  db: Executor,
  organisationId: string,
  spec: DemoProjectSpec,
): Promise<Project> {
  const existing = await findProjectByCode(db, spec.code);
  if (existing) return existing;
  const [callYear, round, na, keyAction, field] = spec.code.split('-');
  const template = rateCardTemplateForCallYear(Number(callYear));
  if (!template) throw new Error(`No template for ${spec.code}`);
  return insertProject(db, {
    organisationId,
    code: spec.code,
    title: spec.title,
    action: `${keyAction}-${field}`,
    nationalAgency: na ?? '',
    callYear: Number(callYear),
    round: Number(round),
    startDate: spec.startDate,
    endDate: spec.endDate,
    awardedCents: spec.awardedCents,
    rateCardTemplateId: template.templateId,
    rateCardOverrides: spec.overrides,
    rateCardVersion: rateCardVersion(template, spec.overrides),
  });
}

function demoOutcomes(activityType: string) {
  const content = learningAgreementTemplate(activityType as never);
  return {
    outcomes: content.learningOutcomes.map((o, i) => ({
      title: o.title,
      achievement: i === 2 ? 'PARTLY_ACHIEVED' : 'ACHIEVED',
      comment: null,
    })),
    skills: {
      jobRelated: 'Worked independently on routine tasks after the first week.',
      language: 'Used the host language with customers and colleagues.',
      digital: null,
      organisational: 'Planned own daily tasks with the mentor.',
      communication: null,
      other: null,
    },
  };
}

// Steps the sending coordinator takes; the others are the host's or Mobilis's own.
const SENDER_EVENTS = new Set([
  'MOBILITY_CREATED',
  'PLACEMENT_PROPOSED',
  'MOBILITY_CANCELLED',
  'MOBILITY_CLOSED',
]);

const coords = (o: Organisation) =>
  o.latitude !== null && o.longitude !== null ? { latitude: o.latitude, longitude: o.longitude } : null;

/**
 * The project's demo mobilities with grants computed by the domain calculator from the project's
 * card, and the audit events of the path that led to each status. Skipped when the project
 * already has mobilities (idempotent).
 */
export async function seedDemoMobilities(
  db: Executor,
  context: {
    project: Project;
    sending: Organisation;
    hosts: Record<DemoMobilityPlan['host'], Organisation>;
    participants: Map<string, Participant>;
    actorUserId: string;
    actor: { name: string; email: string };
    plans: DemoMobilityPlan[];
  },
): Promise<void> {
  const { project, sending } = context;
  if ((await listMobilitiesOfProject(db, project.id)).length > 0) return;
  const template = rateCardTemplateForCallYear(project.callYear);
  if (!template) throw new Error(`No template for ${project.code}`);
  const rateCard = resolveRateCard(template, project.rateCardOverrides as never);
  for (const [index, plan] of context.plans.entries()) {
    const participant = context.participants.get(plan.person);
    const host = context.hosts[plan.host];
    if (!participant) throw new Error(`Demo participant ${plan.person} missing`);
    const facts = mobilityInputSchema.parse({
      activityType: plan.activityType,
      plannedStartDate: plan.start,
      plannedEndDate: plan.end,
      travelDays: plan.travelDays ?? 2,
      greenTravel: plan.green ?? false,
      courseFeeDays: plan.courseFeeDays ?? 0,
      forceMajeure: plan.cancelled?.forceMajeure ?? false,
    });
    const started = ['ONGOING', 'COMPLETED', 'CLOSED'].includes(plan.status);
    const finished = ['COMPLETED', 'CLOSED'].includes(plan.status);
    const dated = {
      ...facts,
      actualStartDate: started ? plan.start : null,
      actualEndDate: finished ? plan.end : null,
    };
    const { grant, computedDistanceKm } = mobilityGrant(dated, {
      callYear: project.callYear,
      rateCard,
      sending: { coordinates: coords(sending) },
      host: { country: host.country as CountryCode, coordinates: coords(host) },
    });
    // Demo history: each mobility was created some weeks before it starts.
    const created = new Date(Date.parse(`${plan.start}T09:00:00Z`) - (70 - index) * 86_400_000);
    const mobility = await insertMobility(
      db,
      {
        ...dated,
        organisationId: sending.id,
        projectId: project.id,
        participantId: participant.id,
        hostOrganisationId: host.id,
        status: plan.status,
        computedDistanceKm,
        grant,
        grantTotalCents: grant.totalCents,
        rateCardVersion: grant.rateCardVersion,
      },
      created,
    );
    const events = ['MOBILITY_CREATED', ...demoPathEvents(plan.status, plan.cancelled?.from)];
    for (const [step, action] of events.entries()) {
      await insertAuditEvent(db, {
        organisationId: sending.id,
        subjectType: 'MOBILITY',
        subjectId: mobility.id,
        action,
        actorUserId: SENDER_EVENTS.has(action) ? context.actorUserId : null,
        occurredAt: new Date(created.getTime() + step * 3 * 86_400_000),
        details:
          action === 'MOBILITY_CANCELLED'
            ? { reason: plan.cancelled?.reason, forceMajeure: plan.cancelled?.forceMajeure }
            : {},
      });
    }
    if (
      !['DRAFT', 'PROPOSED', 'DECLINED'].includes(plan.status) &&
      !(plan.cancelled && plan.cancelled.from === 'PROPOSED')
    ) {
      // Confirmed placements have the mentor the host named when accepting.
      await db
        .updateTable('mobility')
        .set({ host_mentor: JSON.stringify(demoMentors[plan.host]) })
        .where('id', '=', mobility.id)
        .execute();
    }
    const mentor = demoMentors[plan.host];
    await seedDemoLearningAgreement(
      db,
      mobility,
      plan.agreement ?? defaultAgreementStage(plan.status),
      {
        participant: `${participant.firstName} ${participant.lastName}`,
        sending: context.actor,
        host: { name: mentor.name, email: mentor.email },
      },
      created,
    );
    if (plan.status === 'COMPLETED' || plan.status === 'CLOSED') {
      // The host's assessment, which fills the certificate.
      await db
        .updateTable('mobility')
        .set({ outcomes: JSON.stringify(demoOutcomes(plan.activityType)) })
        .where('id', '=', mobility.id)
        .execute();
    }
    if (plan.cancelled) {
      await db
        .updateTable('mobility')
        .set({ cancellation_reason: plan.cancelled.reason, cancelled_from_status: plan.cancelled.from })
        .where('id', '=', mobility.id)
        .execute();
    }
  }
}
