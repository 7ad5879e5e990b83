import { Table } from '@digdir/designsystemet-react';

/** A table's head: one row of column headings, already translated. */
export function HeaderRow({ labels }: { readonly labels: readonly string[] }) {
  return (
    <Table.Head>
      <Table.Row>
        {labels.map((label) => (
          <Table.HeaderCell key={label}>{label}</Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Head>
  );
}
