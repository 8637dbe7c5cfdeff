import type { Client } from '@urql/core';
import { createContext, type ReactNode, use, useCallback, useState } from 'react';
import { Provider } from 'urql';

const ResetSessionContext = createContext<(() => void) | null>(null);

export interface SessionClientProviderProps {
  /** Makes a fresh urql client; called once on mount and again on every session reset. */
  createClient: () => Client;
  children: ReactNode;
}

/**
 * Provides the urql client and a way to replace it. Signing in or out swaps in a new client, so
 * nothing cached for one person (their viewer, their organisations) is ever shown to the next.
 */
export function SessionClientProvider({ createClient, children }: SessionClientProviderProps) {
  const [client, setClient] = useState(createClient);
  const resetSession = useCallback(() => setClient(createClient()), [createClient]);
  return (
    <ResetSessionContext value={resetSession}>
      <Provider value={client}>{children}</Provider>
    </ResetSessionContext>
  );
}

/** Drops every cached result by starting over with a new client. */
export function useResetSession(): () => void {
  const resetSession = use(ResetSessionContext);
  if (!resetSession) throw new Error('useResetSession needs a SessionClientProvider above it');
  return resetSession;
}
