/** What one part of the relay reports to `/readyz`. */
export interface ComponentStatus {
  readonly ready: boolean;
  /** Why it is not ready, e.g. `broker_unavailable`; a fixed code, never an error message. */
  readonly reason?: string;
}

export interface Readiness {
  set(component: string, status: ComponentStatus): void;
  /** Ready when every registered component is. */
  snapshot(): { readonly ready: boolean; readonly components: Readonly<Record<string, ComponentStatus>> };
}

/** Components start not ready (`starting`) until they report otherwise. */
export function createReadiness(components: readonly string[]): Readiness {
  const statuses = new Map<string, ComponentStatus>(
    components.map((name) => [name, { ready: false, reason: 'starting' }]),
  );
  return {
    set(component, status) {
      statuses.set(component, status);
    },
    snapshot() {
      const entries = Object.fromEntries(statuses);
      return { ready: [...statuses.values()].every((s) => s.ready), components: entries };
    },
  };
}
