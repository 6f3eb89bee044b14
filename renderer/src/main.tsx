import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary, logErrorName } from './app/ErrorBoundary';
import './styles/app.css';

// React would log the whole error (message and stack may name people or documents): log the name only.
createRoot(document.getElementById('root')!, {
  onCaughtError: (error) => logErrorName('Schermfout', error),
  onUncaughtError: (error) => logErrorName('Schermfout', error),
  onRecoverableError: (error) => logErrorName('Herstelde schermfout', error),
}).render(
  <StrictMode>
    <ErrorBoundary scope="app">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
