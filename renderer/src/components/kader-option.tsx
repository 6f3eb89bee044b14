import type { ReactNode } from 'react';

/** A kader as a checkbox choice: its title, then what tells it apart (who issued it, a version) muted in brackets. */
export function kaderOption(id: string, title: string, detail: string): { value: string; label: ReactNode } {
  return {
    value: id,
    label: (
      <span>
        {title} <span className="muted">({detail})</span>
      </span>
    ),
  };
}
