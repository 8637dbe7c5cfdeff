import { insertHostPartnership } from '@mobilis/db/repositories/organisation-repository';
import { insertProject } from '@mobilis/db/repositories/project-repository';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { rateCardVersion } from '@mobilis/domain/rate-card/resolve-rate-card';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { anOrganisation, aParticipant, aUser, TEST_PASSWORD } from './seed-builders';
import type { TestApp } from './test-app';

/**
 * Two sending organisations that must never see each other's data (Essen and Kraków), hosts in
 * their directories, a project and participants each, and signed-in users in every role.
 */
export async function twoTenants(api: TestApp) {
  const db = api.t.db;
  const essen = await anOrganisation(db, {
    name: 'Berufskolleg Essen',
    country: 'DE',
    city: 'Essen',
    latitude: 51.4431,
    longitude: 7.0279,
  });
  const krakow = await anOrganisation(db, {
    name: 'Centrum Kraków',
    type: 'ADULT_EDUCATION',
    country: 'PL',
    city: 'Kraków',
    latitude: 50.0686,
    longitude: 19.9384,
  });
  const valencia = await anOrganisation(db, {
    name: 'Talleres Valencia',
    type: 'COMPANY',
    country: 'ES',
    city: 'València',
    latitude: 39.4699,
    longitude: -0.3763,
  });
  const torino = await anOrganisation(db, {
    name: 'CFP Torino',
    type: 'TRAINING_CENTRE',
    country: 'IT',
    city: 'Torino',
    latitude: 45.0451,
    longitude: 7.6717,
  });
  await insertHostPartnership(db, essen.id, valencia.id);
  await insertHostPartnership(db, essen.id, torino.id);
  await insertHostPartnership(db, krakow.id, torino.id);

  const users = {
    essenAdmin: await aUser(db, {
      email: 'admin@essen.example',
      displayName: 'Essen Admin',
      memberOf: [{ organisation: essen, role: 'ADMIN' }],
    }),
    essenCoordinator: await aUser(db, {
      email: 'coord@essen.example',
      memberOf: [{ organisation: essen, role: 'COORDINATOR' }],
    }),
    krakowAdmin: await aUser(db, {
      email: 'admin@krakow.example',
      memberOf: [{ organisation: krakow, role: 'ADMIN' }],
    }),
    valenciaContact: await aUser(db, {
      email: 'mentor@valencia.example',
      memberOf: [{ organisation: valencia, role: 'HOST_CONTACT' }],
    }),
  };
  const template = rateCardTemplateForCallYear(2026);
  if (!template) throw new Error('no 2026 template');
  const project = (organisationId: string, code: string, action: string) =>
    insertProject(db, {
      organisationId,
      code,
      title: `Project ${code}`,
      action,
      nationalAgency: code.slice(7, 11),
      callYear: 2026,
      round: 1,
      startDate: '2026-06-01',
      endDate: '2027-11-30',
      awardedCents: { TRAVEL: 500_000, INDIVIDUAL_SUPPORT: 2_000_000, ORGANISATIONAL_SUPPORT: 300_000 },
      rateCardTemplateId: template.templateId,
      rateCardOverrides: null,
      rateCardVersion: rateCardVersion(template, null),
    });
  const essenProject = await project(essen.id, '2026-1-DE02-KA122-VET-000111111', 'KA122-VET');
  const krakowProject = await project(krakow.id, '2026-1-PL01-KA122-ADU-000222222', 'KA122-ADU');
  const essenLearner = await aParticipant(db, essen);
  const krakowLearner = await aParticipant(db, krakow);

  const cookies: Record<keyof typeof users, string> = {} as never;
  for (const [key, user] of Object.entries(users)) {
    const response = await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
      i: { email: user.email, password: TEST_PASSWORD },
    });
    if (!response.sessionCookie) throw new Error(`sign-in failed for ${user.email}`);
    cookies[key as keyof typeof users] = response.sessionCookie;
  }
  const gid = {
    essen: encodeGlobalID('Organisation', essen.id),
    krakow: encodeGlobalID('Organisation', krakow.id),
    valencia: encodeGlobalID('Organisation', valencia.id),
    torino: encodeGlobalID('Organisation', torino.id),
    essenProject: encodeGlobalID('Project', essenProject.id),
    krakowProject: encodeGlobalID('Project', krakowProject.id),
    essenLearner: encodeGlobalID('Participant', essenLearner.id),
    krakowLearner: encodeGlobalID('Participant', krakowLearner.id),
  };
  return {
    essen,
    krakow,
    valencia,
    torino,
    users,
    cookies,
    essenProject,
    krakowProject,
    essenLearner,
    krakowLearner,
    gid,
  };
}

export type TwoTenants = Awaited<ReturnType<typeof twoTenants>>;

/** A row-level fingerprint of every table, to prove a refused call changed nothing. */
export async function databaseFingerprint(api: TestApp): Promise<string> {
  const tables = [
    'organisation',
    'host_partnership',
    'contact_person',
    'project',
    'participant',
    'mobility',
    'audit_event',
  ] as const;
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await api.t.db.selectFrom(table).selectAll().execute();
    parts.push(JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
  }
  return parts.join('|');
}
