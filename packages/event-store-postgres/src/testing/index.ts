export { createTamperHooks } from './tamperHooks.ts';
export { newEvent } from './newEvent.ts';
