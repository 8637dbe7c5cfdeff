import { useCallback, useState } from 'react';

export interface OrganisationChoice {
  id: string;
  name: string;
}

function readChoice(storageKey: string): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/**
 * Which of the viewer's organisations the app acts for: the remembered one if the viewer still has
 * it, else the first. `null` when the viewer has none for this app.
 */
export function useCurrentOrganisation<T extends OrganisationChoice>(
  storageKey: string,
  organisations: readonly T[],
): [current: T | null, select: (organisationId: string) => void] {
  const [chosenId, setChosenId] = useState(() => readChoice(storageKey));
  const current =
    organisations.find((organisation) => organisation.id === chosenId) ?? organisations[0] ?? null;
  const select = useCallback(
    (organisationId: string) => {
      try {
        localStorage.setItem(storageKey, organisationId);
      } catch {
        // Not remembering is acceptable; the choice still applies until the page is left.
      }
      setChosenId(organisationId);
    },
    [storageKey],
  );
  return [current, select];
}
