// @relocation/projector: the read-model projector as a service of its own, one leader per read-model schema.
export { ConfigError, configSchema, parseConfig, type ProjectorConfig } from './config.ts';
export { createHealthServer, healthHandler, type ReadinessReport } from '@relocation/runtime';
export {
  PROJECTOR_LEADER_LOCK_CLASS,
  waitForLeadership,
  type LeaderLockOptions,
  type Leadership,
} from './leaderLock.ts';
export { startProjectorService, type ProjectorRole, type ProjectorService } from './projectorService.ts';
