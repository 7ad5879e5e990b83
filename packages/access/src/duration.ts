const unitSeconds = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const durationPattern = /^(\d{1,7})(s|m|h|d)?$/;

/** Seconds in a duration like `90`, `90s`, `15m`, `8h` or `2d`; undefined when the text is not one. */
export const parseDurationSeconds = (text: string): number | undefined => {
  const match = durationPattern.exec(text.trim());
  if (match === null) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? 's') as keyof typeof unitSeconds;
  const seconds = amount * unitSeconds[unit];
  return seconds > 0 ? seconds : undefined;
};
