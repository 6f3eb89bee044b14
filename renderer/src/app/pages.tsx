/**
 * The app's screens. The one module outside features/ that imports pages: App and Shell route to them
 * through here, and everything else outside features/ (app services, db, workers, host) never imports a
 * page (eslint.config.js enforces it).
 */
export { IntakeWizard } from '../features/intake/IntakeWizard';
export { OverviewPage } from '../features/overview/OverviewPage';
export { PeoplePage } from '../features/people/PeoplePage';
export { PersonPage } from '../features/people/PersonPage';
export { DocumentsPage } from '../features/documents/DocumentsPage';
export { DocumentPage } from '../features/documents/DocumentPage';
export { SettingsPage } from '../features/settings/SettingsPage';
export { ChecklistPage } from '../features/checklist/ChecklistPage';
export { PackPage } from '../features/pack/PackPage';
export { DeadlinesPage } from '../features/deadlines/DeadlinesPage';
export { OpdrachtgeversPage } from '../features/opdrachtgevers/OpdrachtgeversPage';
export { KadersPage } from '../features/kaders/KadersPage';
export { KaderEditorPage } from '../features/kaders/KaderEditorPage';
export { AuthoringPage } from '../features/authoring/AuthoringPage';
