/** One "case X changed" notice from `GET /v1/events`: no personal data, only the id and the global position. */
export interface CaseChanged {
  readonly relocationId: string;
  readonly position: string;
}

/**
 * Reads the server-sent events stream with fetch (so the token travels in the Authorization header, never in a
 * URL as EventSource would need) and calls `onChange` per notice. Reconnects after a pause until `signal` aborts.
 */
export function subscribeToCaseChanges(
  token: () => string | undefined,
  onChange: (notice: CaseChanged) => void,
  signal: AbortSignal,
  retryMs = 3000,
): void {
  const connect = async (): Promise<void> => {
    const bearer = token();
    if (bearer === undefined) return;
    const response = await fetch('/v1/events', {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${bearer}` },
      cache: 'no-store',
      signal,
    });
    if (!response.ok || response.body === null) throw new Error(`events: HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let boundary = buffer.search(/\r?\n\r?\n/);
      while (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
        const data = block
          .split(/\r?\n/)
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if (data !== '') {
          try {
            const notice = JSON.parse(data) as CaseChanged;
            if (typeof notice.relocationId === 'string') onChange(notice);
          } catch {
            // a comment or keep-alive line: nothing to do
          }
        }
        boundary = buffer.search(/\r?\n\r?\n/);
      }
    }
  };
  const loop = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        await connect();
      } catch {
        // the stream broke or is not there (yet): try again after a pause
      }
      if (signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  };
  void loop();
}
