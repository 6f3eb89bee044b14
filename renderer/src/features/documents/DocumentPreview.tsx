import { useEffect, useState } from 'react';
import type { EvidenceDocument } from '../../../../shared/model';
import { userMessage } from '../../../../shared/errors/user-error';
import { getDb } from '../../db/database';
import { readDocumentBlob } from '../../db/document-store';
import { PdfPreview } from './PdfPreview';

export function DocumentPreview({ doc }: { doc: EvidenceDocument }) {
  const [blob, setBlob] = useState<Blob>();
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let live = true;
    readDocumentBlob(getDb(), doc.id).then(
      (b) => {
        if (!live) return;
        setBlob(b);
        if (doc.fileKind === 'jpeg' || doc.fileKind === 'png') setUrl((objectUrl = URL.createObjectURL(b)));
      },
      (e) => live && setError(userMessage(e)),
    );
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [doc.id, doc.fileKind]);

  if (error) return <p className="error">{error}</p>;
  if (!blob) return <p className="muted">Laden…</p>;
  if (doc.fileKind === 'pdf') return <PdfPreview data={blob} title={doc.title} />;
  if (url) return <img className="preview-image" src={url} alt={`${doc.title} (${doc.fileName})`} />;
  // The page says above why (doc.fileNote); no need to repeat it here.
  return <p className="muted">Voor dit soort bestand is geen voorbeeld.</p>;
}
