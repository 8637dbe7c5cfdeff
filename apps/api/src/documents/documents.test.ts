import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { aParticipant, aUser, TEST_PASSWORD } from '../../test/seed-builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { type TwoTenants, twoTenants } from '../../test/two-tenants';
import {
  CREATE_MOBILITY,
  PROPOSE,
  placementFacts,
  run,
} from '../modules/mobility/mobility-operations.test-helpers';

const SIGN = `mutation($input: SignLearningAgreementInput!) { signLearningAgreement(input: $input) { __typename ... on LearningAgreementPayload { mobility { version learningAgreement { proposal { hash } } } } } }`;
const signIn = async (api: TestApp, email: string) =>
  (
    await api.graphql('mutation($i: SignInInput!) { signIn(input: $i) { __typename } }', {
      i: { email, password: TEST_PASSWORD },
    })
  ).sessionCookie ?? '';

// Names in several European scripts must come out of the PDFs exactly as written.
describe('learning agreement and certificate PDFs', () => {
  let api: TestApp;
  let w: TwoTenants;
  let mobilityId: string;
  let cookies: { participant: string; sending: string; host: string; torino: string };

  beforeAll(async () => {
    api = await createTestApp();
    w = await twoTenants(api);
    const db = api.t.db;
    const lukasz = await aUser(db, { email: 'lukasz@example.org', displayName: 'Łukasz Żółć' });
    const participant = await aParticipant(db, w.essen, lukasz);
    await db
      .updateTable('participant')
      .set({ first_name: 'Łukasz', last_name: 'Żółć' })
      .where('id', '=', participant.id)
      .execute();
    await aUser(db, {
      email: 'agca@essen.example',
      displayName: 'Ağça Şen',
      memberOf: [{ organisation: w.essen, role: 'COORDINATOR' }],
    });
    await aUser(db, {
      email: 'soren@valencia.example',
      displayName: 'Søren Ødegård',
      memberOf: [{ organisation: w.valencia, role: 'HOST_CONTACT' }],
    });
    await aUser(db, {
      email: 'c@torino.example',
      memberOf: [{ organisation: w.torino, role: 'HOST_CONTACT' }],
    });
    cookies = {
      participant: await signIn(api, 'lukasz@example.org'),
      sending: await signIn(api, 'agca@essen.example'),
      host: await signIn(api, 'soren@valencia.example'),
      torino: await signIn(api, 'c@torino.example'),
    };
    const created = await run(
      api,
      CREATE_MOBILITY,
      {
        projectId: w.gid.essenProject,
        participantId: encodeGlobalID('Participant', participant.id),
        hostOrganisationId: w.gid.valencia,
        facts: placementFacts,
      },
      cookies.sending,
    );
    mobilityId = created.mobility?.id ?? '';
    await run(api, PROPOSE, { mobilityId, expectedVersion: 1 }, cookies.sending);
    await api.graphql(
      `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { __typename } }`,
      {
        input: {
          mobilityId,
          expectedVersion: 2,
          mentor: { name: 'Ελένη Γεωργίου', email: 'eleni@valencia.example' },
        },
      },
      { cookie: cookies.host },
    );
    const content = JSON.stringify({
      learningOutcomes: [{ id: 'a', title: 'Diagnose engine faults', kind: 'SKILLS' }],
      language: { language: 'es', cefrLevel: 'A2' },
    });
    const proposed = await api.graphql<{
      proposeLearningAgreement: { mobility: { learningAgreement: { proposal: { hash: string } } } };
    }>(
      `mutation($input: ProposeLearningAgreementInput!) { proposeLearningAgreement(input: $input) { ... on LearningAgreementPayload { mobility { learningAgreement { proposal { hash } } } } } }`,
      { input: { mobilityId, as: 'SENDING', content } },
      { cookie: cookies.sending },
    );
    const hash = proposed.data?.proposeLearningAgreement.mobility.learningAgreement.proposal.hash ?? '';
    for (const [as, cookie] of [
      ['PARTICIPANT', cookies.participant],
      ['SENDING', cookies.sending],
      ['HOST', cookies.host],
    ] as const) {
      const signed = await api.graphql<{ signLearningAgreement: { __typename: string } }>(
        SIGN,
        { input: { mobilityId, as, proposalHash: hash, position: 'Coordinator' } },
        { cookie },
      );
      expect(signed.data?.signLearningAgreement.__typename).toBe('LearningAgreementPayload');
    }
  });
  afterAll(() => api.close());

  const url = (doc: string) => `/documents/mobilities/${mobilityId}/${doc}`;
  const get = (doc: string, cookie?: string) =>
    api.app.inject({ url: url(doc), headers: cookie ? { cookie } : {} });

  it('renders the learning agreement with every party, the content and the signature times', async () => {
    const response = await get('learning-agreement.pdf', cookies.participant);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(response.rawPayload));
    for (const expected of [
      'Łukasz Żółć',
      'Ağça Şen',
      'Søren Ødegård',
      'Talleres Valencia',
      'Diagnose engine faults',
      'MOB-00001',
      w.essenProject.code,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('signed 2026-11-29T09:00:00.000Z');
  });

  it('serves the certificate only after completion, with the host’s assessment and the mentor in Greek', async () => {
    expect((await get('certificate.pdf', cookies.participant)).statusCode).toBe(409);
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'ONGOING' })
      .where('reference', '=', 'MOB-00001')
      .execute();
    const [row] = await api.t.db.selectFrom('mobility').select('version').execute();
    await api.graphql(
      `mutation($input: RecordOutcomesInput!) { recordOutcomes(input: $input) { __typename } }`,
      {
        input: {
          mobilityId,
          expectedVersion: row?.version,
          outcomes: [{ title: 'Diagnose engine faults', achievement: 'ACHIEVED' }],
          skills: { jobRelated: 'Fehlerdiagnose mit OBD – sehr selbstständig' },
        },
      },
      { cookie: cookies.host },
    );
    await api.t.db
      .updateTable('mobility')
      .set({ status: 'COMPLETED' })
      .where('reference', '=', 'MOB-00001')
      .execute();
    const response = await get('certificate.pdf', cookies.participant);
    expect(response.statusCode).toBe(200);
    const text = await pdfText(new Uint8Array(response.rawPayload));
    for (const expected of [
      'Łukasz Żółć',
      'Ελένη Γεωργίου',
      'Diagnose engine faults: achieved',
      'Fehlerdiagnose mit OBD – sehr selbstständig',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.each([
    ['another sending organisation', () => w.cookies.krakowAdmin],
    ['another host’s contact', () => cookies.torino],
    ['a signed-out visitor', () => undefined],
  ])('answers 404 to %s for both documents', async (_name, cookie) => {
    for (const doc of ['learning-agreement.pdf', 'certificate.pdf']) {
      expect((await get(doc, cookie())).statusCode).toBe(404);
    }
  });
});
