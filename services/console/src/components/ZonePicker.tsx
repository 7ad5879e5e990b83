import { Field, Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reference } from '../api/types.ts';

interface ZonePickerProps {
  readonly value: { kind?: string; code?: string };
  readonly onChange: (value: { kind?: string; code?: string }) => void;
  readonly reference: Reference | undefined;
  readonly error: string | undefined;
}

/** An exclusion zone: a county or a municipality, chosen by name (the API stores the code). */
export function ZonePicker({ value, onChange, reference, error }: ZonePickerProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const codeId = useId();
  const kind = value.kind ?? 'municipality';
  const places =
    kind === 'county'
      ? (reference?.counties ?? []).map((c) => ({ code: c.code, name: c.name }))
      : (reference?.municipalities ?? []).map((m) => ({ code: m.code, name: m.name }));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('field.zone')}</Fieldset.Legend>
      <Field>
        <Label htmlFor={kindId}>{t('field.kind')}</Label>
        <Select id={kindId} value={kind} onChange={(event) => onChange({ kind: event.target.value })}>
          <Select.Option value="municipality">{t('enum.municipality')}</Select.Option>
          <Select.Option value="county">{t('enum.county')}</Select.Option>
        </Select>
      </Field>
      <Field>
        <Label htmlFor={codeId}>{kind === 'county' ? t('field.county') : t('field.municipality')}</Label>
        <Select
          id={codeId}
          value={value.code ?? ''}
          onChange={(event) => onChange({ kind, code: event.target.value })}
          aria-invalid={error === undefined ? undefined : true}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {places.map((place) => (
            <Select.Option key={place.code} value={place.code}>
              {place.name}
            </Select.Option>
          ))}
        </Select>
        {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    </Fieldset>
  );
}
