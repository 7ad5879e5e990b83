import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Spinner,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderRow } from '../components/HeaderRow.tsx';
import { ApiError } from '../api/apiError.ts';
import type { VerifyReport } from '../api/types.ts';
import { useConsole } from '../consoleContext.ts';
import { formatDateTime } from '../format.ts';
import { useAsync } from '../useAsync.ts';

const fields = ['userId', 'organisationId', 'relocationId', 'from', 'to'] as const;
type Filters = Record<(typeof fields)[number], string>;

/** The auditor: who read which case, which view and when; and the verify button over both hash chains. */
export function Audit() {
  const { t, i18n } = useTranslation();
  const { api } = useConsole();
  const empty: Filters = { userId: '', organisationId: '', relocationId: '', from: '', to: '' };
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const log = useAsync(() => api.accessLog(toQuery(filters)), [filters]);
  const [verify, setVerify] = useState<VerifyReport | undefined>(undefined);
  const [verifying, setVerifying] = useState(false);
  const [verifyFailed, setVerifyFailed] = useState(false);
  const fieldErrors = log.error instanceof ApiError ? log.error.fieldErrors() : {};

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  const runVerify = async () => {
    setVerifying(true);
    setVerifyFailed(false);
    try {
      setVerify(await api.verify());
    } catch {
      setVerifyFailed(true);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <section aria-labelledby="audit-heading">
      <Heading level={1} data-size="lg" id="audit-heading">
        {t('audit.heading')}
      </Heading>
      <Heading level={2} data-size="md">
        {t('audit.verifyHeading')}
      </Heading>
      <Paragraph>{t('audit.verifyIntro')}</Paragraph>
      <Button onClick={() => void runVerify()} disabled={verifying} data-testid="verify">
        {t('audit.verify')}
      </Button>
      <div aria-live="polite">
        {verifying ? <Spinner aria-label={t('app.loading')} /> : null}
        {verifyFailed ? <Alert data-color="danger">{t('error.load')}</Alert> : null}
        {verify === undefined ? null : (
          <Alert data-color={verify.ok ? 'success' : 'danger'} data-testid="verify-result">
            {verify.ok
              ? t('audit.verifyOk', {
                  streams: verify.eventStore.streamsChecked,
                  events: verify.eventStore.eventsChecked,
                  entries: verify.accessLog.entriesChecked,
                })
              : t('audit.verifyProblems', {
                  count: verify.eventStore.problems.length + verify.accessLog.problems.length,
                })}
          </Alert>
        )}
      </div>

      <Heading level={2} data-size="md">
        {t('audit.logHeading')}
      </Heading>
      <form onSubmit={search}>
        <Fieldset className="filters">
          <Fieldset.Legend>{t('filters.legend')}</Fieldset.Legend>
          <div className="filters__row">
            {fields.map((field) => (
              <Textfield
                key={field}
                label={t(`audit.filter.${field}`)}
                description={field === 'from' || field === 'to' ? t('audit.instantHelp') : undefined}
                value={draft[field]}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                error={fieldErrors[`query.${field}`] ?? fieldErrors[field]}
              />
            ))}
            <Button type="submit" variant="secondary">
              {t('audit.search')}
            </Button>
          </div>
        </Fieldset>
      </form>
      {log.error !== undefined && Object.keys(fieldErrors).length === 0 ? (
        <Alert data-color="danger">{t('error.load')}</Alert>
      ) : null}
      {log.data === undefined && log.loading ? <Spinner aria-label={t('app.loading')} /> : null}
      {log.data !== undefined ? (
        <Table data-testid="access-log" className="wide-table">
          <caption>{t('audit.count', { count: log.data.entries.length })}</caption>
          <HeaderRow
            labels={[
              t('audit.at'),
              t('audit.filter.userId'),
              t('audit.filter.organisationId'),
              t('audit.role'),
              t('audit.filter.relocationId'),
              t('audit.view'),
            ]}
          />
          <Table.Body>
            {log.data.entries.map((entry) => (
              <Table.Row key={String(entry.seq)}>
                <Table.Cell>{entry.at ? formatDateTime(entry.at, i18n.language) : ''}</Table.Cell>
                <Table.Cell>{entry.userId}</Table.Cell>
                <Table.Cell>{entry.organisationId}</Table.Cell>
                <Table.Cell>
                  {t(`role.${String(entry.role)}`, { defaultValue: String(entry.role) })}
                </Table.Cell>
                <Table.Cell>{entry.relocationId}</Table.Cell>
                <Table.Cell>
                  {t(`audit.views.${String(entry.view)}`, { defaultValue: String(entry.view) })}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </section>
  );
}

function toQuery(filters: Filters): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const field of fields) if (filters[field].trim() !== '') query[field] = filters[field].trim();
  return query;
}
