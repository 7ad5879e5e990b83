import type { Exchange } from './demoClient.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

const text = (value: unknown): string => (value === null || value === undefined ? '-' : String(value));

/** One line saying what a party's case view holds: each block the need-to-know matrix granted it, or the 404. */
export function describeView(exchange: Exchange): string {
  const view = exchange.body;
  if (exchange.status !== 200) return `${exchange.status} ${text(field(view, 'code'))}`;
  const workflow = field(view, 'workflow');
  const parts: string[] = [`status ${text(field(workflow, 'status'))}`];
  const ledger = field(workflow, 'ledger');
  if (ledger !== undefined) {
    const entry = (key: string) => {
      const value = field(ledger, key);
      return value === null
        ? '-'
        : `${text(field(value, 'municipalityCode'))} (${text(field(value, 'source'))})`;
    };
    parts.push(`responsible ${entry('responsible')}, vistelsekommun ${entry('vistelsekommun')}`);
  }
  const transfer = field(workflow, 'transfer');
  if (isRecord(transfer)) parts.push(`transfer ${text(transfer['stage'])}`);
  const placement = field(workflow, 'directPlacement');
  if (isRecord(placement)) {
    parts.push(
      `placed directly in ${text(placement['municipalityCode'])}${placement['acknowledged'] === true ? ' (acknowledged)' : ' (not yet acknowledged)'}`,
    );
  }
  const identity = field(view, 'identity');
  if (identity !== undefined) parts.push(`identity "${text(field(identity, 'name'))}"`);
  else parts.push(`pseudonym ${text(field(view, 'pseudonym'))} (no identity)`);
  const members = field(field(view, 'householdAndNeeds'), 'members');
  if (Array.isArray(members)) {
    const shown = members.map((member) => {
      const name = field(field(member, 'identity'), 'name');
      return name === undefined ? text(field(member, 'pseudonym')) : `"${text(name)}"`;
    });
    parts.push(`household members ${shown.join(', ')}`);
  }
  const threat = field(view, 'threat');
  if (threat !== undefined) {
    parts.push(
      `threat ${text(field(threat, 'level'))}${field(threat, 'details') === undefined ? '' : ' + details'}`,
    );
  }
  const receiving = field(view, 'receivingMunicipality');
  if (receiving !== undefined) {
    const declined = field(receiving, 'declined');
    parts.push(
      `receiver proposed ${text(field(receiving, 'proposed'))} accepted ${text(field(receiving, 'accepted'))}` +
        (Array.isArray(declined) && declined.length > 0 ? ` declined ${declined.join(',')}` : ''),
    );
  }
  const plan = field(view, 'receptionPlan');
  if (plan === undefined) parts.push('no reception plan');
  else if (field(plan, 'municipalityCode') === null && field(plan, 'plan') === undefined) {
    parts.push('no reception plan yet');
  } else {
    const address = field(field(plan, 'plan'), 'address');
    parts.push(
      address === undefined
        ? `reception plan: municipality ${text(field(plan, 'municipalityCode'))} only`
        : `reception plan with address "${text(address)}"`,
    );
  }
  return parts.join('; ');
}
