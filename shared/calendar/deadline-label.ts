/**
 * The badge text of one dated item, worded after its kind: a policy is not "verloopt binnenkort" but due for
 * review ("Herziening binnenkort"), so the badge agrees with the "Herzien op …" line next to it (issue 13).
 */
import { STATUS_LABELS } from '../engine/status';
import type { Deadline } from '../engine/types';
import type { DeadlineStatus } from './deadline-list';

const BY_KIND: Partial<Record<Deadline['kind'], Partial<Record<DeadlineStatus, string>>>> = {
  herziening: { 'verloopt-binnenkort': 'Herziening binnenkort', verlopen: 'Herziening te laat', 'in-orde': 'Actueel' },
  meting: { 'verloopt-binnenkort': 'Nieuwe meting binnenkort', verlopen: 'Nieuwe meting te laat' },
  evaluatie: { 'verloopt-binnenkort': 'Opnieuw vastleggen binnenkort', verlopen: 'Opnieuw vastleggen te laat' },
};

export function deadlineStatusLabel(kind: Deadline['kind'], status: DeadlineStatus): string {
  return BY_KIND[kind]?.[status] ?? STATUS_LABELS[status];
}
