/**
 * Calendar dates are stored as ISO strings 'YYYY-MM-DD' without a time or zone:
 * a VOG is issued on a day, not an instant. Timestamps (createdAt…) are full ISO strings.
 */
export type IsoDate = string;
export type IsoDateTime = string;
