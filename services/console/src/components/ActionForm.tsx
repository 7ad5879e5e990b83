import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiError.ts';
import type { AvailableAction, CommandAnswer } from '../api/types.ts';
import { useConsole } from '../consoleContext.ts';
import { newIdempotencyKey } from '../format.ts';
import { useAsync } from '../useAsync.ts';
import { cleanValue, initialValue, typeOf, unwrapNullable } from './schema.ts';
import { SchemaField } from './SchemaField.tsx';
import type { FieldContext } from './SchemaField.tsx';

interface ActionFormProps {
  readonly action: AvailableAction;
  readonly relocationId: string;
  /** The case's revision as the console last read it: sent as If-Match. */
  readonly revision: number | undefined;
  readonly municipalityChoices?: readonly string[] | undefined;
  /** The command is being sent (the page drops its message about an earlier one). */
  readonly onSending?: () => void;
  readonly onDone: (answer: CommandAnswer) => void;
  /** Someone else changed the case (409/412): the caller reloads and shows the new state. */
  readonly onConflict: () => void;
}

/** The path of an action with the case id filled in (`/v1/relocations/{id}/accept`). */
export const actionPath = (action: AvailableAction, relocationId: string): string =>
  action.path.replace(/\{id\}|:id/, encodeURIComponent(relocationId));

/**
 * One command the API offers this person now, as a form built from its input schema. Sends If-Match (the revision
 * shown) and an Idempotency-Key (one per attempt, kept for a retry of the same attempt); a 409/412 says that someone
 * else changed the case, validation errors appear at their fields.
 */
export function ActionForm({
  action,
  relocationId,
  revision,
  municipalityChoices,
  onSending,
  onDone,
  onConflict,
}: ActionFormProps) {
  const { t } = useTranslation();
  const { api, reference } = useConsole();
  const schema = unwrapNullable(action.inputSchema);
  const [value, setValue] = useState<unknown>(() => initialValue(schema));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  // A form naming a unit offers the register's units (the API checks the permit on the move date): a reception
  // plan's protected housing, or any unit for a direct placement.
  const schemaText = JSON.stringify(action.inputSchema);
  const namesProvider = schemaText.includes('"providerId"');
  const namesUnit = schemaText.includes('"unitId"');
  const providers = useAsync(
    async () =>
      namesProvider
        ? api.providers({ serviceType: 'protectedHousing' })
        : namesUnit
          ? api.providers()
          : undefined,
    [namesProvider, namesUnit],
  );
  const context: FieldContext = { errors, reference, municipalityChoices, providerChoices: providers.data };
  const properties = typeOf(schema) === 'object' ? Object.entries(schema.properties ?? {}) : [];
  const object = (value ?? {}) as Record<string, unknown>;
  const title = t(`command.${action.command}`, { defaultValue: t('command.unnamed') });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return; // one attempt at a time: a second press while the first is under way sends nothing
    onSending?.();
    setBusy(true);
    setFailure(undefined);
    setErrors({});
    try {
      const answer = await api.command(actionPath(action, relocationId), cleanValue(value) ?? {}, {
        ifMatch: revision === undefined ? undefined : `"${revision}"`,
        idempotencyKey,
      });
      setIdempotencyKey(newIdempotencyKey());
      setValue(initialValue(schema));
      onDone(answer);
    } catch (error) {
      if (error instanceof ApiError && error.isConcurrentChange) {
        setIdempotencyKey(newIdempotencyKey());
        onConflict();
      } else if (error instanceof ApiError) {
        const byField = error.fieldErrors();
        setErrors(byField);
        setFailure(t(`error.${error.code}`, { defaultValue: t('error.generic', { status: error.status }) }));
        if (Object.keys(byField).length === 0 && error.status >= 400 && error.status < 500) {
          // a rule refusal (422) or a refused role: the body said why, shown above the form
          setErrors({});
        }
      } else {
        setFailure(t('error.network'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="action-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      {properties.length === 0 ? <Paragraph data-size="sm">{t('form.noInput')}</Paragraph> : null}
      {properties.map(([key, property]) => (
        <SchemaField
          key={key}
          name={key}
          path={key}
          schema={property}
          value={object[key]}
          onChange={(inner) => setValue({ ...object, [key]: inner })}
          required={(schema.required ?? []).includes(key)}
          context={context}
        />
      ))}
      {failure === undefined ? null : (
        <Alert data-color="danger" role="alert">
          {failure}
        </Alert>
      )}
      <Button type="submit" disabled={busy} aria-busy={busy}>
        {title}
      </Button>
    </form>
  );
}
