// @relocation/deadline-monitor: the deadline monitor. Finds due deadlines in the read models and appends DeadlineMissed /
// EscalationRaised through the command handler, at most once per step whatever runs beside it.
export { monitorActor } from './monitorActor.ts';
export { silentMonitorLogger, type MonitorLogger } from './monitorLogger.ts';
export {
  runMonitorOnce,
  type DueStepSource,
  type MonitorDependencies,
  type MonitorRun,
  type StepOutcome,
  type StepReport,
} from './runMonitorOnce.ts';
export { startMonitor, type MonitorOptions, type RunningMonitor } from './startMonitor.ts';
export { stepCommand, stepIdempotencyKey } from './stepCommand.ts';
export {
  DeadlinePolicyConfigError,
  loadDeadlinePolicy,
  parseDeadlinePolicyOverride,
  type DeadlinePolicySettings,
} from './deadlinePolicyConfig.ts';
export { pollMsSchema } from './pollMs.ts';
