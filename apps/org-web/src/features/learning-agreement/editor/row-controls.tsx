import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface RowControlsProps {
  index: number;
  count: number;
  /** The row's name for screen readers, e.g. "learning outcome 2". */
  rowName: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** Move a row of a list up or down, or remove it. */
export function RowControls({ index, count, rowName, onMove, onRemove }: RowControlsProps) {
  const { t } = useTranslation('org');
  return (
    <Group gap="xs" justify="flex-end">
      <Button
        variant="subtle"
        size="compact-sm"
        disabled={index === 0}
        aria-label={t('learningAgreement.editor.moveUpLabel', { row: rowName })}
        onClick={() => onMove(-1)}
      >
        {t('learningAgreement.editor.moveUp')}
      </Button>
      <Button
        variant="subtle"
        size="compact-sm"
        disabled={index === count - 1}
        aria-label={t('learningAgreement.editor.moveDownLabel', { row: rowName })}
        onClick={() => onMove(1)}
      >
        {t('learningAgreement.editor.moveDown')}
      </Button>
      <Button
        variant="subtle"
        color="red"
        size="compact-sm"
        aria-label={t('learningAgreement.editor.removeLabel', { row: rowName })}
        onClick={onRemove}
      >
        {t('learningAgreement.editor.remove')}
      </Button>
    </Group>
  );
}
