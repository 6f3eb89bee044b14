import { useEffect, useRef, useState } from 'react';
import { MANUAL_VERDICT_LABELS } from '../../../../shared/engine';
import { requirementLabel } from '../../../../shared/kaders/labels';
import { todayInAmsterdam } from '../../../../shared/dates';
import { userMessage } from '../../../../shared/errors/user-error';
import type { Assessment, EvidenceDocument } from '../../../../shared/model';
import { getDb } from '../../db/database';
import { saveAssessment } from '../../db/assessment-store';
import type { VaultData } from '../../app/engine';
import { hrefFor } from '../../app/routing';
import { StatusBadge } from '../../components/StatusBadge';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { RequirementRow } from './group-results';
import { AuthoringOffer } from '../authoring/AuthoringOffer';
import { evidenceName, rowAction } from './row-wording';
import { LinkRequirementsDialog } from '../documents/LinkRequirementsDialog';

type Verdict = NonNullable<Assessment['manual']>['verdict'];

/** One requirement: status, evidence, what to do, the user's toelichting and "niet van toepassing". */
export function RequirementCard({ kaderId, row, data, focused }: { kaderId: string; row: RequirementRow; data: VaultData; focused: boolean }) {
  const db = getDb();
  const ref = useRef<HTMLElement>(null);
  const assessment = data.assessments.find((a) => a.kaderId === kaderId && a.requirementId === row.requirementId);
  const kader = data.kaders.find((k) => k.id === kaderId);
  const requirement =
    kader?.requirements.find((r) => r.id === row.requirementId) ??
    data.customRequirements.find((r) => r.kaderId === kaderId && r.id === row.requirementId);
  // The kader's name for it, as the pack prints it ("Veiligheid 1a" where one bullet holds two requirements).
  const label = (kader && requirementLabel(kader, row.requirementId)) ?? (requirement ? `${requirement.sourceRef.section}, ${requirement.sourceRef.bullet}` : undefined);
  const [toelichting, setToelichting] = useState(assessment?.toelichting ?? '');
  const [nvtOpen, setNvtOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [removing, setRemoving] = useState(false);
  const [linkDoc, setLinkDoc] = useState<EvidenceDocument>();
  const worst = row.worst;
  const profileNvt = worst.status === 'niet-van-toepassing' && worst.reasonSource !== 'beoordeling';
  const docs = [...new Set(row.results.flatMap((r) => r.documentIds))].map((id) => data.documents.find((d) => d.id === id)).filter((d) => d !== undefined);
  const personal = row.results.some((r) => r.personId);
  const cardId = `req-${row.requirementId}`;

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  async function save(change: Parameters<typeof saveAssessment>[3], done: string) {
    setError(undefined);
    try {
      await saveAssessment(db, kaderId, row.requirementId, change);
      setStatus(done);
      return true;
    } catch (e) {
      setError(userMessage(e));
      return false;
    }
  }

  return (
    <article ref={ref} className={focused ? 'req focused' : 'req'} aria-labelledby={`${cardId}-title`}>
      <header className="req-head">
        <StatusBadge status={worst.status} />
        <h3 id={`${cardId}-title`}>{row.text}</h3>
      </header>
      {label && (
        <p className="source">
          Bron: {label}
          {row.custom ? ' · eigen eis' : ''}
        </p>
      )}
      {worst.status === 'niet-van-toepassing' && worst.reason && <p className="reason">Niet van toepassing: {worst.reason}</p>}
      {worst.status !== 'niet-van-toepassing' && <p className="action">{rowAction(worst, row.results)}</p>}
      {worst.status === 'ontbreekt' && !personal && <AuthoringOffer result={worst} data={data} />}
      {personal && (
        <ul className="people-status" aria-label="Per persoon">
          {row.results.map((r) => (
            <li key={r.key}>
              <StatusBadge status={r.status} /> <a href={hrefFor('personeel', r.personId ?? '')}>{r.personName}</a>
            </li>
          ))}
        </ul>
      )}
      {docs.length > 0 && (
        <p className="evidence">
          Bewijs:{' '}
          {docs.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <a href={hrefFor('documenten', d.id)}>{evidenceName(d, data.people)}</a>
            </span>
          ))}
          {!personal && docs[0] && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => setLinkDoc(docs[0])}>
                Ook voor andere eisen gebruiken…
              </button>
            </>
          )}
        </p>
      )}
      {row.results.some((r) => r.remarks?.length) && (
        <ul className="remarks" aria-label="Opmerkingen">
          {row.results.flatMap((r) =>
            (r.remarks ?? []).map((m) => (
              <li key={`${r.key}-${m}`}>
                {r.personName ? `${r.personName}: ` : ''}
                {m}
              </li>
            )),
          )}
        </ul>
      )}
      {linkDoc && <LinkRequirementsDialog doc={linkDoc} onClose={() => setLinkDoc(undefined)} />}
      {worst.problems.length > 0 && (
        <ul className="problems">
          {worst.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}

      {!profileNvt && (
        <div className="req-edit">
          <label htmlFor={`${cardId}-toel`}>Toelichting: hoe voldoe je hieraan?</label>
          <textarea
            id={`${cardId}-toel`}
            value={toelichting}
            onChange={(e) => setToelichting(e.target.value)}
            onBlur={() => {
              if (toelichting !== (assessment?.toelichting ?? '')) void save({ toelichting: toelichting.trim() || undefined }, 'Toelichting opgeslagen.');
            }}
          />
          {requirement && requirement.evidence.length === 0 && (
            <div className="verdict">
              <label htmlFor={`${cardId}-verdict`}>Eigen beoordeling</label>
              <select
                id={`${cardId}-verdict`}
                value={assessment?.manual?.verdict ?? ''}
                onChange={(e) =>
                  void save(
                    { manual: e.target.value ? { verdict: e.target.value as Verdict, decidedOn: todayInAmsterdam() } : undefined },
                    'Beoordeling opgeslagen.',
                  )
                }
              >
                <option value="">Nog niet beoordeeld</option>
                {(Object.keys(MANUAL_VERDICT_LABELS) as Verdict[]).map((v) => (
                  <option key={v} value={v}>
                    {MANUAL_VERDICT_LABELS[v]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="actions">
            {assessment?.notApplicable ? (
              <button type="button" onClick={() => void save({ notApplicable: undefined }, 'Eis is weer van toepassing.')}>
                Toch van toepassing
              </button>
            ) : (
              <button type="button" onClick={() => setNvtOpen(true)} aria-expanded={nvtOpen}>
                Niet van toepassing…
              </button>
            )}
            {row.custom && (
              <button type="button" onClick={() => setRemoving(true)}>
                Eigen eis verwijderen…
              </button>
            )}
          </div>
          {nvtOpen && (
            <form
              className="nvt"
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                if (await save({ notApplicable: { reason: reason.trim(), decidedOn: todayInAmsterdam() } }, 'Gemarkeerd als niet van toepassing.')) {
                  setNvtOpen(false);
                  setReason('');
                }
              }}
            >
              <label htmlFor={`${cardId}-reason`}>Waarom is deze eis niet van toepassing?</label>
              <textarea id={`${cardId}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus aria-required="true" />
              <div className="actions">
                <button type="submit" className="primary">
                  Opslaan
                </button>
                <button type="button" onClick={() => setNvtOpen(false)}>
                  Annuleren
                </button>
              </div>
            </form>
          )}
        </div>
      )}
      <ErrorMessage message={error} />
      {status && (
        <p role="status" className="muted saved">
          {status}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title="Eigen eis verwijderen?"
          confirmLabel="Verwijderen"
          danger
          onCancel={() => setRemoving(false)}
          onConfirm={async () => {
            try {
              await db.transaction('rw', db.customRequirements, db.assessments, async () => {
                await db.customRequirements.delete(row.requirementId);
                await db.assessments.delete([kaderId, row.requirementId]);
              });
            } catch (e) {
              setError(userMessage(e));
            }
            setRemoving(false);
          }}
        >
          <p>“{row.text}” en je toelichting erbij worden verwijderd. Documenten blijven bewaard.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
