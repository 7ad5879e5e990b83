import { Alert, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionForm } from '../components/ActionForm.tsx';
import { DataList } from '../components/DataList.tsx';
import { RouteLink } from '../components/Layout.tsx';
import { useConsole } from '../consoleContext.ts';
import { useAsync } from '../useAsync.ts';
import { caseLabel } from './caseLabel.ts';

const handlerCommands = new Set(['AssignHandler', 'UnassignHandler']);

/** The supervisor's cases with the handler actions the API offers on each (assign and unassign colleagues). */
export function Supervisor() {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [tick, setTick] = useState(0);
  const [minPosition, setMinPosition] = useState<string | undefined>(undefined);
  const cases = useAsync(async () => {
    const list = await api.listCases({ minPosition });
    const views = await Promise.all(list.cases.map((c) => api.getCase(c.relocationId)));
    return views
      .map((v) => v.view)
      .filter((v) => (v.availableActions ?? []).some((a) => handlerCommands.has(a.command)));
  }, [tick, minPosition]);

  return (
    <section aria-labelledby="supervisor-heading">
      <Heading level={1} data-size="lg" id="supervisor-heading">
        {t('supervisor.heading')}
      </Heading>
      <Paragraph>{t('supervisor.intro')}</Paragraph>
      {cases.error === undefined ? null : <Alert data-color="danger">{t('error.load')}</Alert>}
      {cases.data === undefined ? <Spinner aria-label={t('app.loading')} /> : null}
      {cases.data !== undefined && cases.data.length === 0 ? (
        <Paragraph>{t('supervisor.empty')}</Paragraph>
      ) : null}
      {(cases.data ?? []).map((view) => (
        <Card
          key={view.relocationId}
          data-color="neutral"
          className="supervisor-case"
          data-case={view.relocationId}
        >
          <Heading level={2} data-size="sm">
            <RouteLink to={{ name: 'case', id: view.relocationId }}>{caseLabel(view, t)}</RouteLink>
          </Heading>
          <Paragraph data-size="sm">{t(`status.${view.workflow?.status ?? 'unknown'}`)}</Paragraph>
          {view.handlers === undefined || view.handlers.length === 0 ? (
            <Paragraph data-size="sm">{t('supervisor.noHandlers')}</Paragraph>
          ) : (
            <DataList data={view.handlers} />
          )}
          <div className="supervisor-forms">
            {(view.availableActions ?? [])
              .filter((action) => handlerCommands.has(action.command))
              .map((action) => (
                <ActionForm
                  key={action.command}
                  action={action}
                  relocationId={view.relocationId}
                  revision={view.workflow?.revision}
                  onDone={(answer) => setMinPosition(answer.position)}
                  onConflict={() => setTick((n) => n + 1)}
                />
              ))}
          </div>
        </Card>
      ))}
    </section>
  );
}
