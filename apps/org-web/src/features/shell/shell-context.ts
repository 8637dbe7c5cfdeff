import { useOutletContext } from 'react-router';

/** What the signed-in shell hands to the pages inside it. */
export interface ShellContext {
  /** The organisation the viewer is acting for (chosen in the header). */
  organisationId: string;
}

export function useShellContext(): ShellContext {
  return useOutletContext<ShellContext>();
}
