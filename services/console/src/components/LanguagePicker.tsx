import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Swedish or English; the choice lasts for this tab (sessionStorage), the page language follows it. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <Field className="language-picker">
      <Label htmlFor={id}>{t('app.language')}</Label>
      <Select
        id={id}
        data-size="sm"
        value={i18n.language}
        onChange={(event) => {
          sessionStorage.setItem('relocation.console.language', event.target.value);
          void i18n.changeLanguage(event.target.value);
        }}
      >
        <Select.Option value="sv">{t('language.sv')}</Select.Option>
        <Select.Option value="en">{t('language.en')}</Select.Option>
      </Select>
    </Field>
  );
}
