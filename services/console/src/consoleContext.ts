import { createContext, useContext } from 'react';
import type { Api } from './api/api.ts';
import type { ConsoleConfig, Reference } from './api/types.ts';
import type { Session } from './auth/session.ts';

export interface ConsoleContextValue {
  readonly api: Api;
  readonly session: Session;
  readonly config: ConsoleConfig;
  readonly reference: Reference | undefined;
  readonly signOut: () => void;
}

export const ConsoleContext = createContext<ConsoleContextValue | undefined>(undefined);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (value === undefined) throw new Error('useConsole outside the signed-in console');
  return value;
}
