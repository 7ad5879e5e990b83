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

/**
 * The kafkajs client options for a configuration: brokers, client id, TLS (`ssl`, with the configured CA) and
 * SASL/SCRAM. The one place where credentials become client options, so every client (relay, tools, tests) gets
 * them the same way.
 */
export function kafkaClientOptions(config: KafkaConfig): KafkaJsConfig {
  const options: KafkaJsConfig = { clientId: config.clientId, brokers: [...config.brokers] };
  if (config.tls !== undefined) {
    // Node verifies the broker's certificate and host name (rejectUnauthorized stays true).
    options.ssl = config.tls.ca === undefined ? true : { ca: [config.tls.ca] };
  }
  if (config.sasl !== undefined) {
    const { username, password } = config.sasl;
    options.sasl =
      config.sasl.mechanism === 'scram-sha-256'
        ? { mechanism: 'scram-sha-256', username, password }
        : { mechanism: 'scram-sha-512', username, password };
  }
  return options;
}

/** A kafkajs client for the configured brokers and credentials. Creating it opens no connection. */
export function createKafka(config: KafkaConfig, options: CreateKafkaOptions = {}): Kafka {
  const kafkaConfig: KafkaJsConfig = {
    ...kafkaClientOptions(config),
    logLevel: options.logLevel ?? logLevel.WARN,
    connectionTimeout: options.connectionTimeout ?? 3_000,
  };
  if (options.logCreator) kafkaConfig.logCreator = options.logCreator;
  return new Kafka(kafkaConfig);
}
