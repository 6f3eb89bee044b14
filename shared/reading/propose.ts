import { getEvidenceType } from '../evidence';
import { EARLIEST_DATE } from '../files/document-dates';
import { formatDateNl } from '../dates';
import type { IsoDate } from '../model';
import { scoreTypes } from './classify';
import { findDates, labelDates, type LabelledDate } from './dates';
import { proposeDetails, trainingSubject } from './details';
import { normalizeFileName, normalizeText } from './normalize';
import { matchPerson } from './person';
import { MIN_CONFIDENCE, type DocumentProposal, type ProposeInput, type ProposedField } from './types';

/** Fewer letters than this and the file is treated as having no text (a scan: OCR it). */
export const MIN_TEXT_LETTERS = 40;

/** Policy types that are also training subjects: a certificate about them is scholing, not the policy. */
const SUBJECT_POLICIES = new Set(['meldcode', 'protocol-agressie', 'medicatiebeleid', 'privacybeleid']);
/** A training certificate says so near the top. */
const CERTIFICATE_TITLE = /\b(certificaat|bewijs van deelname|deelnamebewijs|heeft deelgenomen|heeft (met goed gevolg|succesvol) (afgerond|gevolgd|doorlopen)|e-learning)\b/;

const keep = <T>(f: ProposedField<T> | undefined): ProposedField<T> | undefined => (f && f.confidence >= MIN_CONFIDENCE ? f : undefined);

function proposeType(text: string, fileName: string, textMissing: boolean): ProposedField<string> | undefined {
  const [best, next] = scoreTypes(text, fileName);
  if (!best) return undefined;
  let type = best.type;
  if (SUBJECT_POLICIES.has(type) && CERTIFICATE_TITLE.test(text.slice(0, 400)) && trainingSubject(text)) type = 'scholing';
  if (!getEvidenceType(type)) return undefined;
  const margin = next ? best.score / next.score : Infinity;
  const confidence = best.score >= 10 && margin >= 1.6 ? 0.9 : best.score >= 6 && margin >= 1.3 ? 0.7 : 0.4;
  // Without text, only the file name can have told it: say so, not "in de tekst".
  return { value: type, confidence, source: textMissing ? 'in de bestandsnaam' : 'tekst en bestandsnaam' };
}

/** The best date for one role: the clearest label; equally clear labels that disagree leave it empty. */
function pickDate(dates: LabelledDate[], role: 'issue' | 'until'): { field?: ProposedField<IsoDate>; ambiguous: boolean } {
  const candidates = dates.filter((d) => d.role === role);
  if (candidates.length === 0) return { ambiguous: false };
  const top = Math.max(...candidates.map((d) => d.confidence));
  const best = candidates.filter((d) => d.confidence === top);
  const values = [...new Set(best.map((d) => d.iso))].sort();
  let chosen: LabelledDate | undefined;
  if (values.length === 1) chosen = best[0];
  // A policy "vastgesteld 2023, herzien 2025": the latest revision is the one in force.
  else if (best.every((d) => d.revision)) chosen = best.find((d) => d.iso === values[values.length - 1]);
  if (!chosen) return { ambiguous: true };
  return { field: { value: chosen.iso, confidence: chosen.confidence, source: `bij "${chosen.label}"` }, ambiguous: false };
}

/**
 * Proposes the type, person, dates and details of one document from its text and file name.
 * Pure and deterministic: no clock (pass `today`), no I/O. Fields it is not sure of are absent.
 */
export function proposeDocument(input: ProposeInput): DocumentProposal {
  const text = normalizeText(input.text);
  const fileName = normalizeFileName(input.fileName);
  const notes: string[] = [];
  const textMissing = text.replace(/[^a-z]/g, '').length < MIN_TEXT_LETTERS;

  const evidenceType = keep(proposeType(text, fileName, textMissing));
  const type = evidenceType ? getEvidenceType(evidenceType.value) : undefined;

  const proposal: DocumentProposal = { details: {}, notes, textMissing };
  if (evidenceType) proposal.evidenceType = evidenceType;

  if (!type || type.personal) {
    const person = matchPerson(text, fileName, input.people);
    if (person.field && keep(person.field)) proposal.personId = person.field;
    if (person.note) notes.push(person.note);
  }

  const dates = labelDates(text, findDates(text)).filter((d) => d.iso >= EARLIEST_DATE);
  const issue = pickDate(dates, 'issue');
  const until = pickDate(dates, 'until');
  if (issue.ambiguous) notes.push('Er staan verschillende afgiftedatums in het document. Vul zelf de juiste in.');
  if (until.ambiguous) notes.push('Er staan verschillende einddatums in het document. Vul zelf de juiste in.');
  let issueDate = keep(issue.field);
  let validUntil = keep(until.field);
  if (issueDate && issueDate.value > input.today) {
    notes.push(`De datum ${formatDateNl(issueDate.value)} ligt in de toekomst en is daarom niet ingevuld als afgiftedatum.`);
    issueDate = undefined;
  }
  if (issueDate && validUntil && validUntil.value <= issueDate.value) validUntil = undefined;
  if (issueDate && type?.issueDate.use !== 'hidden') proposal.issueDate = issueDate;
  if (validUntil && (type ? type.validUntil.use !== 'hidden' : true)) proposal.validUntil = validUntil;

  if (type) {
    const allowed = new Set(type.fields.map((f) => f.key));
    for (const [key, value] of Object.entries(proposeDetails(type.key, text, input.text))) {
      if (allowed.has(key) && keep(value)) proposal.details[key] = value;
    }
  }
  if (input.unreadable) notes.push('De app kan de tekst van dit soort bestand niet lezen. Vul de gegevens zelf in.');
  else if (textMissing) notes.push('In dit bestand staat (bijna) geen tekst. Controleer alles zelf.');
  return proposal;
}
