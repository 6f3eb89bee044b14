/**
 * Shown while a screen's code loads (app/pages.tsx). A polite status for screen readers; on screen it fades
 * in only after a moment (app.css), so the usual few milliseconds of loading show no flash.
 */
export function PageLoading() {
  return (
    <p className="page-loading" role="status">
      Scherm wordt geladen…
    </p>
  );
}
