export { uniqueSchemaName } from './uniqueSchemaName.ts';
export { databaseUrlOrWarn } from './databaseUrl.ts';
