import { Button, Fieldset, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { OUTCOME_ACHIEVEMENTS } from '@mobilis/domain/host/host-inputs';
import { useTranslation } from 'react-i18next';

export interface OutcomeValues {
  title: string;
  /** One of OUTCOME_ACHIEVEMENTS, or `''` until the host chooses. */
  achievement: string;
  comment: string;
}

export interface OutcomeRowFieldsProps {
  /** 1-based, as the host reads it. */
  number: number;
  values: OutcomeValues;
  errorOf: (field: keyof OutcomeValues) => string | undefined;
  onChange: (field: keyof OutcomeValues, value: string) => void;
  onRemove: () => void;
}

/** One learning outcome: its title, how far it was achieved, and a comment. */
export function OutcomeRowFields({ number, values, errorOf, onChange, onRemove }: OutcomeRowFieldsProps) {
  const { t } = useTranslation('host');
  return (
    <Fieldset legend={t('placements.outcomes.outcome', { number })} variant="filled">
      <Stack gap="sm">
        <TextInput
          label={t('placements.outcomes.outcomeTitle')}
          required
          value={values.title}
          error={errorOf('title')}
          onChange={(event) => onChange('title', event.currentTarget.value)}
        />
        <Radio.Group
          label={t('placements.outcomes.achievement')}
          required
          value={values.achievement}
          onChange={(value) => onChange('achievement', value)}
          // The schema's code for a missing choice is INVALID_VALUE; say what to do instead.
          error={errorOf('achievement') ? t('placements.outcomes.chooseAchievement') : undefined}
        >
          <Group gap="md" mt={4} wrap="wrap">
            {OUTCOME_ACHIEVEMENTS.map((achievement) => (
              <Radio
                key={achievement}
                value={achievement}
                label={t(`placements.outcomes.achievements.${achievement}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('placements.outcomes.comment')}
          rows={1}
          resize="vertical"
          value={values.comment}
          error={errorOf('comment')}
          onChange={(event) => onChange('comment', event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={t('placements.outcomes.remove', { number })}
            onClick={onRemove}
          >
            {t('placements.outcomes.removeShort')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
