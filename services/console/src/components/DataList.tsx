import { useTranslation } from 'react-i18next';

/**
 * Any block of the case view as a description list: keys through the translations, values as text; nested
 * objects as nested lists. Used for the blocks whose shape the console does not need to know (identity, plan).
 */
export function DataList({ data, testId }: { data: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (data === null || data === undefined) return null;
  if (typeof data !== 'object') return <span>{String(data)}</span>;
  if (Array.isArray(data)) {
    if (data.every((item) => typeof item !== 'object' || item === null)) {
      return (
        <span>
          {data.map((item) => t(`enum.${String(item)}`, { defaultValue: String(item) })).join(', ')}
        </span>
      );
    }
    return (
      <ul>
        {data.map((item, index) => (
          <li key={index}>
            <DataList data={item} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="data-list" data-testid={testId}>
      {Object.entries(data as Record<string, unknown>).map(([key, value]) => (
        <div key={key} className="data-list__row">
          <dt>{t(`field.${key}`, { defaultValue: t('field.unnamed') })}</dt>
          <dd>
            {typeof value === 'string' ? (
              t(`enum.${value}`, { defaultValue: value })
            ) : (
              <DataList data={value} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One labelled value of a description list (`<dl className="data-list">`); an empty value shows a dash. */
export function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="data-list__row">
      <dt>{label}</dt>
      <dd>{value === '' ? '–' : value}</dd>
    </div>
  );
}
