import type { EventStore, VerifyReport } from '@relocation/event-store';
import { PROVIDER_REGISTER_STREAM, relocationStreamPrefix } from '@relocation/domain';

/**
 * The streams GET /v1/audit/verify checks: every case and the provider register (the rest of a shared database is
 * not the engine's). One report, as if it were one walk.
 */
export async function verifyRelocationStores(store: EventStore): Promise<VerifyReport> {
  const cases = await store.verify({ streamPrefix: relocationStreamPrefix });
  const register = await store.verify({ streamPrefix: PROVIDER_REGISTER_STREAM });
  return {
    ok: cases.ok && register.ok,
    streamsChecked: cases.streamsChecked + register.streamsChecked,
    eventsChecked: cases.eventsChecked + register.eventsChecked,
    problems: [...cases.problems, ...register.problems],
  };
}
