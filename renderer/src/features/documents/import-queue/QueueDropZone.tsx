import { useRef } from 'react';
import type { OpenedFile } from '../../../../../shared/bridge';
import { DropZone } from '../../../components/DropZone';
import { collectDropped, collectPicked } from './collect-dropped';
import { prepareChooser, prepareReading } from './queue-store';

/** Drop files or whole folders here; or pick a folder. Everything lands in the one import queue. */
export function QueueDropZone({ onFiles }: { onFiles: (files: OpenedFile[]) => void }) {
  const folderInput = useRef<HTMLInputElement>(null);
  // Photos dragged over the zone: start the OCR engine while she drops them (PDFs and folders wait until read);
  // a folder being chosen: start it on a guess (queue-store.ts prepareChooser).
  return (
    <DropZone onFiles={onFiles} collect={collectDropped} onFilesOver={(data) => prepareReading(Array.from(data.items, (i) => i.type))}>
      Sleep bestanden of een hele map hierheen, of gebruik de knop “Document toevoegen”.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          prepareChooser();
          folderInput.current?.click();
        }}
      >
        Een map kiezen…
      </button>
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        aria-hidden="true"
        tabIndex={-1}
        {...{ webkitdirectory: '' }}
        onChange={async (e) => {
          const list = e.target.files;
          if (list?.length) onFiles(await collectPicked(list));
          e.target.value = '';
        }}
      />
    </DropZone>
  );
}
