import { Alert, Anchor, Button, Group, Input, List, Stack, Text } from '@mantine/core';
import { parseCsvRecords } from '@mobilis/domain/participant/csv-records';
import { parseParticipantCsv } from '@mobilis/domain/participant/participant-csv-import';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { CsvRowErrorsTable, type CsvRowProblem } from './csv-row-errors-table';
import { participantCsvTemplateFileName, participantCsvTemplateHref } from './participant-csv-template';

const ImportParticipantsMutation = graphql(`
  mutation ImportParticipantsForm_ImportParticipants($input: ImportParticipantsInput!) {
    importParticipants(input: $input) {
      ... on ImportParticipantsPayload {
        importedCount
      }
      ... on CsvImportError {
        rowErrors {
          row
          column
          code
          message
        }
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

/** The chosen file as the browser read and checked it. */
interface CheckedFile {
  text: string;
  separator: ';' | ',';
  rows: number;
  errors: readonly CsvRowProblem[];
}

type Report =
  | { kind: 'browser'; errors: readonly CsvRowProblem[] }
  | { kind: 'server'; errors: readonly CsvRowProblem[] }
  | { kind: 'imported'; count: number }
  | null;

function checkFile(text: string): CheckedFile {
  const { separator, records } = parseCsvRecords(text);
  const result = parseParticipantCsv(text);
  return { text, separator, rows: Math.max(records.length - 1, 0), errors: result.ok ? [] : result.errors };
}

/**
 * Imports participants from a CSV file: read as UTF-8 text in the browser, checked there with the
 * API's own parser (separator, rows, every problem by row and column), then sent whole. The API
 * imports all rows or none and may still report rows (e.g. e-mails already taken).
 */
export function ImportParticipantsForm({
  organisationId,
  onImported,
}: {
  organisationId: string;
  onImported: () => void;
}) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const fileId = useId();
  const reportRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [{ fetching }, importParticipants] = useMutation(ImportParticipantsMutation);
  const [file, setFile] = useState<CheckedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<Report>(null);
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const show = (next: Report) => {
    setReport(next);
    // After React has rendered the report, move focus there so it is announced and in view.
    requestAnimationFrame(() => reportRef.current?.focus());
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    setReport(null);
    setProblem(null);
    setFileError(null);
    setFile(null);
    if (!chosen) return;
    try {
      const checked = checkFile(await chosen.text());
      setFile(checked);
      if (checked.errors.length > 0) show({ kind: 'browser', errors: checked.errors });
    } catch {
      setFileError(t('participants.csv.readFailed'));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) return setFileError(t('participants.csv.chooseFile'));
    if (file.errors.length > 0) return show({ kind: 'browser', errors: file.errors });
    const result = await importParticipants({ input: { organisationId, csv: file.text } });
    const payload = result.data?.importParticipants;
    switch (payload?.__typename) {
      case 'ImportParticipantsPayload':
        // The rows are in now: importing the same file again would only report taken e-mails.
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
        show({ kind: 'imported', count: payload.importedCount });
        onImported();
        return;
      case 'CsvImportError':
        return show({ kind: 'server', errors: payload.rowErrors });
      case 'NotFoundError':
        return setProblem({ kind: 'notFound' });
      default:
        setProblem({ kind: 'transport' });
    }
  };

  const descriptionId = `${fileId}-description`;
  const errorId = `${fileId}-error`;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="import-participants-title">
      <Stack gap="sm">
        <Text size="sm">{t('participants.csv.help')}</Text>
        <Text size="sm" c="dimmed">
          {t('participants.csv.specialCategory')}
        </Text>
        <Anchor href={participantCsvTemplateHref} download={participantCsvTemplateFileName} size="sm">
          {t('participants.csv.template')}
        </Anchor>
        <Input.Wrapper
          label={t('participants.csv.file')}
          labelProps={{ htmlFor: fileId }}
          description={t('participants.csv.fileDescription')}
          descriptionProps={{ id: descriptionId }}
          error={fileError}
          errorProps={{ id: errorId }}
        >
          <input
            ref={inputRef}
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? `${descriptionId} ${errorId}` : descriptionId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => void choose(event)}
            style={{ display: 'block', marginTop: 'var(--mantine-spacing-xs)' }}
          />
        </Input.Wrapper>
        {file ? (
          <List size="sm" aria-label={t('participants.csv.title')}>
            <List.Item>
              {t('participants.csv.separator', {
                separator: t(
                  file.separator === ';' ? 'participants.csv.semicolon' : 'participants.csv.comma',
                ),
              })}
            </List.Item>
            <List.Item>{t('participants.csv.rows', { rows: format.number(file.rows) })}</List.Item>
          </List>
        ) : null}
        {file && file.errors.length === 0 && report === null ? (
          <Text size="sm" c="green.9">
            {t('participants.csv.ready')}
          </Text>
        ) : null}
        <div ref={reportRef} tabIndex={-1} style={{ outline: 'none' }}>
          {report?.kind === 'imported' ? (
            <Alert role="status" color="green" variant="light">
              {report.count === 1
                ? t('participants.csv.importedOne')
                : t('participants.csv.imported', { number: format.number(report.count) })}
            </Alert>
          ) : report ? (
            <Stack gap="xs">
              <Alert role="alert" color="red" variant="light">
                {t(
                  report.kind === 'browser'
                    ? 'participants.csv.browserErrors'
                    : 'participants.csv.serverErrors',
                )}
              </Alert>
              <CsvRowErrorsTable errors={report.errors} />
            </Stack>
          ) : null}
        </div>
        <MutationProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('participants.csv.import')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
