import { kaderFileName, serializeKader, type Kader } from '../../../../shared/kaders';
import { host } from '../../host';

export const KADER_FILE_FILTERS = [{ name: 'Kaderbestand (JSON)', extensions: ['json'] }];

/** Saves a kader as a file (a download in the browser); returns the Dutch confirmation, or undefined when cancelled. */
export async function exportKaderFile(kader: Kader): Promise<string | undefined> {
  const fileName = kaderFileName(kader);
  const result = await host.saveFile({ suggestedName: fileName, filters: KADER_FILE_FILTERS, bytes: serializeKader(kader), folderKey: 'kaders' });
  if (!result.saved) return undefined;
  return result.path ? `Opgeslagen als ${result.path}.` : `${fileName} is opgeslagen.`;
}
