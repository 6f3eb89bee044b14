/** Deadlines for people and calendars: the deduplicated list, its grouping and filters, and the .ics export. */
export * from './deadline-list';
export * from './uid';
export * from './ics';
export * from './deadline-label';
