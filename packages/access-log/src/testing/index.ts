export { accessLogContract, entry } from './accessLogContract.ts';
export { sqlAccessLogChecks } from './sqlAccessLogChecks.ts';
