/**
 * Start-of-work rule (kader 003, VOG): evidence issued at most N months before the first working day and,
 * when notAfterStart, not after it. Checked against every revision that exists on the peildatum, because
 * the VOG from the start still counts after later renewals.
 */
import { formatDateNl, subMonthsIso } from '../dates';
import type { Requirement } from '../kaders/schema';
import type { IsoDate } from '../model';
import { evidencePhrase } from './describe';
import type { EvidenceIndex } from './evidence-index';
import { capitalize } from './labels';
import type { PersonInput } from './types';
import { matchesWhere } from './validity';

export type StartCheck =
  | {
      ok: true;
      /**
       * Set when the only fitting evidence was issued after the start date: the requirement is met from that
       * issue date on, and the remark says plainly that at the start there was none.
       */
      late?: { issued: IsoDate; start: IsoDate; remark: string; documentId: string };
    }
  | {
      ok: false;
      /** The person has not started yet: the evidence is needed by the start date. */
      pending: boolean;
      start: IsoDate;
      earliest: IsoDate;
      problem?: string;
      evidenceType: string;
    };

export function checkStartOfWork(req: Requirement, person: PersonInput, index: EvidenceIndex, peildatum: IsoDate): StartCheck {
  const rule = req.startOfWork;
  if (!rule) return { ok: true };
  const start = person.startDate;
  const earliest = subMonthsIso(start, rule.maxMonthsBefore);
  const accepts = req.evidence.flatMap((g) => g.anyOf);
  const firstType = accepts[0]?.type ?? 'overig';
  const issued: { date: IsoDate; type: string; id: string }[] = [];
  for (const accept of accepts) {
    for (const doc of index.history(person.id, accept.type)) {
      if (doc.issueDate && matchesWhere(doc, accept.where)) issued.push({ date: doc.issueDate, type: doc.evidenceType, id: doc.id });
    }
  }
  if (issued.some((d) => d.date >= earliest && (!rule.notAfterStart || d.date <= start))) return { ok: true };

  const pending = start > peildatum;
  const late = rule.notAfterStart ? issued.filter((d) => d.date > start).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : [];
  // A fitting document issued after the start makes it right from its issue date (it only exists in the
  // history once that date is on or before the peildatum). The gap at the start stays visible.
  if (late[0]) {
    const remark = `Bij de start op ${formatDateNl(start)} was er geen geldige ${evidencePhrase(late[0].type).replace(/^(de|het) /, '')}; in orde sinds de afgifte op ${formatDateNl(late[0].date)}.`;
    return { ok: true, late: { issued: late[0].date, start, remark, documentId: late[0].id } };
  }
  const early = issued.filter((d) => d.date < earliest).sort((a, b) => (a.date < b.date ? 1 : -1));
  let problem: string | undefined;
  if (early[0]) {
    problem = `${capitalize(evidencePhrase(early[0].type))} van ${formatDateNl(early[0].date)} is meer dan ${rule.maxMonthsBefore} maanden vóór de startdatum (${formatDateNl(start)}) afgegeven; de afgiftedatum moet op of na ${formatDateNl(earliest)} liggen.`;
  }
  return { ok: false, pending, start, earliest, problem, evidenceType: early[0]?.type ?? firstType };
}
