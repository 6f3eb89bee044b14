import { useEffect, useRef, useState } from 'react';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Renders a PDF's pages to canvases with pdf.js: no plugin, no eval, nothing remote. */
export function PdfPreview({ data, title }: { data: Blob; title: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    let task: pdfjs.PDFDocumentLoadingTask | undefined;
    (async () => {
      try {
        task = pdfjs.getDocument({ data: new Uint8Array(await data.arrayBuffer()) });
        const doc = await task.promise;
        if (cancelled) return;
        setPages(doc.numPages);
        const host = container.current!;
        host.replaceChildren();
        // A preview needs a few pages, not a 200-page scan at full size.
        for (let n = 1; n <= Math.min(doc.numPages, 10) && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: 1.2 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `${title}, pagina ${n}`);
          host.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
      } catch {
        if (!cancelled) setError('Dit PDF-bestand kan niet worden getoond. Het is wel bewaard zoals het was.');
      }
    })();
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [data, title]);

  return (
    <div className="preview">
      {error ? <p className="error">{error}</p> : pages !== undefined && pages > 10 && <p className="muted">De eerste 10 van {pages} pagina's.</p>}
      <div ref={container} className="preview-pages" />
    </div>
  );
}
