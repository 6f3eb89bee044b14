import { useId, useMemo, useState } from 'react';
import type { OpenedFile } from '../../../../shared/bridge';
import {
  buildDeadlineCalendar,
  CALENDAR_FILE_NAME,
  daysLeftText,
  dedupeDeadlines,
  deadlineSubject,
  filterDeadlineItems,
  groupDeadlineItems,
  deadlineStatusLabel,
  ORGANISATION_FILTER,
  type DeadlineItem,
} from '../../../../shared/calendar';
import { formatDateNl } from '../../../../shared/dates';
import { DEADLINE_KIND_LABELS } from '../../../../shared/engine';
import type { EvidenceDocument } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { useEngine } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { useSettings } from '../../app/settings';
import { host } from '../../host';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import type { DetailsPreset } from '../documents/DocumentDetailsForm';
import { DOCUMENT_FILTERS } from '../documents/file-filters';
import { ImportPanel } from '../documents/ImportPanel';

const ALARM_CHOICES = [7, 14, 30, 60, 90] as const;

/** The version a renewal supersedes: the newest of the document's version group (history is kept). */
function renewalTarget(documents: readonly EvidenceDocument[], documentId: string): EvidenceDocument | undefined {
  const doc = documents.find((d) => d.id === documentId);
  if (!doc) return undefined;
  return documents.find((d) => d.versionGroup === doc.versionGroup && !d.supersededBy) ?? doc;
}

