import { useMemo, useState } from 'react';
import type { EvidenceDocument } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { useEngine } from '../../app/engine';
import { kaderById } from '../../app/kaders';
import { getDb } from '../../db/database';
import { setDocumentLinks } from '../../db/document-links';
import { ModalForm } from '../../components/ModalForm';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { count } from '../../lib/text';
import { initialSelection, linkCandidates } from './link-candidates';
import './link-dialog.css';

/**
 * One document for many requirements: a kwaliteitshandboek or a document with all werkwijzen linked
 * to every requirement it covers in one go. Requirements that ask for the same kind of document are
 * ticked already; the user unticks what it does not cover.
 */
export function LinkRequirementsDialog({ doc, onClose }: { doc: EvidenceDocument; onClose: (saved?: number) => void }) {
  const engine = useEngine();
  const kaders = useMemo(() => (engine?.data.org.profile.kaderIds ?? []).map(kaderById).filter((k) => k !== undefined), [engine?.data.org.profile.kaderIds]);
  const candidates = useMemo(() => (engine ? linkCandidates(kaders, doc, engine.output.results) : []), [engine, kaders, doc]);
  const [chosen, setChosen] = useState<Set<string>>();
  const selection = chosen ?? initialSelection(doc, candidates);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const q = query.trim().toLowerCase();
  const shown = candidates.filter((c) => !q || c.text.toLowerCase().includes(q) || selection.has(c.requirementId));
  const sameKind = candidates.filter((c) => c.sameKind).length;

  function toggle(id: string, on: boolean) {
    const next = new Set(selection);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  }

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      // Only requirements offered here are replaced; links outside the list stay as they were.
      const offered = new Set(candidates.map((c) => c.requirementId));
      const links = [...doc.links.filter((l) => !offered.has(l)), ...selection];
      await setDocumentLinks(getDb(), doc.id, links);
      onClose(selection.size);
    } catch (e) {
      setError(userMessage(e));
      setBusy(false);
    }
  }

  return (
    <ModalForm
      title="Koppelen aan eisen"
      className="link-dialog"
      busy={busy}
      onCancel={() => onClose()}
      actions={
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          {selection.size === 0 ? 'Geen eisen koppelen' : `Koppelen aan ${count(selection.size, 'eis', 'eisen')}`}
        </button>
      }
    >
      <p>
        Voor welke eisen telt <strong>{doc.title}</strong> als bewijs?{' '}
        {sameKind === 1 ? 'De eis die om dit soort document vraagt, staat al aangevinkt.' : sameKind > 1 ? `De ${sameKind} eisen die om dit soort document vragen, staan al aangevinkt.` : ''}
      </p>
      <label htmlFor="link-dialog-search">Eisen zoeken</label>
      <input id="link-dialog-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="link-list">
        {kaders.map((kader) => {
          const rows = shown.filter((c) => c.kaderId === kader.id);
          if (rows.length === 0) return null;
          return (
            <fieldset key={kader.id}>
              <legend>{kader.shortTitle ?? kader.title}</legend>
              {rows.map((c) => (
                <label className="choice" key={c.requirementId}>
                  <input type="checkbox" checked={selection.has(c.requirementId)} onChange={(e) => toggle(c.requirementId, e.target.checked)} />
                  <span>{c.text}</span>
                  <StatusBadge status={c.status} />
                </label>
              ))}
            </fieldset>
          );
        })}
        {shown.length === 0 && <p className="empty">Geen eis gevonden met ‘{query.trim()}’.</p>}
      </div>
      <ErrorMessage message={error} />
    </ModalForm>
  );
}
