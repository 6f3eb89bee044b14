/**
 * Run as its own Node process by save-journal.test.ts: begins a streamed save with a journal, writes a part,
 * says so on stdout and kills itself with SIGKILL, as a main process that is killed mid-save (no clean-up runs).
 * argv: <journal file> <target path>
 */
import { SaveJournal } from '../../electron/main/save-journal';
import { StreamedSaves } from '../../electron/main/streamed-save';

const [journalFile, target] = process.argv.slice(2);
if (!journalFile || !target) throw new Error('usage: killed-save-child <journal file> <target>');
const log = (context: string, error: unknown) => console.error(context, error);
const saves = new StreamedSaves({ log, journal: new SaveJournal({ file: journalFile, log }) });
const token = await saves.begin(1, { target, size: 10 });
await saves.write(1, token, new Uint8Array([1, 2, 3, 4]));
process.stdout.write('written\n', () => process.kill(process.pid, 'SIGKILL'));
