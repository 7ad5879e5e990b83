import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonSchema, ProviderUnit, Reference } from '../api/types.ts';
import { discriminatedUnion, initialValue, isZone, typeOf, unwrapNullable } from './schema.ts';
import { ZonePicker } from './ZonePicker.tsx';

export interface FieldContext {
  /** Validation messages from the API, by field path (`person.name`, `exclusionZones.0.code`). */
  readonly errors: Readonly<Record<string, string>>;
  readonly reference: Reference | undefined;
  /** Municipality codes a `municipalityCode` field may offer (the matching helper); all when absent. */
  readonly municipalityChoices?: readonly string[] | undefined;
  /** The provider register's units a `providerId` or `unitId` field offers; a text field when absent. */
  readonly providerChoices?: readonly ProviderUnit[] | undefined;
}

interface SchemaFieldProps {
  readonly name: string;
  readonly path: string;
  readonly schema: JsonSchema;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly required: boolean;
  readonly context: FieldContext;
}

/** One field of a command's input, rendered from its JSON Schema; labels and choices come from the translations. */
export function SchemaField(props: SchemaFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { name, path, value, onChange, context } = props;
  const schema = unwrapNullable(props.schema);
  const label = t(`field.${name}`, { defaultValue: t('field.unnamed') });
  const error = context.errors[path];
  const type = typeOf(schema);

  const municipalityField = name === 'municipalityCode' || name.endsWith('MunicipalityCode');
  if (municipalityField || (name === 'code' && path.endsWith('municipality'))) {
    const all = context.reference?.municipalities ?? [];
    // The matching helper's choices are for the proposal (`municipalityCode`); other fields offer every one.
    const allowed = name === 'municipalityCode' ? context.municipalityChoices : undefined;
    const choices = all.filter((m) => allowed === undefined || allowed.includes(m.code));
    return (
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Select
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          required={props.required}
          aria-invalid={error === undefined ? undefined : true}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {choices.map((m) => (
            <Select.Option key={m.code} value={m.code}>
              {m.name}
            </Select.Option>
          ))}
        </Select>
        {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }

  if ((name === 'providerId' || name === 'unitId') && context.providerChoices !== undefined) {
    const municipalities = context.reference?.municipalities ?? [];
    const place = (code: string) => municipalities.find((m) => m.code === code)?.name ?? code;
    return (
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Select
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          required={props.required}
          aria-invalid={error === undefined ? undefined : true}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {context.providerChoices.map((unit) => (
            <Select.Option key={unit.id} value={unit.id}>
              {t(unit.mayOperateToday ? 'providers.option' : 'providers.optionNotOperating', {
                name: unit.name,
                municipality: place(unit.premisesMunicipality),
              })}
            </Select.Option>
          ))}
        </Select>
        {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }

  if (isZone(schema) && type === 'object') {
    return (
      <ZonePicker
        value={(value ?? {}) as { kind?: string; code?: string }}
        onChange={onChange}
        reference={context.reference}
        error={error ?? context.errors[`${path}.code`]}
      />
    );
  }

  const union = type === 'object' ? discriminatedUnion(schema) : undefined;
  if (union !== undefined) {
    const object = (value ?? {}) as Record<string, unknown>;
    const chosen = union.alternatives.find((alternative) => alternative.value === object[union.key]);
    return (
      <Fieldset>
        <Fieldset.Legend>{label}</Fieldset.Legend>
        <Field>
          <Label htmlFor={id}>{t(`field.${union.key}`, { defaultValue: union.key })}</Label>
          <Select
            id={id}
            value={typeof object[union.key] === 'string' ? (object[union.key] as string) : ''}
            onChange={(event) =>
              onChange(event.target.value === '' ? {} : { [union.key]: event.target.value })
            }
            aria-invalid={context.errors[`${path}.${union.key}`] === undefined ? undefined : true}
          >
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {union.alternatives.map((alternative) => (
              <Select.Option key={alternative.value} value={alternative.value}>
                {t(`enum.${alternative.value}`, { defaultValue: alternative.value })}
              </Select.Option>
            ))}
          </Select>
          {context.errors[`${path}.${union.key}`] === undefined ? null : (
            <ValidationMessage>{context.errors[`${path}.${union.key}`]}</ValidationMessage>
          )}
        </Field>
        {Object.entries(chosen?.schema.properties ?? {}).map(([key, property]) => (
          <SchemaField
            key={key}
            name={key}
            path={`${path}.${key}`}
            schema={property}
            value={object[key]}
            onChange={(inner) => onChange({ ...object, [key]: inner })}
            required={(chosen?.schema.required ?? []).includes(key)}
            context={context}
          />
        ))}
        {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
      </Fieldset>
    );
  }

  switch (type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const object = (value ?? {}) as Record<string, unknown>;
      return (
        <Fieldset>
          <Fieldset.Legend>{label}</Fieldset.Legend>
          {properties.map(([key, property]) => (
            <SchemaField
              key={key}
              name={key}
              path={path === '' ? key : `${path}.${key}`}
              schema={property}
              value={object[key]}
              onChange={(inner) => onChange({ ...object, [key]: inner })}
              required={(schema.required ?? []).includes(key)}
              context={context}
            />
          ))}
          {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    }
    case 'array': {
      const items = unwrapNullable(schema.items ?? {});
      const list = Array.isArray(value) ? (value as unknown[]) : [];
      if (items.enum !== undefined) {
        return (
          <Fieldset>
            <Fieldset.Legend>{label}</Fieldset.Legend>
            {items.enum.map((option) => (
              <Checkbox
                key={String(option)}
                label={t(`enum.${String(option)}`, { defaultValue: String(option) })}
                value={String(option)}
                checked={list.includes(option)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...list, option] : list.filter((item) => item !== option))
                }
              />
            ))}
            {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
          </Fieldset>
        );
      }
      if (typeOf(items) === 'object') {
        return (
          <Fieldset>
            <Fieldset.Legend>{label}</Fieldset.Legend>
            {list.map((item, index) => (
              <div className="repeat-row" key={index}>
                <SchemaField
                  name={isZone(items) ? 'zone' : 'item'}
                  path={`${path}.${index}`}
                  schema={items}
                  value={item}
                  onChange={(inner) => onChange(list.map((old, i) => (i === index ? inner : old)))}
                  required
                  context={context}
                />
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => onChange(list.filter((_, i) => i !== index))}
                >
                  {t('form.remove', { number: index + 1 })}
                </Button>
              </div>
            ))}
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => onChange([...list, initialValue(items)])}
            >
              {t('form.add', { what: label })}
            </Button>
            {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
          </Fieldset>
        );
      }
      const numeric = typeOf(items) === 'number' || typeOf(items) === 'integer';
      return (
        <Textfield
          label={label}
          description={t('form.listDescription')}
          value={list.join(', ')}
          onChange={(event) => {
            const parts = event.target.value.split(',').map((part) => part.trim());
            onChange(
              parts
                .filter((part) => part !== '')
                .map((part) => (numeric && /^-?\d+(\.\d+)?$/.test(part) ? Number(part) : part)),
            );
          }}
          error={error}
        />
      );
    }
    case 'boolean':
      return (
        <Checkbox
          label={label}
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
          error={error}
        />
      );
    case 'number':
    case 'integer':
      if (schema.enum !== undefined) return enumSelect();
      return (
        <Textfield
          label={label}
          type="number"
          inputMode="numeric"
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
          required={props.required}
          error={error}
          {...(schema.minimum === undefined ? {} : { min: schema.minimum })}
          {...(schema.maximum === undefined ? {} : { max: schema.maximum })}
        />
      );
    default:
      if (schema.enum !== undefined || schema.const !== undefined) return enumSelect();
      if ((schema.maxLength ?? 0) > 200) {
        return (
          <Textfield
            label={label}
            multiline
            rows={3}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            required={props.required}
            error={error}
          />
        );
      }
      return (
        <Textfield
          label={label}
          type={schema.format === 'date' ? 'date' : 'text'}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          required={props.required}
          error={error}
        />
      );
  }

  function enumSelect() {
    const options = schema.enum ?? (schema.const === undefined ? [] : [schema.const as string | number]);
    return (
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Select
          id={id}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => {
            const picked = options.find((option) => String(option) === event.target.value);
            onChange(picked);
          }}
          required={props.required}
          aria-invalid={error === undefined ? undefined : true}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {options.map((option) => (
            <Select.Option key={String(option)} value={String(option)}>
              {t(`enum.${String(option)}`, { defaultValue: String(option) })}
            </Select.Option>
          ))}
        </Select>
        {error === undefined ? null : <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }
}
