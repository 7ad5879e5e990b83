// The demo driver and the helpers that run the engine as real processes (used by `pnpm demo` and test/).
export { freePort, startChild, type RunningChild, type StartChildOptions } from './childProcess.ts';
export { commandRouteTable } from '../routes/commands/commandRouteTable.ts';
export { bodies as commandBodies } from '../testing/scenario.ts';
export { demoAddress, demoBodies, demoMunicipalities, demoPerson } from './demoCase.ts';
export { createDemoClient, type DemoClient, type Exchange } from './demoClient.ts';
export { demoParties, demoPartyNames, type DemoParty, type DemoPartyName } from './demoParties.ts';
export { describeView } from './describeView.ts';
export { devTokenMinter } from './devTokenMinter.ts';
export {
  apiDirectory,
  apiEntry,
  projectorEntry,
  startEngine,
  startProjectorProcess,
  type RunningEngine,
} from './engine.ts';
export { DemoStepError, runDemo, type DemoResult, type RunDemoOptions } from './runDemo.ts';
