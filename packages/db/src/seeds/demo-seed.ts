import type { Db } from '../client';
import type { Executor } from '../executor';
import { upsertMembership } from '../repositories/membership-repository';
import {
  insertHostPartnership,
  type Organisation,
  upsertOrganisationByOid,
} from '../repositories/organisation-repository';
import { type Participant, upsertParticipantByEmail } from '../repositories/participant-repository';
import { upsertUserByEmail } from '../repositories/user-repository';
import { ensureDemoProject, seedDemoMobilities } from './demo-mobilities';
import { essenPlans, krakowPlans } from './demo-mobility-plans';
import { demoOrganisations } from './demo-organisations';
import { type DemoPerson, essenPeople, krakowPeople } from './demo-people';
import { demoProjects } from './demo-projects';

export const DEMO_PASSWORD = 'mobilis-demo';

/** The demo sign-ins printed at start-up and listed in the README. */
export const demoSignIns = [
  {
    email: 'coordinator@rhein-ruhr.example',
    who: 'ADMIN of Berufskolleg Rhein-Ruhr (Essen, DE)',
    app: 'org',
  },
  {
    email: 'koordynator@ced-krakow.example',
    who: 'ADMIN of Centrum Edukacji Dorosłych (Kraków, PL)',
    app: 'org',
  },
  {
    email: 'mentor@talleres-valencia.example',
    who: 'HOST_CONTACT of Talleres Mecánicos Valencia (ES)',
    app: 'host',
  },
  { email: 'lena.fischer@rhein-ruhr.example', who: 'learner of Berufskolleg Rhein-Ruhr', app: 'participant' },
  {
    email: 'mia.schroeder@rhein-ruhr.example',
    who: 'learner, confirmed placement in València',
    app: 'participant',
  },
] as const;

export interface DemoSeedDeps {
  /** Password hashing belongs to the API's auth layer; the seed only stores the result. */
  hashPassword: (password: string) => Promise<string>;
}

/**
 * Loads the demo data set. Idempotent: every row is keyed by a natural key (OID, e-mail) and
 * left alone when it exists, so running it twice changes nothing.
 */
export async function seedDemoData(db: Db, deps: DemoSeedDeps): Promise<void> {
  const passwordHash = await deps.hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const org = {} as Record<keyof typeof demoOrganisations, Organisation>;
    for (const [key, value] of Object.entries(demoOrganisations)) {
      org[key as keyof typeof demoOrganisations] = await upsertOrganisationByOid(trx, value);
    }
    const user = (email: string, displayName: string, locale: string) =>
      upsertUserByEmail(trx, { email, displayName, passwordHash, locale });

    const sabine = await user('coordinator@rhein-ruhr.example', 'Sabine Müller-Lüdenscheidt', 'de');
    await upsertMembership(trx, { userId: sabine.id, organisationId: org.essen.id, role: 'ADMIN' });
    const jorg = await user('j.oezdemir@rhein-ruhr.example', 'Jörg Özdemir', 'de');
    await upsertMembership(trx, { userId: jorg.id, organisationId: org.essen.id, role: 'COORDINATOR' });

    const malgorzata = await user('koordynator@ced-krakow.example', 'Małgorzata Wiśniewska-Łęcka', 'en');
    await upsertMembership(trx, { userId: malgorzata.id, organisationId: org.krakow.id, role: 'ADMIN' });

    const jose = await user('mentor@talleres-valencia.example', 'José Ángel Martínez Peña', 'en');
    await upsertMembership(trx, { userId: jose.id, organisationId: org.valencia.id, role: 'HOST_CONTACT' });
    const aino = await user('aino.maki@gradia.example', 'Aino Mäki', 'en');
    await upsertMembership(trx, { userId: aino.id, organisationId: org.jyvaskyla.id, role: 'HOST_CONTACT' });

    const lena = await user('lena.fischer@rhein-ruhr.example', 'Lena Fischer', 'de');
    const mia = await user('mia.schroeder@rhein-ruhr.example', 'Mia Schröder', 'de');

    for (const host of [org.valencia, org.torino, org.jyvaskyla, org.porto]) {
      await insertHostPartnership(trx, org.essen.id, host.id);
    }
    for (const host of [org.torino, org.jyvaskyla, org.porto]) {
      await insertHostPartnership(trx, org.krakow.id, host.id);
    }
    const hosts = { valencia: org.valencia, torino: org.torino, jyvaskyla: org.jyvaskyla, porto: org.porto };
    const essenParticipants = await upsertPeople(trx, org.essen.id, essenPeople, {
      [lena.email]: lena.id,
      [mia.email]: mia.id,
    });
    const krakowParticipants = await upsertPeople(trx, org.krakow.id, krakowPeople, {});
    const essenProject = await ensureDemoProject(trx, org.essen.id, demoProjects.essen);
    const krakowProject = await ensureDemoProject(trx, org.krakow.id, demoProjects.krakow);
    await seedDemoMobilities(trx, {
      project: essenProject,
      sending: org.essen,
      hosts,
      participants: essenParticipants,
      actorUserId: sabine.id,
      actor: { name: sabine.displayName, email: sabine.email },
      plans: essenPlans,
    });
    await seedDemoMobilities(trx, {
      project: krakowProject,
      sending: org.krakow,
      hosts,
      participants: krakowParticipants,
      actorUserId: malgorzata.id,
      actor: { name: malgorzata.displayName, email: malgorzata.email },
      plans: krakowPlans,
    });
  });
}

/** Participants keyed by the local part of their e-mail (how the demo plans name them). */
async function upsertPeople(
  db: Executor,
  organisationId: string,
  people: DemoPerson[],
  userIds: Record<string, string>,
): Promise<Map<string, Participant>> {
  const byKey = new Map<string, Participant>();
  for (const person of people) {
    const participant = await upsertParticipantByEmail(db, {
      ...person,
      organisationId,
      userId: userIds[person.email] ?? null,
      fewerOpportunitiesJustification: person.fewerOpportunities
        ? 'Demo: economic barriers (family income below the regional threshold).'
        : null,
    });
    byKey.set(person.email.split('@')[0] ?? person.email, participant);
  }
  return byKey;
}
