import type { FileFilter } from '../../../../shared/bridge';

export const DOCUMENT_FILTERS: FileFilter[] = [
  { name: 'Documenten en foto’s', extensions: ['pdf', 'jpg', 'jpeg', 'png'] },
  { name: 'Alle bestanden', extensions: ['*'] },
];
