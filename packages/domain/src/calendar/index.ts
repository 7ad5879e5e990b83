// The Swedish business-day calendar and deadline arithmetic. Pure: every instant is an input, nothing reads a clock.
export * from './localDate.ts';
export * from './zonedTime.ts';
export * from './swedishHolidays.ts';
export * from './businessDays.ts';
export * from './isoDuration.ts';
export * from './durationSpec.ts';
export * from './dueAt.ts';
