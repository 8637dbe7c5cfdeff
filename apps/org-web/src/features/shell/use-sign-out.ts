import { isUnauthenticatedError } from '@mobilis/web-client/unauthenticated-error';
import { startTransition, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { useResetSession } from '../session/session-client-provider';

const SignOutMutation = graphql(`
  mutation UseSignOut_SignOut {
    signOut {
      signedOut
    }
  }
`);

/** Ends the session on the server, forgets everything cached, and returns to the sign-in page. */
export function useSignOut() {
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const run = async () => {
    setFailed(false);
    const result = await signOut({});
    // Already signed out on the server is as good as signed out now.
    if (result.error && !isUnauthenticatedError(result.error)) {
      setFailed(true);
      return;
    }
    await navigate('/sign-in', { replace: true });
    // Swap the client only once the signed-in pages are on their way out, or they would query
    // again with the fresh client before the sign-in page replaces them.
    startTransition(resetSession);
  };
  return { signOut: () => void run(), signingOut: fetching, signOutFailed: failed };
}
