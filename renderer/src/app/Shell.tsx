import { Suspense } from 'react';
import type { Organisation } from '../../../shared/model';
import type { AppRoute } from '../../../shared/bridge';
import {
  AuthoringPage,
  ChecklistPage,
  DeadlinesPage,
  DocumentPage,
  DocumentsPage,
  KaderEditorPage,
  KadersPage,
  OpdrachtgeversPage,
  OverviewPage,
  PackPage,
  PeoplePage,
  PersonPage,
  SettingsPage,
} from './pages';
import { ErrorBoundary } from './ErrorBoundary';
import { PageLoading } from './PageLoading';
import { hrefFor, type Location } from './routing';
import { ROUTE_LABELS } from './back-link';

const NAV: { route: AppRoute; label: string }[] = (
  ['overzicht', 'checklist', 'personeel', 'documenten', 'opstellen', 'termijnen', 'pakket', 'opdrachtgevers', 'kaders', 'instellingen'] as const
).map((route) => ({ route, label: ROUTE_LABELS[route] }));

export function Shell({ org, location }: { org: Organisation; location: Location }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Naar de inhoud
      </a>
      <header className="topbar">
        <span className="brand" aria-hidden="true">
          ✓
        </span>
        <span className="brand-name">Kwaliteitsmap</span>
        <span className="org-name">{org.name}</span>
      </header>
      <nav className="sidebar" aria-label="Hoofdmenu">
        <ul>
          {NAV.map((item) => (
            <li key={item.route}>
              <a href={hrefFor(item.route)} aria-current={location.route === item.route ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {/* One boundary per screen, reset when the user goes elsewhere (issue #14). */}
        <ErrorBoundary key={[location.route, ...location.params].join('/')} scope="page">
          <Suspense fallback={<PageLoading />}>
            <Page org={org} location={location} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

function Page({ org, location }: { org: Organisation; location: Location }) {
  switch (location.route) {
    case 'personeel':
      return location.params[0] ? <PersonPage personId={location.params[0]} /> : <PeoplePage />;
    case 'checklist':
      return <ChecklistPage kaderId={location.params[0]} focusId={location.params[1]} />;
    case 'documenten':
      return location.params[0] ? <DocumentPage documentId={location.params[0]} /> : <DocumentsPage />;
    case 'opstellen':
      return <AuthoringPage kindId={location.params[0]} />;
    case 'termijnen':
      return <DeadlinesPage />;
    case 'pakket':
      return <PackPage opdrachtgeverId={location.params[0]} />;
    case 'instellingen':
      return <SettingsPage />;
    case 'opdrachtgevers':
      return <OpdrachtgeversPage />;
    case 'kaders':
      return location.params[0] ? <KaderEditorPage kaderId={location.params[0]} /> : <KadersPage />;
    default:
      return <OverviewPage org={org} />;
  }
}
