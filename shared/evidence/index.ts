export * from './types';
export * from './options';
export * from './catalogue';
export * from './roles';
export * from './credentials';
export * from './required-fields';
