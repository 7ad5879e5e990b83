/** Every case is one stream, named by its uuid. */
export const relocationStreamPrefix = 'relocation-';

export const relocationStreamName = (relocationId: string): string =>
  `${relocationStreamPrefix}${relocationId}`;

/** The case id of a relocation stream name, or null for another stream. */
export const relocationIdOfStream = (streamName: string): string | null =>
  streamName.startsWith(relocationStreamPrefix) ? streamName.slice(relocationStreamPrefix.length) : null;
