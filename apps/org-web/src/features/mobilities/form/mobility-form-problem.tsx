import { List } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useTranslation } from 'react-i18next';
import type { ServerFieldError } from '../mobility-mutation-outcome';
import { useMobilityMessages } from '../use-mobility-messages';

/** Fields to fix (with the server's problems no field shows), or one sentence for anything else. */
export type MobilityFormProblemValue =
  | { readonly unshown: readonly ServerFieldError[] }
  | { readonly text: string };

/** Above the save button; takes focus when it appears, so keyboard users land on what to fix. */
export function MobilityFormProblem({ problem }: { problem: MobilityFormProblemValue | null }) {
  const { t } = useTranslation('org');
  const messages = useMobilityMessages();
  if (!problem) return null;
  return (
    <ErrorAlert title={null} focusOnMount>
      {'text' in problem ? problem.text : t('mobilities.form.fixFields')}
      {'unshown' in problem && problem.unshown.length > 0 ? (
        <List size="sm" mt="xs">
          {problem.unshown.map((error) => (
            <List.Item key={`${error.path.join('.')}:${error.code}`}>{messages.validation(error)}</List.Item>
          ))}
        </List>
      ) : null}
    </ErrorAlert>
  );
}
