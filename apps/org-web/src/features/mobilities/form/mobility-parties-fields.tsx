import { Fieldset, NativeSelect, Select, Stack } from '@mantine/core';
import { activityTypesForAction } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from './field-props';
import type { MobilityFormOptions } from './mobility-form-values';
import type { MobilityForm } from './use-mobility-form';

export interface MobilityPartiesFieldsProps {
  form: MobilityForm;
  options: MobilityFormOptions;
  /** A saved mobility stays in its project. */
  projectLocked: boolean;
  /** After the placement was proposed, the host only changes through a decline. */
  hostLocked: boolean;
}

/** Project, participant (searchable) and host institution (from the directory). */
export function MobilityPartiesFields({
  form,
  options,
  projectLocked,
  hostLocked,
}: MobilityPartiesFieldsProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const fields = useFieldProps(form);
  const { values } = form;

  return (
    <Fieldset legend={t('mobilities.form.partiesSection')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('mobilities.form.project')}
          description={projectLocked ? t('mobilities.form.projectLocked') : undefined}
          disabled={projectLocked}
          value={values.projectId}
          onChange={(event) => {
            const project = options.projects.find((candidate) => candidate.id === event.currentTarget.value);
            const allowed = project?.action ? activityTypesForAction(project.action) : [];
            // An activity the new project's action does not allow is cleared, not silently kept.
            const keep = allowed.some((type) => type.code === values.activityType);
            form.change({ projectId: event.currentTarget.value, ...(keep ? {} : { activityType: '' }) });
          }}
          onBlur={() => form.touch('projectId')}
          error={fields.error('projectId')}
          required
          data={[
            { value: '', label: t('mobilities.form.chooseProject'), disabled: true },
            ...options.projects.map((project) => ({
              value: project.id,
              label: t('mobilities.filters.projectOption', { code: project.code, title: project.title }),
            })),
          ]}
        />
        <Select
          label={t('mobilities.form.participant')}
          placeholder={t('mobilities.form.chooseParticipant')}
          searchable
          // Mantine keeps a closed list in the page (hidden), labelled like the field; unmounting it
          // leaves one element per label for assistive technology and for tests.
          comboboxProps={{ keepMounted: false }}
          nothingFoundMessage={t('mobilities.form.noParticipantFound')}
          value={values.participantId || null}
          onChange={(value) => form.change({ participantId: value ?? '' })}
          onBlur={() => form.touch('participantId')}
          error={fields.error('participantId')}
          required
          data={options.participants.map((participant) => ({
            value: participant.id,
            label: t('mobilities.form.participantOption', {
              name: participant.displayName,
              category: t(`mobilities.form.participantCategories.${participant.category}`),
            }),
          }))}
        />
        <NativeSelect
          label={t('mobilities.form.host')}
          description={
            hostLocked
              ? t('mobilities.form.hostLocked')
              : options.hosts.length === 0
                ? t('mobilities.form.noHosts')
                : undefined
          }
          disabled={hostLocked}
          value={values.hostOrganisationId}
          onChange={(event) => form.change({ hostOrganisationId: event.currentTarget.value })}
          onBlur={() => form.touch('hostOrganisationId')}
          error={fields.error('hostOrganisationId')}
          required
          data={[
            { value: '', label: t('mobilities.form.chooseHost'), disabled: true },
            ...options.hosts.map((host) => ({
              value: host.id,
              label: t('mobilities.form.hostOption', {
                name: host.name,
                city: host.city,
                country: format.country(host.country),
              }),
            })),
          ]}
        />
      </Stack>
    </Fieldset>
  );
}
