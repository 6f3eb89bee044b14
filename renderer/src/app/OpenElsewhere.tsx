/** Shown instead of the app when another tab or window already has it open (single-writer.ts). */
export function OpenElsewhere({ onRetry }: { onRetry: () => void }) {
  return (
    <main className="first-run">
      <section className="error-screen error-screen-app" aria-labelledby="open-elsewhere-title">
        <h1 id="open-elsewhere-title">Kwaliteitsmap is al geopend</h1>
        <p>
          De app is al open in een ander tabblad of venster. Werk daar verder: zo kan de ene plek niet veranderen of
          verwijderen wat je op de andere net hebt opgeslagen. Sluit je het andere tabblad, dan gaat de app hier vanzelf
          verder.
        </p>
        <button type="button" className="primary" onClick={onRetry}>
          Opnieuw proberen
        </button>
      </section>
    </main>
  );
}
