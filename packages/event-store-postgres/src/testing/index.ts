export { createTamperHooks } from './tamperHooks.ts';
export { uniqueSchemaName } from './uniqueSchemaName.ts';
export { newEvent } from './newEvent.ts';
export { databaseUrlOrWarn } from './databaseUrl.ts';