/** Every date from the engine, overdue first, then per month; filters, renewal and the calendar export. */
export function DeadlinesPage() {
  const engine = useEngine();
  const settings = useSettings();
  const [personId, setPersonId] = useState('');
  const [kaderId, setKaderId] = useState('');
  const [alarmChoice, setAlarmChoice] = useState<number | undefined>();
  const [renewal, setRenewal] = useState<{ files: OpenedFile[]; preset: DetailsPreset }>();
  const [error, setError] = useState<string>();
  const [exported, setExported] = useState<string>();
  const ids = useId();

  const items = useMemo(() => (engine ? dedupeDeadlines(engine.output.deadlines) : []), [engine]);
  if (!engine) return null;
  const { output, data } = engine;
  const shown = filterDeadlineItems(items, { personId, kaderId });
  const groups = groupDeadlineItems(shown);
  const kaderNames = Object.fromEntries(output.kaders.map((k) => [k.id, k.shortTitle ?? k.title]));
  const people = [...data.people].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const alarmDays = alarmChoice ?? settings.horizonDays;

  async function renew(item: DeadlineItem) {
    setError(undefined);
    const target = item.deadline.documentId ? renewalTarget(data.documents, item.deadline.documentId) : undefined;
    if (!target) return setError('Het document bij deze termijn bestaat niet meer.');
    try {
      const files = await host.openFiles({ filters: DOCUMENT_FILTERS, multiple: false, title: 'Nieuwe versie kiezen' });
      if (files.length === 0) return;
      setRenewal({
        files,
        preset: { evidenceType: target.evidenceType, ...(target.personId ? { personId: target.personId } : {}), supersedesId: target.id },
      });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  async function exportCalendar() {
    setError(undefined);
    setExported(undefined);
    try {
      const requirementTexts = Object.fromEntries(output.results.map((r) => [`${r.kaderId}:${r.requirementId}`, r.text]));
      const text = buildDeadlineCalendar(shown, {
        alarmDaysBefore: alarmDays,
        alarmTime: settings.reminderTime,
        now: new Date(),
        kaderNames,
        requirementTexts,
      });
      const result = await host.saveFile({
        suggestedName: CALENDAR_FILE_NAME,
        filters: [{ name: 'Agenda (iCalendar)', extensions: ['ics'] }],
        bytes: new TextEncoder().encode(text),
        folderKey: 'agenda',
      });
      setExported(
        result.saved
          ? `Agenda-bestand opgeslagen met ${shown.length} ${shown.length === 1 ? 'termijn' : 'termijnen'}${result.path ? ` in ${result.path}` : ''}. Importeer het in je agenda; een nieuwe export werkt dezelfde afspraken bij.`
          : 'Het agenda-bestand is niet opgeslagen.',
      );
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <section aria-labelledby="deadlines-title">
      <h1 id="deadlines-title">Termijnen</h1>
      <p className="muted">
        Alles wat verloopt, herzien of opnieuw gedaan moet worden, op datum. “Verloopt binnenkort” betekent binnen {output.horizonDays} dagen;
        dat stel je in bij <a href={hrefFor('instellingen')}>Instellingen</a>, net als de dagelijkse melding.
      </p>

      <div className="toolbar" role="group" aria-label="Filters">
        <label htmlFor={`${ids}-person`}>Persoon</label>
        <select id={`${ids}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">Iedereen</option>
          <option value={ORGANISATION_FILTER}>Organisatie (geen persoon)</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-kader`}>Kader</label>
        <select id={`${ids}-kader`} value={kaderId} onChange={(e) => setKaderId(e.target.value)}>
          <option value="">Alle kaders</option>
          {output.kaders.map((k) => (
            <option key={k.id} value={k.id}>
              {kaderNames[k.id]}
            </option>
          ))}
        </select>
      </div>

      <div className="toolbar" role="group" aria-label="Agenda">
        <label htmlFor={`${ids}-alarm`}>Herinnering in de agenda</label>
        <select id={`${ids}-alarm`} value={alarmDays} onChange={(e) => setAlarmChoice(Number(e.target.value))}>
          {[...new Set<number>([settings.horizonDays, ...ALARM_CHOICES])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n}>
                {n} dagen van tevoren{n === settings.horizonDays ? ' (instelling)' : ''}
              </option>
            ))}
        </select>
        <button type="button" onClick={exportCalendar} disabled={shown.length === 0} aria-describedby={`${ids}-export-help`}>
          Agenda exporteren (.ics)
        </button>
        <span id={`${ids}-export-help`} className="muted">
          {shown.length} {shown.length === 1 ? 'termijn' : 'termijnen'} in de huidige selectie
        </span>
      </div>
      {exported && <p role="status">{exported}</p>}
      <ErrorMessage message={error} />

      {renewal && <ImportPanel files={renewal.files} preset={renewal.preset} onClose={() => setRenewal(undefined)} />}

      {items.length === 0 ? (
        <p className="empty">Er zijn nog geen termijnen. Ze verschijnen zodra je documenten met een datum toevoegt.</p>
      ) : groups.length === 0 ? (
        <p className="empty">Geen termijnen voor deze selectie.</p>
      ) : (
        groups.map((group) => (
          <section key={group.key} aria-labelledby={`${ids}-g-${group.key}`}>
            <h2 id={`${ids}-g-${group.key}`}>{group.label}</h2>
            <ul className="attention">
              {group.items.map((item) => (
                <DeadlineRow key={item.key} item={item} kaderNames={kaderNames} onRenew={() => void renew(item)} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function DeadlineRow({ item, kaderNames, onRenew }: { item: DeadlineItem; kaderNames: Record<string, string>; onRenew: () => void }) {
  const titleId = useId();
  const d = item.deadline;
  const renewable = !!d.documentId && (item.status === 'verlopen' || item.status === 'verloopt-binnenkort');
  const kaders = item.kaderIds.map((id) => kaderNames[id] ?? id);
  return (
    <li>
      <StatusBadge status={item.status} label={deadlineStatusLabel(d.kind, item.status)} />
      <div>
        <strong id={titleId}>
          {d.documentId ? <a href={hrefFor('documenten', d.documentId)}>{deadlineSubject(d)}</a> : deadlineSubject(d)}
        </strong>
        <p className="action">
          {DEADLINE_KIND_LABELS[d.kind]} op {formatDateNl(d.date)} ({daysLeftText(d.daysLeft)}) ·{' '}
          {kaders.length === 0 ? 'telt voor geen eis van je kaders' : `${kaders.length === 1 ? 'Kader' : 'Kaders'}: ${kaders.join(', ')}`}
        </p>
        {d.dateSource && d.dateSource.kind !== 'ingevuld' && <p className="help">{d.dateSource.text.charAt(0).toUpperCase() + d.dateSource.text.slice(1)}</p>}
        {renewable && (
          <div className="actions">
            <button type="button" onClick={onRenew} aria-describedby={titleId}>
              Nieuwe versie toevoegen
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
