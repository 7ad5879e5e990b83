import { randomUUID } from 'node:crypto';
import { createDemoClient } from './demoClient.ts';
import type { Exchange } from './demoClient.ts';
import { demoAddress, demoBodies, demoFamily, demoPerson } from './demoCase.ts';
import { demoParties, demoPartyNames } from './demoParties.ts';
import type { DemoParty, DemoPartyName } from './demoParties.ts';
import { describeView } from './describeView.ts';

export interface RunDemoOptions {
  /** Where the API answers, e.g. http://127.0.0.1:3000. */
  readonly baseUrl: string;
  /** A bearer token for a party (dev tokens: `devTokenMinter(dataDir)`). */
  readonly tokenFor: (party: DemoParty) => Promise<string>;
  /** Where the narration goes (default: nowhere). */
  readonly print?: (line: string) => void;
  /** The day the demo's dates count from (default: today). */
  readonly today?: Date;
}

export interface DemoResult {
  readonly relocationId: string;
  /** The global position of the last command (pass as `?minPosition=` to read everything it did). */
  readonly lastPosition: string;
  /** Every request the demo made and its answer, in order. */
  readonly exchanges: readonly Exchange[];
}

/** A step did not answer as a correct engine must; the message names the step and the error code. */
export class DemoStepError extends Error {
  constructor(step: string, exchange: Exchange, expected: number) {
    super(
      `${step}: expected HTTP ${expected}, got ${exchange.status} ${JSON.stringify(exchange.body ?? null).slice(0, 300)}`,
    );
    this.name = 'DemoStepError';
  }
}

interface CommandAnswer {
  readonly relocationId: string;
  readonly revision: number;
  readonly position: string;
  readonly status: string;
}

const noop = (): void => undefined;

/**
 * Drives one complete relocation over HTTP, as each party: initiate, consent, submit, threat assessment, a proposal
 * that is declined, a second proposal, acceptance, destination clearance, arrival; then, since arrival moves no
 * responsibility, a transfer of the case that Umeå refuses, the application to IVO, IVO's decision for Umeå, Umeå's
 * appeal and the final decision (responsibility moves only then); three follow-ups and closing by Umeå. Then a
 * second, acute case that Stockholm places directly in Umeå's municipal unit: Umeå acknowledges, the police clear
 * the destination, Stockholm confirms arrival and stays responsible. Then a third case, a family of two adults and
 * two children, one without the second guardian's consent: the proposal waits for the children's impact
 * assessments, protected housing for the court's decision, and arrival owes the children's school placements. The
 * result names the first case.
 * After the key steps it reads the case as every party (read-your-writes with `?minPosition=`) and prints what each
 * one sees. Throws DemoStepError when an answer is not the expected one.
 */
