import { describe, expect, it } from 'vitest';
import { formDraft } from '../../../renderer/src/lib/form-draft';

interface Draft {
  name: string;
  contact: string;
  kaderIds: string[];
}
const empty = (): Draft => ({ name: '', contact: '', kaderIds: [] });

describe('formDraft', () => {
  it('starts a new record from the empty values', () => {
    expect(formDraft<Draft>(undefined, empty())).toEqual({ name: '', contact: '', kaderIds: [] });
  });

  it('takes the stored values, the empty one where a field is not stored, and nothing beyond the form', () => {
    const stored = { id: 'og-1', name: 'Gemeente Midden-Groningen', kaderIds: ['mg-wmo'], createdAt: '2026-01-01T00:00:00.000Z' };
    expect(formDraft<Draft>(stored, empty())).toEqual({ name: 'Gemeente Midden-Groningen', contact: '', kaderIds: ['mg-wmo'] });
  });

  it('keeps a stored empty text and an empty list (only a missing value falls back)', () => {
    const draft = formDraft<Draft>({ name: '', contact: '', kaderIds: [] }, { name: 'x', contact: 'y', kaderIds: ['z'] });
    expect(draft).toEqual({ name: '', contact: '', kaderIds: [] });
  });

  it('leaves the empty values as they were', () => {
    const start = empty();
    formDraft<Draft>({ name: 'Zorg met Noor' }, start);
    expect(start.name).toBe('');
  });
});
