/** The daily summary notification: when to show it, and what it says. */
export * from './decision';
export * from './summary';