export async function runDemo(options: RunDemoOptions): Promise<DemoResult> {
  const print = options.print ?? noop;
  const bodies = demoBodies(options.today ?? new Date());
  const client = createDemoClient(options);
  let relocationId = '';
  let position = '0';
  let stepNumber = 0;

  const command = async (party: DemoPartyName, action: string, body: unknown): Promise<CommandAnswer> => {
    stepNumber += 1;
    const path = action === '' ? '/v1/relocations' : `/v1/relocations/${relocationId}/${action}`;
    const exchange = await client.request(party, 'POST', path, body);
    const expected = action === '' ? 201 : 200;
    const name = action === '' ? 'initiate' : action;
    if (exchange.status !== expected) throw new DemoStepError(name, exchange, expected);
    const answer = exchange.body as CommandAnswer;
    relocationId = answer.relocationId;
    position = answer.position;
    print(
      `${String(stepNumber).padStart(2)}. ${demoParties[party].label}: POST ${path.replace(relocationId, ':id')}` +
        ` -> ${exchange.status}, state ${answer.status}, revision ${answer.revision}, position ${position}`,
    );
    return answer;
  };

  const read = (party: DemoPartyName, suffix = '') =>
    client.request(party, 'GET', `/v1/relocations/${relocationId}${suffix}?minPosition=${position}`);

  const views = async (title: string, parties: readonly DemoPartyName[] = demoPartyNames): Promise<void> => {
    print(`    views ${title}:`);
    for (const party of parties) {
      const exchange = await read(party);
      if (exchange.status !== 200 && exchange.status !== 404) throw new DemoStepError(`view`, exchange, 200);
      print(`      ${demoParties[party].label.padEnd(44)} ${describeView(exchange)}`);
    }
  };

  print('A relocation from Stockholm to Umeå, driven over HTTP.');
  await command('sending', '', bodies.initiate);
  await command('sending', 'consent', bodies.consent);
  await command('sending', 'submit', bodies.submit);
  await views('after submission (the police assess next)');
  await command('police', 'threat-assessments', bodies.assess);
  await command('coordinator', 'propose', bodies.proposeDeclining);
  await views('with Uppsala proposed');
  await command('declining', 'decline', bodies.decline);
  await views('after Uppsala declined', ['declining']);
  const history = await read('declining', '/history');
  const list = await client.request('declining', 'GET', `/v1/relocations?minPosition=${position}`);
  const listed = JSON.stringify(list.body).includes(relocationId);
  print(
    `      Uppsala's history: ${history.status}; its case list ${listed ? 'still lists' : 'no longer lists'} the case`,
  );
  await command('coordinator', 'propose', bodies.proposeReceiving);
  await command('receiving', 'accept', bodies.accept);
  await views('after Umeå accepted');
  await command('police', 'clear-destination', bodies.clear);
  await command('receiving', 'confirm-arrival', bodies.arrive);
  await views('after arrival (Stockholm is still responsible)', ['sending', 'coordinator']);
  print(
    '    Stockholm asks Umeå to take over the case (överflyttning); Umeå refuses; Stockholm applies to IVO.',
  );
  await command('sending', 'transfer-requests', bodies.requestTransfer);
  await command('receiving', 'transfer-refuse', bodies.refuseTransfer);
  await command('sending', 'ivo-applications', bodies.ivoApplication);
  // The dashboard reads the read models: wait until they hold the application (read-your-writes), then list.
  await read('coordinator');
  const transfers = await client.request('coordinator', 'GET', '/v1/dashboard/transfers');
  if (transfers.status !== 200) throw new DemoStepError('dashboard/transfers', transfers, 200);
  const listedAtIvo = (
    transfers.body as { transfers: { relocationId: string; stage: string }[] }
  ).transfers.find((entry) => entry.relocationId === relocationId);
  print(`    the coordinator's transfer dashboard lists the case at stage ${listedAtIvo?.stage ?? 'none'}`);
  await command('sending', 'ivo-decisions', bodies.ivoDecision);
  await command('receiving', 'ivo-appeals', bodies.ivoAppeal);
  await command('sending', 'ivo-decision-final', bodies.ivoFinal);
  await views('after the decision became final (Umeå is responsible)', ['sending', 'receiving']);
  for (const month of [1, 3, 6] as const) await command('receiving', 'follow-ups', bodies.followUp(month));
  await command('receiving', 'close', bodies.close);
  await views('after closing');

  const unrelatedCommand = await client.request(
    'unrelated',
    'POST',
    `/v1/relocations/${relocationId}/decline`,
    bodies.decline,
  );
  const unknownCase = await client.request('unrelated', 'GET', `/v1/relocations/${randomUUID()}`);
  print(
    `    Malmö (unrelated) gets ${unrelatedCommand.status} on a command and ${unknownCase.status} on a case that ` +
      'does not exist: the same answer, so it cannot learn that the case exists.',
  );
  const first = { relocationId, lastPosition: position };

  print('');
  print(
    'A second, acute case: Stockholm places the household directly in a unit in Umeå (no acceptance step).',
  );
  await command('sending', '', bodies.initiate);
  await command('sending', 'consent', bodies.consent);
  await command('sending', 'submit', bodies.submit);
  await command('police', 'threat-assessments', bodies.assess);
  await command('sending', 'direct-placements', bodies.placeDirectly);
  await views('after the direct placement (Umeå must acknowledge within a business day)', [
    'sending',
    'receiving',
    'coordinator',
  ]);
  await command('receiving', 'direct-placement-acknowledgements', bodies.acknowledgePlacement);
  await command('police', 'clear-destination', bodies.clear);
  await command('sending', 'confirm-arrival', bodies.arrivePlaced);
  await views('after arrival (Stockholm placed the household and stays responsible)', [
    'sending',
    'receiving',
  ]);

  const refused = async (
    party: DemoPartyName,
    action: string,
    body: unknown,
    code: string,
  ): Promise<void> => {
    const path = `/v1/relocations/${relocationId}/${action}`;
    const exchange = await client.request(party, 'POST', path, body);
    const answered = (exchange.body as { code?: string } | undefined)?.code;
    if (exchange.status !== 422 || answered !== code) throw new DemoStepError(action, exchange, 422);
    print(`    ${demoParties[party].label}: POST ${path.replace(relocationId, ':id')} -> 422 ${code}`);
  };
  const { child, childWithoutConsent } = demoFamily;

  print('');
  print(
    'A third case: a family of two adults and two children; the younger child’s second guardian has not consented.',
  );
  await command('sending', '', bodies.initiateFamily);
  await command('sending', 'consent', bodies.consent);
  await command('sending', 'submit', bodies.submit);
  await command('police', 'threat-assessments', bodies.assess);
  await command('sending', 'household-members', bodies.addPartner);
  await command('sending', 'household-members', bodies.addChild);
  await command('sending', 'household-members', bodies.addChildWithoutConsent);
  for (const member of [child, childWithoutConsent]) {
    await command('sending', 'child-views', bodies.childView(member.memberId));
  }
  await refused('coordinator', 'propose', bodies.proposeReceiving, 'CHILD_IMPACT_ASSESSMENT_MISSING');
  for (const member of [child, childWithoutConsent]) {
    await command('sending', 'child-impact-assessments', bodies.impactAssessment(member.memberId));
  }
  await command('coordinator', 'propose', bodies.proposeReceiving);
  await views('with Umeå proposed (each member by pseudonym; identities to Stockholm only)', [
    'sending',
    'receiving',
    'coordinator',
  ]);
  for (const member of [child, childWithoutConsent]) {
    await command('sending', 'child-impact-assessments', bodies.impactAssessment(member.memberId));
  }
  await refused('receiving', 'accept', bodies.accept, 'GUARDIAN_CONSENT_MISSING');
  await command('sending', 'child-placement-applications', bodies.courtApplication);
  await command('sending', 'child-placement-decisions', bodies.courtDecision);
  await command('receiving', 'accept', bodies.accept);
  await command('police', 'clear-destination', bodies.clear);
  await command('receiving', 'confirm-arrival', bodies.arrive);
  await views('after arrival (Umeå owes both children a school placement)', ['receiving', 'coordinator']);
  for (const member of [child, childWithoutConsent]) {
    await command('receiving', 'school-placements', bodies.schoolPlacement(member.memberId));
  }
  print('    The second adult and the children are named only to the parties that may see them.');

  printLeaks(client.exchanges, print);
  return { ...first, exchanges: client.exchanges };
}

/** Per party: how many of its answers contained the address, the name or the personal identity number. */
function printLeaks(exchanges: readonly Exchange[], print: (line: string) => void): void {
  print('    what each party was ever shown (all of its answers searched):');
  for (const party of demoPartyNames) {
    const texts = exchanges.filter((e) => e.party === party).map((e) => JSON.stringify(e.body));
    const count = (needle: string) => texts.filter((body) => body.includes(needle)).length;
    const members = Object.values(demoFamily);
    const memberAnswers = texts.filter((body) => members.some((member) => body.includes(member.name))).length;
    print(
      `      ${demoParties[party].label.padEnd(44)} ${texts.length} answers; address in ${count(demoAddress)},` +
        ` name in ${count(demoPerson.name)}, personnummer in ${count(demoPerson.personalIdentityNumber)},` +
        ` a family member's name in ${memberAnswers}`,
    );
  }
}
