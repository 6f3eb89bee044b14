import { useRef, useState } from 'react';
import type { OpenedFile } from '../../../../../shared/bridge';
import { collectDropped, collectPicked } from './collect-dropped';

/** Drop files or whole folders here; or pick a folder. Everything lands in the one import queue. */
export function QueueDropZone({ onFiles }: { onFiles: (files: OpenedFile[]) => void }) {
  const [over, setOver] = useState(false);
  const folderInput = useRef<HTMLInputElement>(null);
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
        const files = await collectDropped(e.dataTransfer);
        if (files.length) onFiles(files);
      }}
    >
      Sleep bestanden of een hele map hierheen, of gebruik de knop “Document toevoegen”.{' '}
      <button type="button" className="link-button" onClick={() => folderInput.current?.click()}>
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
    </div>
  );
}
