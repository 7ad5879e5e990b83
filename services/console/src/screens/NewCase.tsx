import { Alert, Button, ErrorSummary, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../api/readYourWrites.ts';
import { ApiError } from '../api/apiError.ts';
import type { JsonSchema } from '../api/types.ts';
import { cleanValue, initialValue, unwrapNullable } from '../components/schema.ts';
import { SchemaField } from '../components/SchemaField.tsx';
import { useConsole } from '../consoleContext.ts';
import { newIdempotencyKey } from '../format.ts';
import { navigate } from '../routing/router.ts';
import { useAsync } from '../useAsync.ts';

/** The wizard's steps: each one property of the InitiateRelocation body, in this order. */
const steps = ['person', 'household', 'needs', 'urgency', 'exclusionZones'] as const;

/** Resolves a local `$ref` (`#/components/schemas/X`) against the OpenAPI document. */
function resolve(document: unknown, schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  let node: unknown = document;
  for (const part of schema.$ref.replace(/^#\//, '').split('/'))
    node = (node as Record<string, unknown>)[part];
  return resolve(document, node as JsonSchema);
}

/**
 * The new-case wizard of the sending caseworker. Its fields come from the API's own request schema (the OpenAPI
 * document), so the console holds no rules; the API's validation messages are shown at their fields.
 */
export function NewCase() {
  const { t } = useTranslation();
  const { api, reference } = useConsole();
  const schema = useAsync(async () => {
    const document = await api.openApi();
    const post = document.paths['/v1/relocations']?.post as
      { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } } | undefined;
    const body = post?.requestBody?.content?.['application/json']?.schema;
    if (body === undefined) throw new Error('no InitiateRelocation schema');
    const root = unwrapNullable(resolve(document, body));
    const properties: Record<string, JsonSchema> = {};
    for (const [key, value] of Object.entries(root.properties ?? {}))
      properties[key] = resolve(document, value);
    return { ...root, properties };
  }, []);
  const [step, setStep] = useState(0);
  const [value, setValue] = useState<Record<string, unknown> | undefined>(undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (schema.data !== undefined && value === undefined)
      setValue(initialValue(schema.data) as Record<string, unknown>);
  }, [schema.data, value]);
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  if (schema.error !== undefined) return <Alert data-color="danger">{t('error.load')}</Alert>;
  if (schema.data === undefined || value === undefined) return <Spinner aria-label={t('app.loading')} />;
  const root = schema.data;
  const name = steps[step] ?? 'person';
  const property = root.properties?.[name];
  const last = step === steps.length - 1;
  const errorEntries = Object.entries(errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!last) {
      setStep(step + 1);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await api.command('/v1/relocations', cleanValue(value), { idempotencyKey });
      rememberWrite(answer.relocationId, answer.position);
      navigate({ name: 'case', id: answer.relocationId }, { replace: true });
    } catch (error) {
      if (error instanceof ApiError) {
        const byField = error.fieldErrors();
        setErrors(byField);
        setFailure(t(`error.${error.code}`, { defaultValue: t('error.generic', { status: error.status }) }));
        const firstStep = steps.findIndex((s) =>
          Object.keys(byField).some((path) => path === s || path.startsWith(`${s}.`)),
        );
        if (firstStep >= 0) setStep(firstStep);
      } else setFailure(t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="wizard-heading">
      <Heading level={1} data-size="lg" id="wizard-heading">
        {t('newCase.heading')}
      </Heading>
      <ol className="wizard-steps" aria-label={t('newCase.steps')}>
        {steps.map((s, index) => (
          <li key={s} aria-current={index === step ? 'step' : undefined}>
            {t(`newCase.step.${s}`)}
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Heading level={2} data-size="md" tabIndex={-1} ref={headingRef}>
          {t('newCase.stepOf', { step: step + 1, total: steps.length, name: t(`newCase.step.${name}`) })}
        </Heading>
        <Paragraph>{t(`newCase.help.${name}`)}</Paragraph>
        {errorEntries.length > 0 ? (
          <ErrorSummary>
            <ErrorSummary.Heading>{t('newCase.fixErrors')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {errorEntries.map(([path, message]) => (
                <ErrorSummary.Item key={path}>
                  {t(
                    `field.${
                      path
                        .split('.')
                        .filter((p) => !/^\d+$/.test(p))
                        .pop() ?? 'unnamed'
                    }`,
                    { defaultValue: path },
                  )}
                  : {message}
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        ) : null}
        {property === undefined ? null : (
          <SchemaField
            name={name}
            path={name}
            schema={property}
            value={value[name]}
            onChange={(inner) => setValue({ ...value, [name]: inner })}
            required={(root.required ?? []).includes(name)}
            context={{ errors, reference }}
          />
        )}
        {failure === undefined ? null : (
          <Alert data-color="danger" role="alert">
            {failure}
          </Alert>
        )}
        <div className="wizard-buttons">
          {step > 0 ? (
            <Button type="button" variant="secondary" onClick={() => setStep(step - 1)}>
              {t('newCase.back')}
            </Button>
          ) : null}
          <Button type="submit" disabled={busy}>
            {last ? t('newCase.create') : t('newCase.next')}
          </Button>
        </div>
      </form>
    </section>
  );
}
