/** The pack's first pages: cover, inhoudsopgave and samenvatting (counts over every chosen requirement). */
import { formatDateNl, formatTimestampAmsterdam } from './format';
import { anchors, hasLeftOut, pageRef, tocItems, type PackPlan } from './layout-plan';
import { MUTED, STATUS_COLOR, STATUS_TEXT, gridLayout, plainLayout, type PdfNode } from './layout-style';
import { PACK_STATUSES, type PackStatus } from './model';
import { personChoiceLabel, personChoiceLine } from './person-choice';
import { INCLUDE_LABELS, type PackSelection } from './select';

/** One sentence that says what the document is and for which peildatum. */
export function coverSentence(selection: PackSelection): string {
  const { model, kaders } = selection;
  const which = kaders.length === 1 ? `het ${kaders[0]?.title}` : `de kwaliteitskaders ${kaders.map((k) => k.title).join(' en ')}`;
  return (
    `Dit is het bewijspakket van ${model.organisation.name}${model.opdrachtgevers?.length ? ` voor ${model.opdrachtgevers.join(', ')}` : ''}: het laat per eis uit ${which} zien of eraan wordt ` +
    `voldaan op de peildatum ${formatDateNl(model.peildatum)}, met de documenten die dat aantonen.`
  );
}

/** What the pack holds, in words (cover, summary). */
export function contentsLabel(selection: PackSelection): string {
  const personal = selection.personal ? '' : ', zonder persoonlijke documenten van medewerkers';
  const persons = personChoiceLabel(selection);
  return `${INCLUDE_LABELS[selection.include]}${personal}${persons ? `, ${persons}` : ''}`;
}

/** The cover's document count; the three numbers add up to every stored document. */
export function documentCounts(plan: PackPlan): { stored: number; included: number; notIncluded: number } {
  const notIncluded = plan.skipped.length + plan.selection.leftOut.length;
  return { stored: plan.selection.storedCount, included: plan.included.length, notIncluded };
}

export function cover(plan: PackPlan): PdfNode[] {
  const { selection } = plan;
  const { model, kaders, omittedPersonal } = selection;
  const org = model.organisation;
  const orgLines = [
    org.kvk ? `KvK-nummer: ${org.kvk}` : '',
    org.agb ? `AGB-code: ${org.agb}` : '',
    org.address ?? '',
    org.contactPerson ? `Contactpersoon: ${org.contactPerson}` : '',
  ].filter((l) => l !== '');
  const counts = documentCounts(plan);
  const opdrachtgevers = model.opdrachtgevers ?? [];
  const rows: [string, string][] = [
    ...(opdrachtgevers.length ? ([[opdrachtgevers.length === 1 ? 'Opdrachtgever' : 'Opdrachtgevers', opdrachtgevers.join('\n')]] as [string, string][]) : []),
    ['Kwaliteitskader', kaders.map((k) => k.title).join('\n') || '—'],
    ['Peildatum', formatDateNl(model.peildatum)],
    ['Gemaakt op', `${formatTimestampAmsterdam(model.generatedAt)} (Nederlandse tijd)`],
    ['Gemaakt met', `Kwaliteitsmap ${model.appVersion}`],
    ['Inhoud', contentsLabel(selection)],
    [
      'Documenten',
      hasLeftOut(plan)
        ? `${counts.stored} opgeslagen: ${counts.included} als bijlage opgenomen, ${counts.notIncluded} niet opgenomen (met de reden op de pagina ‘Niet opgenomen’ achterin)`
        : `${counts.stored} opgeslagen, alle ${counts.included} als bijlage opgenomen`,
    ],
  ];
  const personalDocs = (n: number) => (n === 1 ? '1 persoonlijk document van een medewerker' : `${n} persoonlijke documenten van medewerkers`);
  if (omittedPersonal > 0) rows.push(['Weggelaten', personalDocs(omittedPersonal)]);
  const others = selection.omittedOtherPersons;
  if (others > 0) rows.push(['Weggelaten', `${personalDocs(others)} die niet ${others === 1 ? 'is' : 'zijn'} gekozen`]);
  return [
    { text: 'BEWIJSPAKKET KWALITEITSKADER', color: '#b6d4ea', fontSize: 10, bold: true, characterSpacing: 1.5, margin: [0, 10, 0, 6] },
    { text: org.name, color: '#ffffff', fontSize: 26, bold: true, margin: [0, 0, 0, 4] },
    ...(opdrachtgevers.length ? [{ text: `Voor ${opdrachtgevers.join(', ')}`, color: '#ffffff', fontSize: 14, bold: true, margin: [0, 0, 0, 4] }] : []),
    { text: kaders.map((k) => k.title).join(' · '), color: '#ffffff', fontSize: 11, margin: [0, 0, 0, 0] },
    { text: '', margin: [0, 60, 0, 0] },
    { text: coverSentence(selection), fontSize: 11.5, margin: [0, 0, 0, 14] },
    {
      table: {
        widths: [120, '*'],
        body: rows.map(([k, v]) => [{ text: k, style: 'label', fontSize: 10 }, { text: v, fontSize: 11 }]),
      },
      layout: { ...plainLayout, paddingTop: () => 5, paddingBottom: () => 5 },
    },
    ...(orgLines.length > 0
      ? [{ text: 'Organisatie', style: 'h2', margin: [0, 24, 0, 4] }, { text: orgLines.join('\n'), fontSize: 10 }]
      : []),
    {
      text:
        'Per eis staan de status op de peildatum met de reden, de toelichting en de documenten die de eis aantonen, ' +
        'met de pagina waarop elk document in deze map begint. Het manifest achterin geeft per bijlage het volledige ' +
        'SHA-256-controlegetal, zodat iedereen kan nagaan dat een bestand niet is gewijzigd.',
      style: 'small',
      fontSize: 8.5,
      margin: [0, 30, 0, 0],
    },
  ];
}

