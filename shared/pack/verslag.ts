/**
 * Kwaliteitsverslag: the public report in the shape of a provider's report on a kader (per theme the
 * requirements, whether they are met, and how). Built only from requirement texts, statuses and the user's
 * toelichting: no staff matrix, no documents, no names.
 */
import { formatDateNl } from './format';
import { PACK_STYLES, type DocDefinition, type PdfNode } from './layout';
import type { PackFonts, PackModel, PackRequirementEntry, PackSection } from './model';
import { renderDefinition } from './render';

export interface VerslagOptions {
  fonts: PackFonts;
  kaderIds?: string[];
  /** Optional introduction written by the user; a neutral default is used otherwise. */
  introduction?: string;
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

export function buildVerslagDefinition(model: PackModel, options: Omit<VerslagOptions, 'fonts'> = {}): DocDefinition {
  const filter = options.kaderIds?.length ? new Set(options.kaderIds) : undefined;
  const kaders = filter ? model.kaders.filter((k) => filter.has(k.id)) : model.kaders;
  const sections = model.sections.filter((s) => (!filter || filter.has(s.kaderId)) && s.entries.length > 0);
  const peil = formatDateNl(model.peildatum);
  const content: PdfNode[] = [
    { text: 'Kwaliteitsverslag', style: 'h1', fontSize: 24 },
    { text: model.organisation.name, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
    { text: kaders.map((k) => k.title).join('\n'), fontSize: 11, margin: [0, 0, 0, 4] },
    { text: `Stand van zaken op ${peil}`, style: 'small', fontSize: 9, margin: [0, 0, 0, 18] },
    { text: 'Inleiding', style: 'h2' },
    {
      text:
        options.introduction?.trim() ||
        `In dit verslag geeft ${model.organisation.name} per thema aan of wij voldoen aan de eisen uit ` +
          `${kaders.length === 1 ? 'het kwaliteitskader' : 'de kwaliteitskaders'} hierboven, met een korte toelichting ` +
          'op hoe wij dat doen.',
      margin: [0, 0, 0, 8],
    },
  ];
  sections.forEach((section, index) => {
    const title = /^thema\s+\d/i.test(section.title) ? section.title : `Thema ${index + 1}. ${section.title}`;
    const applicable = section.entries.filter((e) => entryVerdict(e) !== 'nvt');
    const mixed = new Set(applicable.map(entryVerdict)).size > 1;
    const toelichting: PdfNode[] = [];
    section.entries.forEach((e, i) => {
      const n = i + 1;
      if (entryVerdict(e) === 'nvt') {
        toelichting.push({ text: `Eis ${n} is niet van toepassing${e.notApplicableReason ? `: ${e.notApplicableReason}` : '.'}` });
      } else if (e.toelichting?.trim()) {
        toelichting.push({ text: section.entries.length > 1 ? `Eis ${n}: ${e.toelichting.trim()}` : e.toelichting.trim() });
      }
    });
    content.push(
      { text: title, style: 'h2', fontSize: 14, margin: [0, 18, 0, 6], headlineLevel: 1 },
      { text: 'Vereisten', bold: true, margin: [0, 0, 0, 4] },
      { ol: section.entries.map((e) => ({ text: e.text, margin: [0, 0, 0, 3] })), margin: [0, 0, 0, 8] },
      { text: sectionVerdictText(section), bold: true, margin: [0, 0, 0, 4] },
    );
    if (mixed) {
      content.push({
        ul: section.entries
          .map((e, i) => ({ e, n: i + 1 }))
          .filter(({ e }) => entryVerdict(e) !== 'nvt')
          .map(({ e, n }) => `Aan eis ${n} ${ENTRY_VERDICT_TEXT[entryVerdict(e)]}.`),
        margin: [0, 0, 0, 6],
      });
    }
    content.push(
      { text: 'Toelichting:', italics: true, margin: [0, 2, 0, 3] },
      toelichting.length
        ? { ul: toelichting.map((t) => ({ ...(t as object), margin: [0, 0, 0, 3] })) }
        : { text: 'Geen toelichting opgegeven.', italics: true, color: '#57606a' },
    );
  });
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 60],
    info: { title: `Kwaliteitsverslag ${model.organisation.name}`, author: model.organisation.name, producer: `Kwaliteitsmap ${model.appVersion}` },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: '#1f2328' },
    styles: PACK_STYLES,
    footer: (currentPage: number, pageCount: number) => ({
      margin: [56, 20, 56, 0],
      columns: [
        { text: `Kwaliteitsverslag ${model.organisation.name} · ${peil}`, fontSize: 7.5, color: '#57606a' },
        { text: `Pagina ${currentPage} van ${pageCount}`, alignment: 'right', fontSize: 7.5, color: '#57606a', width: 110 },
      ],
    }),
    content,
  };
}

export async function buildKwaliteitsverslag(model: PackModel, options: VerslagOptions): Promise<Uint8Array> {
  const out = await renderDefinition(buildVerslagDefinition(model, options), options.fonts);
  return out.pdf as Uint8Array;
}
