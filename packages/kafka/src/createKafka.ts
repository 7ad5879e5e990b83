import { Kafka, logLevel } from 'kafkajs';
import type { KafkaConfig as KafkaJsConfig, logCreator } from 'kafkajs';
import type { KafkaConfig } from './config.ts';

export interface CreateKafkaOptions {
  /** kafkajs log level; WARN by default. kafkajs logs connection and protocol events, never message contents. */
  readonly logLevel?: logLevel;
  readonly logCreator?: logCreator;
  /** Milliseconds to wait for a TCP connection to a broker (kafkajs default: 1000). */
  readonly connectionTimeout?: number;
}

/** A kafkajs client for the configured brokers. Creating it opens no connection. */
export function createKafka(config: KafkaConfig, options: CreateKafkaOptions = {}): Kafka {
  const kafkaConfig: KafkaJsConfig = {
    clientId: config.clientId,
    brokers: [...config.brokers],
    logLevel: options.logLevel ?? logLevel.WARN,
    connectionTimeout: options.connectionTimeout ?? 3_000,
  };
  if (options.logCreator) kafkaConfig.logCreator = options.logCreator;
  return new Kafka(kafkaConfig);
}
