import { BUILTIN_KADERS, type Kader } from '../../../shared/kaders';

/** The kaders a user can choose in the intake. */
export const KADER_CHOICES = BUILTIN_KADERS.map((k) => ({ id: k.id, title: k.shortTitle ?? k.title, issuer: k.issuer }));

export function kaderById(id: string): Kader | undefined {
  return BUILTIN_KADERS.find((k) => k.id === id);
}
