/**
 * The app's screens, each loaded when first shown: its code is a chunk of the app's own files (never the
 * network), so start-up loads only the shell. Render them inside <Suspense fallback={<PageLoading />}>.
 * The one module outside features/ that imports pages: App and Shell route to them through here, and
 * everything else outside features/ (app services, db, workers, host) never imports a page (eslint.config.js).
 */
import { lazy } from 'react';

export const IntakeWizard = lazy(() => import('../features/intake/IntakeWizard').then((m) => ({ default: m.IntakeWizard })));
export const OverviewPage = lazy(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));
export const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
export const PersonPage = lazy(() => import('../features/people/PersonPage').then((m) => ({ default: m.PersonPage })));
export const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage })));
export const DocumentPage = lazy(() => import('../features/documents/DocumentPage').then((m) => ({ default: m.DocumentPage })));
export const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
export const ChecklistPage = lazy(() => import('../features/checklist/ChecklistPage').then((m) => ({ default: m.ChecklistPage })));
export const PackPage = lazy(() => import('../features/pack/PackPage').then((m) => ({ default: m.PackPage })));
export const DeadlinesPage = lazy(() => import('../features/deadlines/DeadlinesPage').then((m) => ({ default: m.DeadlinesPage })));
export const OpdrachtgeversPage = lazy(() => import('../features/opdrachtgevers/OpdrachtgeversPage').then((m) => ({ default: m.OpdrachtgeversPage })));
export const KadersPage = lazy(() => import('../features/kaders/KadersPage').then((m) => ({ default: m.KadersPage })));
export const KaderEditorPage = lazy(() => import('../features/kaders/KaderEditorPage').then((m) => ({ default: m.KaderEditorPage })));
export const AuthoringPage = lazy(() => import('../features/authoring/AuthoringPage').then((m) => ({ default: m.AuthoringPage })));
