/** A detail page's way back (renderer/src/app/back-link.ts): to the page she came from, else its own parent. */
import { describe, expect, it } from 'vitest';
import { backLink } from '../../../renderer/src/app/back-link';
import { parseHash } from '../../../renderer/src/app/routing';

const person = { href: '#/personeel/p1', label: 'Anna de Vries' };

describe('backLink', () => {
  it('a personal document opened from Documenten leads back to Documenten, not to the person', () => {
    expect(backLink(parseHash('#/documenten'), person)).toEqual({ href: '#/documenten', label: 'Documenten' });
  });

  it('leads back to the checklist at the requirement, to Termijnen, to the questionnaire she came from', () => {
    expect(backLink(parseHash('#/checklist/mg-wmo/mg-wmo.personeel.vog'), person)).toEqual({ href: '#/checklist/mg-wmo/mg-wmo.personeel.vog', label: 'Checklist' });
    expect(backLink(parseHash('#/termijnen'), person)).toEqual({ href: '#/termijnen', label: 'Termijnen' });
    expect(backLink(parseHash('#/opstellen/meldcode'), person)).toEqual({ href: '#/opstellen/meldcode', label: 'Opstellen' });
  });

  it('from a person’s page, another version, or opened directly: the page’s own parent', () => {
    expect(backLink(parseHash('#/personeel/p1'), person)).toBe(person);
    expect(backLink(parseHash('#/documenten/d-oud'), person)).toBe(person);
    expect(backLink(undefined, person)).toBe(person);
  });
});
