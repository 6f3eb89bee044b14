import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/reading/node';
import { FIRST_HOUR_DOCUMENTS, fixturePdf, OWNER } from '../../fixtures/reading/first-hour';
import type { DocumentProposal } from '../../../shared/reading';

const PEOPLE = [
  { id: 'p-sanne', name: OWNER },
  { id: 'p-tom', name: 'Tom Hoekstra' },
];
const TODAY = '2026-01-10';

function summary(p: DocumentProposal) {
  return {
    evidenceType: p.evidenceType?.value,
    person: PEOPLE.find((x) => x.id === p.personId?.value)?.name,
    issueDate: p.issueDate?.value,
    validUntil: p.validUntil?.value,
    details: Object.fromEntries(Object.entries(p.details).map(([k, v]) => [k, v.value])),
  };
}

describe('readDocument on PDFs laid out like the real papers', () => {
  for (const doc of FIRST_HOUR_DOCUMENTS.filter((d) => d.kind === 'pdf')) {
    it(`reads ${doc.fileName}`, async () => {
      const bytes = await fixturePdf(doc);
      const { proposal, textSource } = await readDocument({ bytes, fileName: doc.fileName, people: PEOPLE, today: TODAY });
      expect(textSource).toBe('pdf-text');
      expect(summary(proposal)).toEqual({ details: {}, ...doc.expected });
      expect(proposal.textMissing).toBe(false);
    });
  }

  it('asks for OCR when a PDF has no text layer', async () => {
    const bytes = await fixturePdf({ ...FIRST_HOUR_DOCUMENTS[0]!, pages: [[]] });
    const { proposal } = await readDocument({ bytes, fileName: 'scan0001.pdf', people: PEOPLE, today: TODAY });
    expect(proposal.textMissing).toBe(true);
    expect(proposal.evidenceType).toBeUndefined();
    expect(proposal.personId).toBeUndefined();
  });
});
