import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MG_WMO, WLZ_THUIS, type Kader } from '../../../shared/kaders';
import {
  MG_WMO_SEED,
  WLZ_SEED,
  extractMgWmoBullets,
  extractWlzBullets,
  parseTraceability,
  readSeed,
  seedAvailable,
  type SeedBullet,
} from './seed-bullets';

const DOCS = resolve(__dirname, '../../../docs');
// The seeds are the source documents, kept beside the repo (../shared/seeds), not in it. A clone without
// them skips only the suites below that compare against them, and says so once.
const SEEDS_PRESENT = seedAvailable(MG_WMO_SEED) && seedAvailable(WLZ_SEED);
if (!SEEDS_PRESENT) console.warn('traceability: ../shared/seeds not found beside the repo; skipping the checks against the source documents');
const normal = (s: string): string => s.replace(/\s+/g, ' ').trim();
const refsOf = (bullet: string): string[] => bullet.split(',').map((s) => s.trim());

function checkTrace(kader: Kader, bullets: SeedBullet[], traceFile: string, tag: string): void {
  const rows = parseTraceability(readFileSync(resolve(DOCS, traceFile), 'utf8'), tag);
  const byId = new Map(kader.requirements.map((r) => [r.id, r]));

  // Every bullet of the document, in order, has exactly one row.
  expect(rows.map((r) => `${r.section} ${r.ref}`)).toEqual(bullets.map((b) => `${b.section} ${b.ref}`));
  rows.forEach((row, i) => {
    const bullet = bullets[i]!;
    expect(normal(bullet.text).startsWith(normal(row.words)), `${row.section} ${row.ref}: '${row.words}'`).toBe(true);
    expect(row.ids.length, `${row.section} ${row.ref} has no requirement`).toBeGreaterThan(0);
    for (const id of row.ids) {
      const req = byId.get(id);
      expect(req, `unknown requirement ${id}`).toBeDefined();
      expect(req!.sectionId).toBe(row.section);
      expect(refsOf(req!.sourceRef.bullet), `${id} sourceRef`).toContain(row.ref);
    }
  });
  // Every requirement is traced, and every bullet its sourceRef names has a row that lists it.
  for (const req of kader.requirements) {
    for (const ref of refsOf(req.sourceRef.bullet)) {
      const row = rows.find((r) => r.section === req.sectionId && r.ref === ref);
      expect(row, `${req.id} → ${ref}`).toBeDefined();
      expect(row!.ids).toContain(req.id);
    }
  }
}

describe.runIf(seedAvailable(MG_WMO_SEED))('traceability kader 003 (Wmo Midden-Groningen)', () => {
  // Read when the suite runs, never while a skipped suite is being collected.
  let bullets: SeedBullet[] = [];
  beforeAll(() => {
    bullets = extractMgWmoBullets(readSeed(MG_WMO_SEED));
  });

  it('derives every bullet and sub-bullet of the six sections from the document', () => {
    const perSection: Record<string, SeedBullet[]> = {};
    for (const b of bullets) (perSection[b.section] ??= []).push(b);
    expect(Object.keys(perSection)).toEqual(['veiligheid', 'personeel', 'fysieke-omgeving', 'kwaliteitsborging', 'clientgerichtheid', 'rechtmatigheid']);
    expect(bullets).toHaveLength(82);
    expect(perSection['veiligheid']!.filter((b) => /^9\.[a-h]$/.test(b.ref))).toHaveLength(8);
  });

  it('maps each bullet to requirement ids in docs/traceability-mg-wmo.md', () => {
    checkTrace(MG_WMO, bullets, 'traceability-mg-wmo.md', '003');
  });

  it('covers the protocols, VOG rules, bijscholing, keurmerken and client practices named in the issue', () => {
    const ids = MG_WMO.requirements.map((r) => r.id);
    for (const p of ['agressie', 'bhv', 'medicatie', 'grensoverschrijdend-gedrag', 'middelengebruik', 'incidenten-calamiteiten', 'huisregels', 'aannamebeleid']) {
      expect(ids).toContain(`mg-wmo.veiligheid.protocol-${p}`);
    }
    for (const id of ['personeel.vog', 'personeel.diploma', 'personeel.bijscholing-bhv', 'personeel.bijscholing-meldcode', 'personeel.bijscholing-agressie', 'kwaliteitsborging.certificaat', 'clientgerichtheid.zorgovereenkomst', 'clientgerichtheid.uitvoeringsplan', 'clientgerichtheid.evaluatie', 'clientgerichtheid.no-shows', 'clientgerichtheid.warme-overdracht', 'clientgerichtheid.clientenraad', 'clientgerichtheid.inspraak-alternatief', 'clientgerichtheid.klachtenprocedure', 'clientgerichtheid.klachtenfunctionaris', 'clientgerichtheid.vertrouwenspersoon', 'clientgerichtheid.tevredenheid', 'rechtmatigheid.administratie']) {
      expect(ids).toContain(`mg-wmo.${id}`);
    }
  });
});

describe.runIf(seedAvailable(WLZ_SEED))('traceability kader 001 (Wlz addendum)', () => {
  let bullets: SeedBullet[] = [];
  beforeAll(() => {
    bullets = extractWlzBullets(readSeed(WLZ_SEED));
  });

  it('derives the bullets of all eight themes', () => {
    expect([...new Set(bullets.map((b) => b.section))]).toEqual(WLZ_THUIS.sections.map((s) => s.id));
    expect(bullets).toHaveLength(27);
  });

  it('maps each bullet to requirement ids in docs/traceability-wlz-thuis.md', () => {
    checkTrace(WLZ_THUIS, bullets, 'traceability-wlz-thuis.md', '001');
  });
});

describe.runIf(SEEDS_PRESENT)('requirement texts are our own words', () => {
  const words = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  function shingles(text: string, n: number): Set<string> {
    const w = words(text);
    const out = new Set<string>();
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
    return out;
  }
  it.each([
    ['mg-wmo', MG_WMO, MG_WMO_SEED],
    ['wlz-thuis', WLZ_THUIS, WLZ_SEED],
  ] as const)('%s shares no run of 7 words with its source', (_id, kader, seed) => {
    const source = shingles(readSeed(seed), 7);
    const copied = kader.requirements.flatMap((req) => [...shingles(req.text, 7)].filter((s) => source.has(s)).map((s) => `${req.id}: ${s}`));
    expect(copied).toEqual([]);
  });
});
