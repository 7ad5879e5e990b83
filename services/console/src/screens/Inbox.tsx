import {
  Alert,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderRow } from '../components/HeaderRow.tsx';
import { subscribeToCaseChanges } from '../api/events.ts';
import type { ListQuery } from '../api/api.ts';
import type { CaseSummary, Deadline } from '../api/types.ts';
import { tokenOf } from '../auth/session.ts';
import { RouteLink } from '../components/Layout.tsx';
import { useConsole } from '../consoleContext.ts';
import { businessDaysTo, formatDateTime, loadBusinessDays } from '../format.ts';
import { useAsync } from '../useAsync.ts';
import { caseLabel } from './caseLabel.ts';

interface InboxRow {
  readonly view: CaseSummary;
  /** The earliest open deadline this organisation owes, if any. */
  readonly owed: Deadline | undefined;
}

const statuses: readonly NonNullable<ListQuery['state']>[] = [
  'draft',
  'threatAssessment',
  'matching',
  'awaitingReceiverDecision',
  'destinationClearance',
  'awaitingArrival',
  'followUp',
  'suspended',
  'closed',
  'aborted',
  'withdrawn',
];
const urgencies: readonly NonNullable<ListQuery['urgency']>[] = ['acute', 'planned'];

/** A withheld due time (null) sorts last. */
const dueTime = (dueAt: string | null): number =>
  dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(dueAt);

/**
 * The cases this person's organisation takes part in, those where it owes the next step first (overdue first, then
 * by due time), with business days left or overdue. A notice on the events stream reloads the list.
 */
export function Inbox() {
  const { t, i18n } = useTranslation();
  const { api, session } = useConsole();
  const [state, setState] = useState<ListQuery['state']>(undefined);
  const [urgency, setUrgency] = useState<ListQuery['urgency']>(undefined);
  const [owedOnly, setOwedOnly] = useState(true);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [between, setBetween] = useState<((from: string, to: string) => number) | undefined>(undefined);
  const [live, setLive] = useState(0);
  const stateId = useId();
  const urgencyId = useId();
  const list = useAsync(() => api.listCases({ state, urgency }), [state, urgency, live]);

  useEffect(() => {
    void loadBusinessDays().then((fn) => setBetween(() => fn));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    subscribeToCaseChanges(
      tokenOf,
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => setLive((n) => n + 1), 150);
      },
      controller.signal,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, []);

  const now = new Date();
  const rows = useMemo<InboxRow[]>(() => {
    const all = (list.data?.cases ?? []).map((view) => {
      const owed = (view.workflow?.deadlines ?? [])
        .filter((deadline) => deadline.awaited.organisationId === session.organisationId)
        .sort((a, b) => dueTime(a.dueAt) - dueTime(b.dueAt))[0];
      return { view, owed };
    });
    return all
      .filter((row) => !owedOnly || row.owed !== undefined)
      .filter((row) => !overdueOnly || row.owed?.overdue === true)
      .sort((a, b) => {
        if (a.owed === undefined || b.owed === undefined) return a.owed === undefined ? 1 : -1;
        if (a.owed.overdue !== b.owed.overdue) return a.owed.overdue ? -1 : 1;
        return dueTime(a.owed.dueAt) - dueTime(b.owed.dueAt);
      });
  }, [list.data, owedOnly, overdueOnly, session.organisationId]);

  return (
    <section aria-labelledby="inbox-heading">
      <Heading level={1} data-size="lg" id="inbox-heading">
        {t('inbox.heading')}
      </Heading>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      <Fieldset className="filters">
        <Fieldset.Legend>{t('filters.legend')}</Fieldset.Legend>
        <div className="filters__row">
          <Field>
            <Label htmlFor={stateId}>{t('filters.state')}</Label>
            <Select
              id={stateId}
              value={state ?? ''}
              onChange={(event) => setState(statuses.find((s) => s === event.target.value))}
            >
              <Select.Option value="">{t('filters.all')}</Select.Option>
              {statuses.map((s) => (
                <Select.Option key={s} value={s}>
                  {t(`status.${s}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={urgencyId}>{t('filters.urgency')}</Label>
            <Select
              id={urgencyId}
              value={urgency ?? ''}
              onChange={(event) => setUrgency(urgencies.find((u) => u === event.target.value))}
            >
              <Select.Option value="">{t('filters.all')}</Select.Option>
              {urgencies.map((u) => (
                <Select.Option key={u} value={u}>
                  {t(`enum.${u}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Checkbox
            label={t('filters.owedOnly')}
            checked={owedOnly}
            onChange={(e) => setOwedOnly(e.target.checked)}
          />
          <Checkbox
            label={t('filters.overdueOnly')}
            checked={overdueOnly}
            onChange={(e) => setOverdueOnly(e.target.checked)}
          />
        </div>
      </Fieldset>
      <p className="visually-hidden" aria-live="polite">
        {list.loading ? '' : t('inbox.count', { count: rows.length })}
      </p>
      {list.error === undefined ? null : <Alert data-color="danger">{t('error.load')}</Alert>}
      {list.data === undefined && list.loading ? <Spinner aria-label={t('app.loading')} /> : null}
      {list.data !== undefined && rows.length === 0 ? <Paragraph>{t('inbox.empty')}</Paragraph> : null}
      {rows.length > 0 ? (
        <Table data-testid="inbox-table" className="wide-table">
          <caption className="visually-hidden">{t('inbox.heading')}</caption>
          <HeaderRow
            labels={[
              t('inbox.case'),
              t('inbox.state'),
              t('inbox.urgency'),
              t('inbox.nextStep'),
              t('inbox.due'),
              t('inbox.businessDays'),
            ]}
          />
          <Table.Body>
            {rows.map(({ view, owed }) => {
              const days =
                owed === undefined || owed.dueAt === null || between === undefined
                  ? undefined
                  : businessDaysTo(between, owed.dueAt, now);
              return (
                <Table.Row key={view.relocationId} data-case={view.relocationId}>
                  <Table.Cell>
                    <RouteLink to={{ name: 'case', id: view.relocationId }}>{caseLabel(view, t)}</RouteLink>
                  </Table.Cell>
                  <Table.Cell>{t(`status.${view.workflow?.status ?? 'unknown'}`)}</Table.Cell>
                  <Table.Cell>{view.workflow?.urgency ? t(`enum.${view.workflow.urgency}`) : ''}</Table.Cell>
                  <Table.Cell>
                    {owed === undefined ? t('inbox.nothingOwed') : t(`deadline.${owed.kind}`)}
                  </Table.Cell>
                  <Table.Cell>
                    {owed === undefined
                      ? ''
                      : owed.dueAt === null
                        ? t('case.timeWithheld')
                        : formatDateTime(owed.dueAt, i18n.language)}
                  </Table.Cell>
                  <Table.Cell>
                    {owed === undefined || days === undefined ? null : owed.overdue ? (
                      <Tag data-color="danger">
                        {t('inbox.overdue', { count: Math.max(0, -(days ?? 0)) })}
                      </Tag>
                    ) : (
                      <Tag data-color="info">{t('inbox.left', { count: Math.max(0, days ?? 0) })}</Tag>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      ) : null}
    </section>
  );
}
