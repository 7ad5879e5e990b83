// @relocation/notifications: which organisations an event concerns. Pure; the relay publishes the result.
export { audiences } from './audiences.ts';
export type { Audience } from './audiences.ts';
export { recipientTable } from './recipientTable.ts';
export { resolveAudience } from './resolveAudience.ts';
export { recipientsOf } from './recipientsOf.ts';
