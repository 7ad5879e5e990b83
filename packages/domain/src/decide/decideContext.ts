import type { DeadlinePolicy } from '../deadlines/policy.ts';
import type { Seal } from '../schemas/sealed.ts';

/** A provider of support (e.g. protected housing) and the periods its IVO permit is valid, dates inclusive. */
export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly permits: readonly { readonly validFrom: string; readonly validTo: string }[];
}

/**
 * Everything `decide` needs from outside: the time (the events' `occurredAt`, from which deadlines are computed),
 * new ids (event and deadline ids), the sealer for personal data, and reference data. The official municipality
 * list ships with the package (reference/); providers' permits change, so they come from the caller.
 */
export interface DecideContext {
  readonly now: string;
  readonly newId: () => string;
  readonly seal: Seal;
  readonly providers: readonly Provider[];
  readonly deadlinePolicy?: DeadlinePolicy;
}

/** The commands whose decision checks providers' permits: only they need the register read. */
export const commandsCheckingProviders: ReadonlySet<string> = new Set(['AcceptHandover']);

/** True when the provider holds a permit valid on the date (YYYY-MM-DD; string order is date order). */
export function providerPermittedOn(
  providers: readonly Provider[],
  providerId: string,
  date: string,
): boolean {
  const provider = providers.find((p) => p.id === providerId);
  return provider?.permits.some((permit) => permit.validFrom <= date && date <= permit.validTo) ?? false;
}
