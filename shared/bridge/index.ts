export * from './host-api';
export * from './settings';
