import { Alert, Card, Details, Heading, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderRow } from '../components/HeaderRow.tsx';
import { LedgerCard, TransferCard } from '../components/Responsibility.tsx';
import { rememberWrite, writtenPosition } from '../api/readYourWrites.ts';
import { ApiError } from '../api/apiError.ts';
import { subscribeToCaseChanges } from '../api/events.ts';
import type { CaseView, Reference } from '../api/types.ts';
import { tokenOf } from '../auth/session.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { DataList, Row } from '../components/DataList.tsx';
import { RouteLink } from '../components/Layout.tsx';
import { useConsole } from '../consoleContext.ts';
import {
  businessDaysTo,
  formatDate,
  formatDateTime,
  loadBusinessDays,
  municipalityName,
  organisationName,
} from '../format.ts';
import { useAsync } from '../useAsync.ts';
import { caseLabel } from './caseLabel.ts';

/** One case as this person's need-to-know view allows, its timeline, deadlines and the actions offered now. */
export function CaseScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { api, reference } = useConsole();
  // Read at least what this person wrote last (a case just created is then found, not "no such case").
  const [minPosition, setMinPosition] = useState<string | undefined>(() => writtenPosition(id));
  const [conflict, setConflict] = useState(false);
  // The last command this person sent from this page and the position of its answer (the success message names it).
  const [done, setDone] = useState<{ command: string; position: string } | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const [between, setBetween] = useState<((from: string, to: string) => number) | undefined>(undefined);
  const view = useAsync(() => api.getCase(id, minPosition), [id, minPosition, tick]);
  const history = useAsync(() => api.history(id, minPosition), [id, minPosition, tick]);
  const [now, setNow] = useState(() => new Date());
  // The matching helper: only when the API offers a proposal, the municipalities the domain says may be proposed
  const canPropose = (view.data?.view.availableActions ?? []).some(
    (a) => a.command === 'ProposeReceivingMunicipality',
  );
  const proposable = useAsync(
    async () => (canPropose ? api.proposable(id, minPosition) : undefined),
    [id, minPosition, tick, canPropose],
  );

  useEffect(() => {
    void loadBusinessDays().then((fn) => setBetween(() => fn));
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    subscribeToCaseChanges(
      tokenOf,
      (notice) => {
        if (notice.relocationId === id) {
          setMinPosition(notice.position);
          setTick((n) => n + 1);
        }
      },
      controller.signal,
    );
    return () => controller.abort();
  }, [id]);

  if (view.error instanceof ApiError && view.error.status === 404) {
    return (
      <section>
        <Heading level={1} data-size="lg">
          {t('case.notFoundHeading')}
        </Heading>
        <Paragraph>{t('case.notFound')}</Paragraph>
        <RouteLink to={{ name: 'inbox' }}>{t('case.backToInbox')}</RouteLink>
      </section>
    );
  }
  if (view.data === undefined) {
    return view.error === undefined ? (
      <Spinner aria-label={t('app.loading')} />
    ) : (
      <Alert data-color="danger">{t('error.load')}</Alert>
    );
  }
  const c: CaseView = view.data.view;
  const workflow = c.workflow;
  const revision = workflow?.revision;
  const actions = c.availableActions ?? [];

  return (
    <article aria-labelledby="case-heading" className="case">
      <Heading level={1} data-size="lg" id="case-heading">
        {caseLabel(c, t)}
      </Heading>
      <div className="case__tags">
        {workflow === undefined ? null : (
          <Tag data-color="info" data-testid="case-status">
            {t(`status.${workflow.status}`)}
          </Tag>
        )}
        {workflow?.urgency ? (
          <Tag data-color={workflow.urgency === 'acute' ? 'danger' : 'neutral'}>
            {t(`enum.${workflow.urgency}`)}
          </Tag>
        ) : null}
        <Tag data-color="neutral">{t(`participation.${c.participation}`)}</Tag>
        {workflow?.stalled ? <Tag data-color="warning">{t('case.stalled')}</Tag> : null}
      </div>
      {conflict ? (
        <Alert data-color="warning" role="alert" data-testid="conflict">
          <Heading level={2} data-size="xs">
            {t('case.conflictHeading')}
          </Heading>
          <Paragraph>{t('case.conflict')}</Paragraph>
        </Alert>
      ) : null}
      {done === undefined ? null : (
        <Alert data-color="success" role="status" data-position={done.position}>
          {t('case.done', {
            command: t(`command.${done.command}`, { defaultValue: t('command.unnamed') }),
          })}
        </Alert>
      )}
      {c.erased ? <Alert data-color="info">{t('case.erased')}</Alert> : null}

      <div className="case__grid">
        <div className="case__main">
          {workflow === undefined ? null : (
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                {t('case.overview')}
              </Heading>
              <dl className="data-list">
                <Row label={t('field.status')} value={t(`status.${workflow.status}`)} />
                <Row
                  label={t('field.sendingMunicipality')}
                  value={municipalityName(reference, workflow.sendingMunicipality)}
                />
                <Row
                  label={t('field.responsibleMunicipality')}
                  value={municipalityName(reference, workflow.responsibleMunicipality)}
                />
                <Row
                  label={t('field.consents')}
                  value={workflow.consents.map((p) => t(`enum.${p}`)).join(', ')}
                />
                {workflow.initiatedAt ? (
                  <Row
                    label={t('field.initiatedAt')}
                    value={formatDateTime(workflow.initiatedAt, i18n.language)}
                  />
                ) : null}
                {workflow.arrivedOn ? (
                  <Row label={t('field.arrivedOn')} value={formatDate(workflow.arrivedOn, i18n.language)} />
                ) : null}
              </dl>
            </Card>
          )}
          {c.identity === undefined ? null : (
            <Card data-color="neutral" data-testid="identity">
              <Heading level={2} data-size="sm">
                {t('case.identity')}
              </Heading>
              <DataList data={c.identity} />
            </Card>
          )}
          {c.identityHistory === undefined ? null : (
            // Only an assigned handler gets the identities before the current one (fingerade personuppgifter).
            <Card data-color="neutral" data-testid="identity-history">
              <Heading level={2} data-size="sm">
                {t('case.identityHistory')}
              </Heading>
              <DataList data={c.identityHistory} />
            </Card>
          )}
          {c.householdAndNeeds === undefined ? null : (
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                {t('case.household')}
              </Heading>
              <DataList
                data={{
                  ...c.householdAndNeeds.household,
                  needs: c.householdAndNeeds.needs,
                  // Each member by pseudonym; the identity only where the API included it (need to know).
                  ...(c.householdAndNeeds.members === undefined
                    ? {}
                    : { members: c.householdAndNeeds.members }),
                }}
              />
            </Card>
          )}
          {c.threat === undefined ? null : (
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                {t('case.threat')}
              </Heading>
              <DataList data={threatForDisplay(c.threat, reference)} />
            </Card>
          )}
          {c.receivingMunicipality === undefined ? null : (
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                {t('case.receiving')}
              </Heading>
              <dl className="data-list">
                <Row
                  label={t('field.proposed')}
                  value={municipalityName(reference, c.receivingMunicipality.proposed)}
                />
                <Row
                  label={t('field.accepted')}
                  value={municipalityName(reference, c.receivingMunicipality.accepted)}
                />
                <Row
                  label={t('field.declined')}
                  value={c.receivingMunicipality.declined
                    .map((m) => municipalityName(reference, m))
                    .join(', ')}
                />
                <Row
                  label={t('field.refused')}
                  value={c.receivingMunicipality.refused
                    .map((m) => municipalityName(reference, m))
                    .join(', ')}
                />
              </dl>
            </Card>
          )}
          {c.receptionPlan === undefined ? null : (
            <Card data-color="neutral" data-testid="reception-plan">
              <Heading level={2} data-size="sm">
                {t('case.receptionPlan')}
              </Heading>
              <DataList
                data={{
                  ...c.receptionPlan,
                  municipalityCode: municipalityName(reference, c.receptionPlan.municipalityCode),
                }}
              />
            </Card>
          )}
          {c.workflow === undefined ||
          (c.workflow.previousRelocationId === null && c.workflow.renewedRelocationId === null) ? null : (
            <Card data-color="neutral" data-testid="linked-cases">
              <Heading level={2} data-size="sm">
                {t('case.linked.heading')}
              </Heading>
              {c.workflow.previousRelocationId === null ? null : (
                <Paragraph>
                  <RouteLink to={{ name: 'case', id: c.workflow.previousRelocationId }}>
                    {t('case.linked.previous', { id: c.workflow.previousRelocationId.slice(0, 8) })}
                  </RouteLink>
                </Paragraph>
              )}
              {c.workflow.renewedRelocationId === null ? null : (
                <Paragraph>
                  <RouteLink to={{ name: 'case', id: c.workflow.renewedRelocationId }}>
                    {t('case.linked.renewed', { id: c.workflow.renewedRelocationId.slice(0, 8) })}
                  </RouteLink>
                </Paragraph>
              )}
              <Paragraph data-size="sm">{t('case.linked.note')}</Paragraph>
            </Card>
          )}
          {c.workflow === undefined ? null : <LedgerCard ledger={c.workflow.ledger} reference={reference} />}
          {c.workflow?.transfer === undefined || c.workflow.transfer === null ? null : (
            <TransferCard transfer={c.workflow.transfer} reference={reference} />
          )}
          {c.handlers === undefined || c.handlers.length === 0 ? null : (
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                {t('case.handlers')}
              </Heading>
              <DataList data={c.handlers.map((handler) => handler.userId)} />
            </Card>
          )}
          <section aria-labelledby="deadlines-heading">
            <Heading level={2} data-size="sm" id="deadlines-heading">
              {t('case.deadlines')}
            </Heading>
            {(workflow?.deadlines ?? []).length === 0 ? (
              <Paragraph>{t('case.noDeadlines')}</Paragraph>
            ) : (
              <Table>
                <HeaderRow
                  labels={[t('case.deadline'), t('case.awaited'), t('inbox.due'), t('case.countdown')]}
                />
                <Table.Body>
                  {(workflow?.deadlines ?? []).map((deadline) => {
                    // The API withholds the time (null) when it would tell a move date the caller may not see.
                    const dueAt = deadline.dueAt;
                    const days =
                      between === undefined || dueAt === null
                        ? undefined
                        : businessDaysTo(between, dueAt, now);
                    const hours =
                      dueAt === null ? 0 : Math.round((Date.parse(dueAt) - now.getTime()) / 3_600_000);
                    return (
                      <Table.Row key={deadline.deadlineId}>
                        <Table.Cell>{t(`deadline.${deadline.kind}`)}</Table.Cell>
                        <Table.Cell>
                          {organisationName(reference, deadline.awaited.organisationId)}
                        </Table.Cell>
                        <Table.Cell>
                          {dueAt === null ? t('case.timeWithheld') : formatDateTime(dueAt, i18n.language)}
                        </Table.Cell>
                        <Table.Cell>
                          {days === undefined ? null : deadline.overdue ? (
                            <Tag data-color="danger">
                              {t('inbox.overdue', { count: Math.max(0, -(days ?? 0)) })}
                            </Tag>
                          ) : (
                            <span>
                              {t('inbox.left', { count: Math.max(0, days ?? 0) })} (
                              {t('case.hoursLeft', { count: Math.max(0, hours) })})
                            </span>
                          )}
                          {deadline.escalationLevel > 0
                            ? ` · ${t('case.escalation', { level: deadline.escalationLevel })}`
                            : ''}
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            )}
          </section>

          <section aria-labelledby="timeline-heading">
            <Heading level={2} data-size="sm" id="timeline-heading">
              {t('case.timeline')}
            </Heading>
            <ol className="timeline" data-testid="timeline">
              {(history.data?.entries ?? []).map((entry) => (
                <li key={entry.revision}>
                  <strong>{t(`event.${entry.type}`, { defaultValue: entry.type })}</strong>
                  <span className="timeline__meta">
                    {t('case.byWhom', {
                      when: formatDateTime(entry.occurredAt, i18n.language),
                      organisation: organisationName(reference, entry.actor.organisationId),
                      role: t(`role.${entry.actor.role}`, { defaultValue: entry.actor.role }),
                      user: entry.actor.userId ?? t('case.userWithheld'),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="case__actions" aria-labelledby="actions-heading">
          <Heading level={2} data-size="sm" id="actions-heading">
            {t('case.actions')}
          </Heading>
          {actions.length === 0 ? <Paragraph data-size="sm">{t('case.noActions')}</Paragraph> : null}
          {actions.map((action) => (
            <Details key={action.command} data-command={action.command}>
              <Details.Summary>
                {t(`command.${action.command}`, { defaultValue: t('command.unnamed') })}
              </Details.Summary>
              <Details.Content>
                <ActionForm
                  action={action}
                  relocationId={c.relocationId}
                  revision={revision}
                  municipalityChoices={
                    action.command === 'ProposeReceivingMunicipality' ? (proposable.data ?? []) : undefined
                  }
                  onSending={() => {
                    // the message about an earlier command goes while this one is under way
                    setDone(undefined);
                    setConflict(false);
                  }}
                  onDone={(answer) => {
                    setConflict(false);
                    setDone({ command: action.command, position: answer.position });
                    rememberWrite(c.relocationId, answer.position);
                    setMinPosition(answer.position);
                    setTick((n) => n + 1);
                  }}
                  onConflict={() => {
                    setDone(undefined);
                    setConflict(true);
                    setTick((n) => n + 1);
                  }}
                />
              </Details.Content>
            </Details>
          ))}
        </aside>
      </div>
    </article>
  );
}

function threatForDisplay(threat: NonNullable<CaseView['threat']>, reference: Reference | undefined) {
  return {
    ...threat,
    ...(threat.exclusionZones === undefined
      ? {}
      : {
          exclusionZones: threat.exclusionZones.map((zone) =>
            zone.kind === 'county'
              ? (reference?.counties.find((c) => c.code === zone.code)?.name ?? zone.code)
              : municipalityName(reference, zone.code),
          ),
        }),
  };
}
