export * from './dates';
export * from './profile';
export * from './person';
export * from './evidence-document';
export * from './assessment';
export * from './opdrachtgever';
export * from './user-kader';
export * from './detail-change';
