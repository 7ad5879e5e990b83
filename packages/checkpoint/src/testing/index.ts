export {
  removeStream,
  rewriteAccessLog,
  rewriteStreamHistory,
  truncateStream,
} from './databaseWriterAttacks.ts';
