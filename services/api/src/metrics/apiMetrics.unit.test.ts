import type { CommandHandler, CommandResult } from '@relocation/application';
import { CommandRejectedError, PreconditionFailedError } from '@relocation/application';
import type { Command } from '@relocation/domain';
import type { DashboardQueries } from '@relocation/read-models';
import { describe, expect, it } from 'vitest';
import { createApiMetrics } from './apiMetrics.ts';

const command = (type: string) => ({ type }) as unknown as Command;

describe('createApiMetrics', () => {
  it('counts each outcome of an instrumented handler, and rethrows', async () => {
    const metrics = createApiMetrics({ clock: () => new Date() });
    const answers: (() => Promise<CommandResult>)[] = [
      async () => ({ replayed: false }) as CommandResult,
      async () => ({ replayed: true }) as CommandResult,
      async () => {
        throw new CommandRejectedError({ code: 'NOT_ALLOWED_IN_STATE', message: 'no' } as never);
      },
      async () => {
        throw new PreconditionFailedError(1, 2);
      },
      async () => {
        throw new Error('disk on fire');
      },
    ];
    const handler: CommandHandler = { handle: () => (answers.shift() as () => Promise<CommandResult>)() };
    const instrumented = metrics.instrument(handler);
    await instrumented.handle(command('SubmitRelocation'));
    await instrumented.handle(command('SubmitRelocation'));
    await expect(instrumented.handle(command('SubmitRelocation'))).rejects.toThrow(CommandRejectedError);
    await expect(instrumented.handle(command('MarkDeadlineMissed'))).rejects.toThrow(PreconditionFailedError);
    await expect(instrumented.handle(command('CloseCase'))).rejects.toThrow('disk on fire');
    const text = await metrics.registry.metrics();
    for (const line of [
      'relocation_commands_total{type="SubmitRelocation",outcome="accepted"} 1',
      'relocation_commands_total{type="SubmitRelocation",outcome="replayed"} 1',
      'relocation_commands_total{type="SubmitRelocation",outcome="rejected"} 1',
      'relocation_command_rejections_total{type="SubmitRelocation",code="NOT_ALLOWED_IN_STATE"} 1',
      'relocation_commands_total{type="MarkDeadlineMissed",outcome="precondition_failed"} 1',
      'relocation_commands_total{type="CloseCase",outcome="error"} 1',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('reads the read models once per scrape for the gauges that share a figure', async () => {
    const calls = { lag: 0, cases: 0 };
    const dashboard = {
      projectorLag: async () => {
        calls.lag += 1;
        return { events: 3, seconds: 1.5 };
      },
      casesByState: async () => {
        calls.cases += 1;
        return [{ state: 'threatAssessment', open: 4, stalled: 1 }];
      },
      projectionHalt: async () => undefined,
    } as unknown as DashboardQueries;
    const metrics = createApiMetrics({ dashboard, clock: () => new Date() });
    const text = await metrics.registry.metrics();
    expect(calls).toEqual({ lag: 1, cases: 1 });
    expect(text).toContain('relocation_projector_lag_events 3');
    expect(text).toContain('relocation_projector_lag_seconds 1.5');
    expect(text).toContain('relocation_cases_open{state="threatAssessment"} 4');
    expect(text).toContain('relocation_cases_stalled{state="threatAssessment"} 1');
    await metrics.registry.metrics();
    expect(calls).toEqual({ lag: 2, cases: 2 });
  });
});

describe('relocation_deadline_steps_due', () => {
  it('counts the steps due at scrape time, asking for at most 1000 at the clock time', async () => {
    const now = new Date('2026-11-29T12:00:00.000Z');
    const asked: { at: Date; limit: number | undefined }[] = [];
    let due = 3;
    const metrics = createApiMetrics({
      clock: () => now,
      deadlines: {
        dueSteps: async (at, limit) => {
          asked.push({ at, limit });
          return Array.from({ length: due }, () => ({}) as never);
        },
      },
    });
    expect(await metrics.registry.metrics()).toMatch(/^relocation_deadline_steps_due 3$/m);
    due = 0;
    expect(await metrics.registry.metrics()).toMatch(/^relocation_deadline_steps_due 0$/m);
    expect(asked).toEqual([
      { at: now, limit: 1000 },
      { at: now, limit: 1000 },
    ]);
  });
});
