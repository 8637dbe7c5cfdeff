/** Viewers as the API returns them (every field any query here selects, with `__typename`). */

const organisation = (id: string, name: string, city: string, country: string) => ({
  __typename: 'Organisation',
  id,
  name,
  city,
  country,
});

export const rheinRuhr = organisation('org-rhein-ruhr', 'Berufskolleg Rhein-Ruhr', 'Essen', 'DE');
export const krakow = organisation('org-ced-krakow', 'Centrum Edukacji Dorosłych', 'Kraków', 'PL');
export const valencia = organisation('org-talleres', 'Talleres Valencia S.L.', 'Valencia', 'ES');

type Organisation = typeof rheinRuhr;

const membership = (role: 'ADMIN' | 'COORDINATOR' | 'HOST_CONTACT', org: Organisation) => ({
  __typename: 'Membership',
  role,
  organisation: org,
});

const viewer = (
  displayName: string,
  memberships: ReturnType<typeof membership>[],
  participantOf: Organisation[] = [],
  mobilities: unknown[] = [],
) => ({
  __typename: 'Viewer',
  id: `user-${displayName}`,
  displayName,
  email: `${displayName.toLowerCase().replace(/\s/g, '.')}@example.org`,
  locale: 'en',
  memberships,
  participants: participantOf.map((org, index) => ({
    __typename: 'Participant',
    id: `participant-${index}`,
    category: 'LEARNER',
    displayName,
    organisation: org,
  })),
  mobilities,
});

export const coordinator = viewer('Anna Becker', [membership('ADMIN', rheinRuhr)]);

export const twoOrganisationsCoordinator = viewer('Jan Nowak', [
  membership('ADMIN', rheinRuhr),
  membership('COORDINATOR', krakow),
]);

export const hostContact = viewer('Lucía Martínez', [membership('HOST_CONTACT', valencia)]);

export const learner = viewer('Lena Fischer', [], [rheinRuhr]);

/** The learner with these mobilities (`mobility()` of `mobility-fixtures.ts`) in `viewer.mobilities`. */
export const learnerWithMobilities = (mobilities: unknown[]) =>
  viewer('Lena Fischer', [], [rheinRuhr], mobilities);

/** The same viewer answers every viewer query of the app. */
export function viewerResult(value: ReturnType<typeof viewer> | null) {
  return { data: { __typename: 'Query', viewer: value } };
}
