import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { EvidenceDocument } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { updateDocumentMeta } from '../../db/document-store';
import { useAllKaders } from '../../app/kaders';
import { ErrorMessage } from '../../components/ErrorMessage';

/**
 * Explicit links from a document to requirements of any active kader: one document can prove
 * requirements in several kaders (a klachtenregeling serves both Wmo and Wlz).
 */
export function RequirementLinks({ doc }: { doc: EvidenceDocument }) {
  const db = getDb();
  const org = useLiveQuery(() => db.organisation.get('org'), [db]);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const known = useAllKaders();
  const kaders = (org?.profile.kaderIds ?? []).map((id) => known.find((k) => k.id === id)).filter((k) => k !== undefined);
  const q = query.trim().toLowerCase();

  async function toggle(requirementId: string, on: boolean) {
    const links = on ? [...new Set([...doc.links, requirementId])] : doc.links.filter((l) => l !== requirementId);
    try {
      await updateDocumentMeta(db, doc.id, { links });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <details className="links" open={doc.links.length > 0}>
      <summary>
        Gekoppeld aan eisen ({doc.links.length === 0 ? 'automatisch op soort' : `${doc.links.length} handmatig`})
      </summary>
      <p className="help">
        Een document telt vanzelf mee voor eisen die dit soort bewijs vragen. Koppel het hier ook aan andere eisen, in elk kader.
      </p>
      <label htmlFor="link-search">Eisen zoeken</label>
      <input id="link-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ErrorMessage message={error} />
      {kaders.map((kader) => {
        const reqs = kader.requirements.filter((r) => doc.links.includes(r.id) || (q && (r.text.toLowerCase().includes(q) || r.id.includes(q))));
        if (reqs.length === 0) return null;
        return (
          <fieldset key={kader.id}>
            <legend>{kader.shortTitle ?? kader.title}</legend>
            {reqs.map((r) => (
              <label className="choice" key={r.id}>
                <input type="checkbox" checked={doc.links.includes(r.id)} onChange={(e) => void toggle(r.id, e.target.checked)} />
                {r.text}
              </label>
            ))}
          </fieldset>
        );
      })}
    </details>
  );
}
