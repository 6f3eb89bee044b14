import { useState, type ReactNode } from 'react';
import type { OpenedFile } from '../../../shared/bridge';
import { readOpenedFile } from '../host/browser-host';

/** Accepts files dragged from the desktop, many at once; the button beside it does the same by dialog. */
export function DropZone({ onFiles, children }: { onFiles: (files: OpenedFile[]) => void; children?: ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'dropzone over' : 'dropzone'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={async (e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (files.length) onFiles(await Promise.all(files.map(readOpenedFile)));
      }}
    >
      {children ?? 'Sleep bestanden hierheen, of gebruik de knop “Document toevoegen”.'}
    </div>
  );
}
