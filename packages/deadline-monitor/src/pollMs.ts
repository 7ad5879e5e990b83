import { z } from 'zod';

/** The poll interval of the monitor: 10 ms to one hour (DEADLINE_POLL_MS, in the API and the service). */
export const pollMsSchema = z.coerce.number().int().min(10).max(3_600_000);