export function toc(plan: PackPlan): PdfNode[] {
  const body = tocItems(plan).map((item) => {
    const indent = item.level * 14;
    const bold = item.level === 0;
    return [
      { text: item.title, margin: [indent, bold ? 3 : 0, 0, 0], bold, fontSize: bold ? 9.5 : 8.5 },
      { ...pageRef(item.anchor), alignment: 'right', bold, fontSize: bold ? 9.5 : 8.5, margin: [0, bold ? 3 : 0, 0, 0] },
    ];
  });
  return [
    { text: '', pageBreak: 'after' },
    { text: 'Inhoudsopgave', style: 'h1' },
    { table: { widths: ['*', 36], body, dontBreakRows: true }, layout: plainLayout },
  ];
}

export interface SummaryCounts {
  perStatus: Record<PackStatus, number>;
  total: number;
  applicable: number;
  met: number;
  inPack: number;
  omitted: number;
}

/** Counts over every requirement of the chosen kaders, whatever the include filter left in the pack. */
export function summaryCounts(selection: PackSelection): SummaryCounts {
  const perStatus = Object.fromEntries(PACK_STATUSES.map((s) => [s, 0])) as Record<PackStatus, number>;
  for (const s of selection.allSections) for (const e of s.entries) perStatus[e.status]++;
  const total = selection.allSections.reduce((n, s) => n + s.entries.length, 0);
  const inPack = selection.sections.reduce((n, s) => n + s.entries.length, 0);
  return {
    perStatus,
    total,
    applicable: total - perStatus['not-applicable'],
    met: perStatus.met + perStatus.expiring,
    inPack,
    omitted: total - inPack,
  };
}

/** The summary's sentences (also what the unit tests check). */
export function summaryText(selection: PackSelection): string[] {
  const c = summaryCounts(selection);
  const lines = [`Op de peildatum ${formatDateNl(selection.model.peildatum)} wordt aan ${c.met} van de ${c.applicable} eisen die van toepassing zijn voldaan.`];
  if (c.omitted > 0) {
    const which = selection.include === 'met' ? 'alleen de eisen waaraan is voldaan' : 'alleen de eisen die aandacht nodig hebben';
    lines.push(`Dit pakket bevat ${which}: ${c.inPack} van de ${c.total} eisen. De andere ${c.omitted} tellen hierboven en in de tabel mee, maar staan niet in dit pakket.`);
  }
  const persons = personChoiceLine(selection);
  if (persons) lines.push(persons);
  return lines;
}

export function summary(plan: PackPlan): PdfNode[] {
  const statuses = PACK_STATUSES;
  const header = [
    { text: 'Sectie', style: 'th' },
    ...statuses.map((s) => ({ text: STATUS_TEXT[s], style: 'th', alignment: 'center' })),
    { text: 'Totaal', style: 'th', alignment: 'center' },
  ];
  const c = summaryCounts(plan.selection);
  const rows: PdfNode[][] = plan.selection.allSections.map((section) => {
    const counts = statuses.map((s) => section.entries.filter((e) => e.status === s).length);
    return [
      { text: section.title, style: 'td' },
      ...counts.map((n, i) => ({
        text: String(n),
        style: 'td',
        alignment: 'center',
        color: n > 0 ? STATUS_COLOR[statuses[i] as PackStatus] : '#8c959f',
        bold: n > 0,
      })),
      { text: String(section.entries.length), style: 'td', alignment: 'center', bold: true },
    ];
  });
  rows.push([
    { text: 'Totaal', style: 'td', bold: true },
    ...statuses.map((s) => ({ text: String(c.perStatus[s]), style: 'td', alignment: 'center', bold: true })),
    { text: String(c.total), style: 'td', alignment: 'center', bold: true },
  ]);
  return [
    { text: '', pageBreak: 'after' },
    { text: 'Samenvatting', style: 'h1', id: anchors.summary },
    ...summaryText(plan.selection).map((line) => ({ text: line, margin: [0, 0, 0, 6] })),
    {
      table: { headerRows: 1, widths: ['*', 46, 52, 46, 46, 52, 36], body: [header, ...rows] },
      layout: gridLayout,
      margin: [0, 4, 0, 0],
    },
    { text: `Inhoud van dit pakket: ${contentsLabel(plan.selection)}.`, style: 'small', margin: [0, 8, 0, 0], color: MUTED },
  ];
}
