import { Card, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Reference, Workflow } from '../api/types.ts';
import { formatDate, municipalityName } from '../format.ts';
import { Row } from './DataList.tsx';

type Ledger = Workflow['ledger'];
type Transfer = NonNullable<Workflow['transfer']>;
type Entry = NonNullable<Ledger['responsible']>;

/** A municipality code as a name; `withheld` (the API keeps it from this party) as words. */
function useMunicipality(reference: Reference | undefined) {
  const { t } = useTranslation();
  return (code: string | null | undefined): string =>
    code === 'withheld' ? t('case.withheldMunicipality') : municipalityName(reference, code);
}

/**
 * Who is responsible, registered, staying and paying, each with the date and what moved it (docs/design.md §3.1):
 * municipalities only, as the API shows them to this party.
 */
export function LedgerCard({ ledger, reference }: { ledger: Ledger; reference: Reference | undefined }) {
  const { t, i18n } = useTranslation();
  const name = useMunicipality(reference);
  const entry = (value: Entry | null): string =>
    value === null
      ? ''
      : t('ledger.entry', {
          municipality: name(value.municipalityCode),
          since: formatDate(value.since, i18n.language),
          source: t(`ledger.source.${value.source}`, { defaultValue: value.source }),
        });
  return (
    <Card data-color="neutral" data-testid="responsibility">
      <Heading level={2} data-size="sm">
        {t('case.responsibility')}
      </Heading>
      <dl className="data-list">
        <Row label={t('ledger.responsible')} value={entry(ledger.responsible)} />
        <Row label={t('ledger.bosattningskommun')} value={entry(ledger.bosattningskommun)} />
        <Row label={t('ledger.vistelsekommun')} value={entry(ledger.vistelsekommun)} />
        <Row label={t('ledger.placingMunicipality')} value={entry(ledger.placingMunicipality)} />
        <Row
          label={t('ledger.costAgreement')}
          value={
            ledger.costAgreement === null
              ? ''
              : t('ledger.entry', {
                  municipality: name(ledger.costAgreement.payerMunicipalityCode),
                  since: formatDate(ledger.costAgreement.since, i18n.language),
                  source: t(`ledger.source.${ledger.costAgreement.source}`, {
                    defaultValue: ledger.costAgreement.source,
                  }),
                })
          }
        />
      </dl>
    </Card>
  );
}

/** The open transfer of the case (överflyttning) and its IVO matter, with their dates. */
export function TransferCard({
  transfer,
  reference,
}: {
  transfer: Transfer;
  reference: Reference | undefined;
}) {
  const { t, i18n } = useTranslation();
  const name = useMunicipality(reference);
  const date = (value: string | null): string => (value === null ? '' : formatDate(value, i18n.language));
  return (
    <Card data-color="neutral" data-testid="transfer">
      <Heading level={2} data-size="sm">
        {t('transfer.heading')}
      </Heading>
      <dl className="data-list">
        <Row
          label={t('transfer.stage')}
          value={t(`transfer.stages.${transfer.stage}`, { defaultValue: transfer.stage })}
        />
        <Row label={t('transfer.from')} value={name(transfer.fromMunicipalityCode)} />
        <Row label={t('transfer.to')} value={name(transfer.toMunicipalityCode)} />
        <Row label={t('transfer.requestedOn')} value={date(transfer.requestedOn)} />
        <Row label={t('transfer.effectiveFrom')} value={date(transfer.effectiveFrom)} />
        <Row label={t('transfer.ivoAppliedOn')} value={date(transfer.ivoAppliedOn)} />
        <Row label={t('transfer.ivoResponsible')} value={name(transfer.ivoResponsibleMunicipalityCode)} />
        <Row label={t('transfer.ivoDecisionReceivedOn')} value={date(transfer.ivoDecisionReceivedOn)} />
        <Row label={t('transfer.appealUntil')} value={date(transfer.appealUntil)} />
      </dl>
    </Card>
  );
}
