import { useState, type ReactNode } from 'react';
import type { OpenedFile } from '../../../shared/bridge';
import { readOpenedFile } from '../host/browser-host';

/** The dropped files themselves (no folders). */
async function droppedFiles(data: DataTransfer): Promise<OpenedFile[]> {
  return Promise.all(Array.from(data.files).map(readOpenedFile));
}

/**
 * Accepts files dragged from the desktop, many at once; the button beside it does the same by dialog.
 * `collect` turns what was dropped into files (the import queue also walks dropped folders); `onFilesOver`
 * is told once when files are dragged over it, with what the drag shows of them (the import queue starts its
 * OCR engine then when a photo is among them).
 */
export function DropZone({
  onFiles,
  children,
  collect = droppedFiles,
  onFilesOver,
}: {
  onFiles: (files: OpenedFile[]) => void;
  children?: ReactNode;
  collect?: (data: DataTransfer) => Promise<OpenedFile[]>;
  onFilesOver?: (data: DataTransfer) => void;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'dropzone over' : 'dropzone'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        if (!over) onFilesOver?.(e.dataTransfer);
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={async (e) => {
        e.preventDefault();
        setOver(false);
        const files = await collect(e.dataTransfer);
        if (files.length) onFiles(files);
      }}
    >
      {children ?? 'Sleep bestanden hierheen, of gebruik de knop “Document toevoegen”.'}
    </div>
  );
}
