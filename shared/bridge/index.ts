export * from './host-api';
export * from './settings';
export * from './auto-backup';
