import type { Progress } from '../workers/rpc';

export function ProgressBar({ label, progress, onCancel }: { label: string; progress?: Progress | undefined; onCancel?: () => void }) {
  const max = Math.max(progress?.total ?? 0, 1);
  return (
    <div className="progress" role="status">
      <p>
        {progress ? `${progress.step} — ${progress.current} van ${progress.total}` : `${label}…`}
      </p>
      <progress max={max} value={progress?.current ?? 0} aria-label={label} />
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Annuleren
        </button>
      )}
    </div>
  );
}
