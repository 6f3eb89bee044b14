import { useEffect, useMemo, useRef } from 'react';
import { PdfPreview } from '../PdfPreview';
import type { QueueItem } from './queue-store';

/** A photo from bytes: the object URL is made and freed with the element. */
function ImagePreview({ blob, alt }: { blob: Blob; alt: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    img.current!.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return <img ref={img} className="preview-image" alt={alt} />;
}

/** The queued file itself, next to its proposal: PDF pages or the photo. */
export function QueuePreview({ item }: { item: QueueItem }) {
  const blob = useMemo(() => (item.bytes ? new Blob([item.bytes as Uint8Array<ArrayBuffer>]) : undefined), [item.bytes]);
  if (!blob || !item.kind) return <p className="muted">Nog geen voorbeeld.</p>;
  if (item.kind === 'pdf') return <PdfPreview data={blob} title={item.name} />;
  if (item.kind === 'jpeg' || item.kind === 'png') return <ImagePreview blob={blob} alt={`Voorbeeld van ${item.name}`} />;
  return <p className="muted">Voor dit soort bestand is geen voorbeeld.</p>;
}
