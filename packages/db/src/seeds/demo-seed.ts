import type { Db } from '../client';
import { upsertMembership } from '../repositories/membership-repository';
import { upsertOrganisationByOid } from '../repositories/organisation-repository';
import { upsertParticipantByEmail } from '../repositories/participant-repository';
import { upsertUserByEmail } from '../repositories/user-repository';
import { demoOrganisations } from './demo-organisations';

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
    const org = {} as Record<keyof typeof demoOrganisations, { id: string }>;
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
    await upsertParticipantByEmail(trx, {
      organisationId: org.essen.id,
      userId: lena.id,
      firstName: 'Lena',
      lastName: 'Fischer',
      email: lena.email,
      category: 'LEARNER',
    });
  });
}
