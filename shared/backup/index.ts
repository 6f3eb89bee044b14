export * from './format';
export * from './records';
export * from './build';
export * from './parse';
