/**
 * The kwaliteitsverslag's content, independent of the output format (PDF: verslag.ts, Word: verslag-docx.ts).
 * Shape of a published provider's report (see /work/shared/seeds/000_*, in our own words): an introduction
 * about the organisation, then per theme the requirements, one verdict sentence and the provider's toelichting.
 * Built only from requirement texts, statuses, n.v.t. reasons and the provider's own texts: no staff matrix,
 * no documents, no names, no app wording.
 */
import { formatDateNl } from './format';
import type { PackModel, PackRequirementEntry, PackSection } from './model';

export interface VerslagTextsInput {
  /** The provider's introduction; a neutral default is used when empty. */
  introduction?: string;
  /** Per theme (section id): how she meets its requirements. Replaces the per-requirement toelichtingen. */
  themes?: Record<string, string>;
  /** List by number which requirements of a theme are not (yet) met (default: no). */
  listUnmet?: boolean;
}

export interface VerslagContentOptions extends VerslagTextsInput {
  kaderIds?: string[];
}

export interface VerslagTheme {
  id: string;
  title: string;
  requirements: string[];
  verdict: string;
  /** "Aan eis 2 wordt (nog) niet voldaan." lines (only with listUnmet). */
  details: string[];
  toelichting: string[];
}

export interface VerslagContent {
  title: string;
  organisation: string;
  kaders: string[];
  peildatum: string;
  /** Paragraphs. */
  introduction: string[];
  themes: VerslagTheme[];
}

type Verdict = 'voldaan' | 'deels' | 'niet' | 'nvt';

function entryVerdict(e: PackRequirementEntry): Verdict {
  if (e.status === 'met' || e.status === 'expiring') return 'voldaan';
  if (e.status === 'partial') return 'deels';
  if (e.status === 'not-applicable') return 'nvt';
  return 'niet';
}

/** The sentence under a theme's requirements, as in published verslagen. */
export function sectionVerdictText(section: PackSection): string {
  const verdicts = section.entries.map(entryVerdict).filter((v) => v !== 'nvt');
  if (verdicts.length === 0) return 'Deze eisen zijn voor onze organisatie niet van toepassing.';
  if (verdicts.every((v) => v === 'voldaan')) return 'Er wordt voldaan aan bovenstaande eisen.';
  if (verdicts.every((v) => v === 'niet')) return 'Er wordt (nog) niet voldaan aan bovenstaande eisen.';
  return 'Er wordt gedeeltelijk voldaan aan bovenstaande eisen.';
}

const ENTRY_VERDICT_TEXT: Record<Verdict, string> = {
  voldaan: 'wordt voldaan',
  deels: 'wordt gedeeltelijk voldaan',
  niet: 'wordt (nog) niet voldaan',
  nvt: 'niet van toepassing',
};

/** Splits free text into paragraphs (blank line or new line). */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-zë]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function defaultIntroduction(model: PackModel, kaders: readonly { title: string }[]): string {
  const which = kaders.length === 1 ? `het ${kaders[0]?.title}` : 'de kwaliteitskaders waar wij mee werken';
  return (
    `In dit verslag laat ${model.organisation.name} zien hoe wij werken aan goede en veilige zorg en ondersteuning. ` +
    `Per thema uit ${which} staan de eisen, of wij daaraan voldoen en hoe wij dat doen. ` +
    `Het verslag beschrijft de stand van zaken op ${formatDateNl(model.peildatum)}.`
  );
}

/** The verslag's themes in kader order; a theme title keeps "Thema N." when the kader numbers its themes. */
export function verslagContent(model: PackModel, options: VerslagContentOptions = {}): VerslagContent {
  const filter = options.kaderIds?.length ? new Set(options.kaderIds) : undefined;
  const kaders = filter ? model.kaders.filter((k) => filter.has(k.id)) : model.kaders;
  const sections = model.sections.filter((s) => (!filter || filter.has(s.kaderId)) && s.entries.length > 0);
  const themes = sections.map((section, index): VerslagTheme => {
    const title = /^thema\s+\d/i.test(section.title) ? section.title : `Thema ${index + 1}. ${section.title}`;
    const applicable = section.entries.filter((e) => entryVerdict(e) !== 'nvt');
    const mixed = new Set(applicable.map(entryVerdict)).size > 1;
    const details =
      options.listUnmet && mixed
        ? section.entries.flatMap((e, i) => (entryVerdict(e) === 'nvt' || entryVerdict(e) === 'voldaan' ? [] : [`Aan eis ${i + 1} ${ENTRY_VERDICT_TEXT[entryVerdict(e)]}.`]))
        : [];
    const own = paragraphs(options.themes?.[section.id]);
    const toelichting: string[] = [...own];
    section.entries.forEach((e, i) => {
      const n = i + 1;
      if (entryVerdict(e) === 'nvt') {
        toelichting.push(`Eis ${n} is niet van toepassing${e.notApplicableReason ? `: ${lowerFirst(e.notApplicableReason)}` : '.'}`);
      } else if (own.length === 0 && e.toelichting?.trim()) {
        toelichting.push(section.entries.length > 1 ? `Eis ${n}: ${e.toelichting.trim()}` : e.toelichting.trim());
      }
    });
    return {
      id: section.id,
      title,
      // Under its own theme a requirement needs only the kader's number: "(nr. 5, 5.a)".
      requirements: section.entries.map((e) => `${e.text} (${e.label.startsWith(`${section.title} `) ? `nr. ${e.label.slice(section.title.length + 1)}` : e.label})`),
      verdict: sectionVerdictText(section),
      details,
      toelichting,
    };
  });
  const intro = paragraphs(options.introduction);
  return {
    title: 'Kwaliteitsverslag',
    organisation: model.organisation.name,
    kaders: kaders.map((k) => k.title),
    peildatum: formatDateNl(model.peildatum),
    introduction: intro.length > 0 ? intro : [defaultIntroduction(model, kaders)],
    themes,
  };
}
