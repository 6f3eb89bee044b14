/**
 * The reader's name of a requirement: the kader's section and bullet ("Veiligheid 1"). A kader may put two
 * requirements under one bullet (the meldcode and its application are both "Veiligheid 1"); those get a
 * letter in kader order ("Veiligheid 1a", "Veiligheid 1b") so every name points at one requirement. The pack,
 * the verslag and the app all name requirements through this file.
 */
import type { Requirement } from './schema';

type Labelled = Pick<Requirement, 'id' | 'sourceRef'>;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** "Veiligheid 1": section and bullet as the kader writes them, without disambiguation. */
export function baseLabel(requirement: Pick<Requirement, 'sourceRef'>): string {
  return `${requirement.sourceRef.section} ${requirement.sourceRef.bullet}`.trim();
}

/** A shared label plus its suffix: a letter after a number ("1a"); after a letter ("3.a") a number, "3.a (2)". */
function suffixed(base: string, index: number): string {
  return /\d$/.test(base) ? `${base}${LETTERS[index] ?? `-${index + 1}`}` : `${base} (${index + 1})`;
}

/**
 * Labels of a kader's requirements, unique within the kader: requirements sharing section and bullet are
 * suffixed a, b, … in the order given (the kader's order). A suffix that would equal another requirement's
 * own label ("1a" beside a real bullet "1a") is skipped.
 */
export function requirementLabels(requirements: readonly Labelled[]): Map<string, string> {
  const bases = requirements.map(baseLabel);
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  const taken = new Set(bases.filter((b) => counts.get(b) === 1));
  const next = new Map<string, number>();
  const labels = new Map<string, string>();
  requirements.forEach((r, i) => {
    const base = bases[i] as string;
    if (counts.get(base) === 1) {
      labels.set(r.id, base);
      return;
    }
    let n = next.get(base) ?? 0;
    while (taken.has(suffixed(base, n))) n++;
    const label = suffixed(base, n);
    taken.add(label);
    next.set(base, n + 1);
    labels.set(r.id, label);
  });
  return labels;
}

const cache = new WeakMap<readonly Labelled[], Map<string, string>>();

/** The label of one requirement of a kader (memoised per requirement list, which is replaced, not mutated, on change). */
export function requirementLabel(kader: { requirements: readonly Labelled[] }, requirementId: string): string | undefined {
  let labels = cache.get(kader.requirements);
  if (!labels) {
    labels = requirementLabels(kader.requirements);
    cache.set(kader.requirements, labels);
  }
  return labels.get(requirementId);
}
