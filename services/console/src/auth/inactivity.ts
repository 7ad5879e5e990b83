/** Calls `onIdle` after `minutes` without pointer or key activity; returns a function that stops watching. */
export function watchInactivity(minutes: number, onIdle: () => void): () => void {
  const limitMs = minutes * 60_000;
  let timer = setTimeout(onIdle, limitMs);
  const reset = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, limitMs);
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const event of events) window.addEventListener(event, reset, { passive: true });
  return () => {
    clearTimeout(timer);
    for (const event of events) window.removeEventListener(event, reset);
  };
}
