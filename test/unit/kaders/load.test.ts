import { describe, expect, it } from 'vitest';
import mgWmoJson from '../../../shared/kaders/mg-wmo.json';
import wlzJson from '../../../shared/kaders/wlz-thuis.json';
import {
  BUILTIN_KADERS,
  KaderError,
  MG_WMO,
  WLZ_THUIS,
  findBuiltinKader,
  loadKader,
  safeLoadKader,
  validateCustomRequirement,
} from '../../../shared/kaders';
import { getEvidenceType } from '../../../shared/evidence';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('built-in kaders', () => {
  it('both load and validate', () => {
    expect(safeLoadKader(mgWmoJson)).toMatchObject({ ok: true });
    expect(safeLoadKader(wlzJson)).toMatchObject({ ok: true });
    expect(BUILTIN_KADERS.map((k) => k.id)).toEqual(['mg-wmo', 'wlz-thuis']);
    expect(findBuiltinKader('wlz-thuis')).toBe(WLZ_THUIS);
    expect(findBuiltinKader('onbekend')).toBeUndefined();
  });

  it('carry id, title, issuer, version and source', () => {
    for (const k of BUILTIN_KADERS) {
      expect(k.title.length).toBeGreaterThan(10);
      expect(k.issuer).toBeTruthy();
      expect(k.version).toBeTruthy();
      expect(k.source.document).toBeTruthy();
      expect(k.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('Wlz addendum has the eight themes as sections, in order, with clean ids and titles', () => {
    expect(WLZ_THUIS.sections.map((s) => s.title)).toEqual([
      'Persoonsgerichte zorg en ondersteuning',
      'Multidisciplinaire aanpak',
      'Verantwoord thuis wonen',
      'Wonen en welzijn',
      'Veiligheid',
      'Leren en verbeteren',
      'Leiderschap, governance en management',
      'Gebruik van informatie',
    ]);
    for (const s of WLZ_THUIS.sections) expect(s.id).toMatch(/^[a-z-]+$/);
  });

  it('encodes the VOG rules of kader 003: profile 45, at most 3 months before the start, not after it', () => {
    const vog = MG_WMO.requirements.find((r) => r.id === 'mg-wmo.personeel.vog')!;
    expect(vog.scope).toEqual({ level: 'medewerker-clientcontact' });
    expect(vog.startOfWork).toEqual({ maxMonthsBefore: 3, notAfterStart: true });
    expect(vog.evidence[0]!.anyOf[0]).toEqual({ type: 'vog', where: { profiles: ['45'] } });
  });

  it('switches the cliëntenraad on above 25 staff and the alternatives for 5–25', () => {
    const raad = MG_WMO.requirements.find((r) => r.id === 'mg-wmo.clientgerichtheid.clientenraad')!;
    const alt = MG_WMO.requirements.find((r) => r.id === 'mg-wmo.clientgerichtheid.inspraak-alternatief')!;
    expect(raad.appliesWhen).toEqual([{ minStaff: 26 }]);
    expect(alt.appliesWhen).toEqual([{ minStaff: 5, maxStaff: 25 }]);
  });

  it('asks for a survey at least every two years (003) and every year (001, via a kader override)', () => {
    expect(MG_WMO.requirements.find((r) => r.id === 'mg-wmo.clientgerichtheid.tevredenheid')!.renewMonths).toBe(24);
    expect(WLZ_THUIS.validity).toEqual({ tevredenheidsonderzoek: { months: 12 } });
  });

  it('asks procedure plus dated proof of practice where kader 003 wants the practice shown (issue 15)', () => {
    const practice: Record<string, string> = {
      'mg-wmo.clientgerichtheid.zorgovereenkomst': 'zorgovereenkomst',
      'mg-wmo.clientgerichtheid.uitvoeringsplan': 'uitvoeringsplan',
      'mg-wmo.clientgerichtheid.evaluatie': 'evaluatie',
      'mg-wmo.veiligheid.medicatie': 'medicatie',
      'mg-wmo.clientgerichtheid.warme-overdracht': 'warme-overdracht',
      'mg-wmo.veiligheid.clientrisico-inventarisatie': 'risico-inventarisatie',
    };
    for (const [id, kind] of Object.entries(practice)) {
      const req = MG_WMO.requirements.find((r) => r.id === id)!;
      expect(req.evidence, id).toHaveLength(2);
      expect(req.evidence[0]!.anyOf.map((a) => a.type), id).not.toContain('praktijkbewijs');
      expect(req.evidence[1]!.anyOf, id).toEqual([expect.objectContaining({ type: 'praktijkbewijs', where: { practice: [kind] } })]);
    }
    // The medicatiebeleid proves the procedure of both medication requirements, the practice only with proof.
    expect(MG_WMO.requirements.find((r) => r.id === 'mg-wmo.veiligheid.medicatie')!.evidence[0]!.anyOf.map((a) => a.type)).toEqual(['medicatiebeleid', 'werkwijze']);
  });

  it('only references evidence types from the catalogue', () => {
    for (const k of BUILTIN_KADERS) {
      for (const r of k.requirements) for (const g of r.evidence) for (const a of g.anyOf) expect(getEvidenceType(a.type), `${r.id}: ${a.type}`).toBeDefined();
    }
  });
});

describe('loadKader rejects invalid kaders with Dutch messages', () => {
  it('reports shape errors from the schema in Dutch', () => {
    const bad = clone(mgWmoJson) as Record<string, unknown>;
    delete bad.title;
    const result = safeLoadKader(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/title: Ongeldige invoer/);
  });

  it('throws a KaderError naming the kader', () => {
    const bad = clone(mgWmoJson);
    bad.requirements[0]!.scope = { level: 'iedereen' } as never;
    expect(() => loadKader(bad)).toThrow(KaderError);
    try {
      loadKader(bad);
    } catch (e) {
      expect((e as KaderError).message).toMatch(/^Kader 'mg-wmo' is ongeldig/);
      expect((e as KaderError).errors.length).toBeGreaterThan(0);
    }
  });

  it('finds unknown evidence types, fields, options, roles and sections', () => {
    const bad = clone(wlzJson);
    bad.requirements[0]!.evidence[0]!.anyOf[0]!.type = 'paspoort';
    bad.requirements[1]!.evidence[0]!.anyOf.push({ type: 'vog', where: { kleur: ['blauw'] } } as never);
    bad.requirements[3]!.evidence[0]!.anyOf.push({ type: 'vog', where: { profiles: ['99'] } } as never);
    (bad.requirements[2]!.scope as { roles?: string[] }).roles = ['astronaut'];
    bad.requirements[4]!.sectionId = 'bestaat-niet';
    const result = safeLoadKader(bad);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).toContain("onbekend bewijstype 'paspoort'");
    expect(text).toContain("bewijstype 'vog' heeft geen veld 'kleur'");
    expect(text).toContain("'99' is geen keuze van veld 'profiles'");
    expect(text).toContain("onbekende rol 'astronaut'");
    expect(text).toContain("onbekende sectie 'bestaat-niet'");
  });

  it('finds duplicate ids, ids outside their section and impossible conditions', () => {
    const bad = clone(mgWmoJson);
    bad.requirements[1]!.id = bad.requirements[0]!.id;
    bad.requirements[2]!.id = 'mg-wmo.personeel.verkeerd';
    (bad.requirements[3] as { appliesWhen?: unknown }).appliesWhen = [{ minStaff: 30, maxStaff: 5 }];
    const result = safeLoadKader(bad);
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).toContain('komt twee keer voor');
    expect(text).toContain("moet beginnen met 'mg-wmo.veiligheid.'");
    expect(text).toContain('minimum aantal medewerkers is groter dan het maximum');
  });

  it('rejects a start-of-work rule or staff-matrix column on an organisation requirement', () => {
    const bad = clone(mgWmoJson);
    Object.assign(bad.requirements[0]!, { startOfWork: { maxMonthsBefore: 3, notAfterStart: true }, credential: 'vog' });
    const result = safeLoadKader(bad);
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).toContain('startdatumregel kan alleen bij een eis per medewerker');
    expect(text).toContain('personeelsmatrix kan alleen bij een eis per medewerker');
  });

  it('accepts a kader that overrides the VOG validity', () => {
    const k = clone(mgWmoJson) as Record<string, unknown>;
    k.id = 'mg-wmo';
    k.validity = { vog: { months: 36 } };
    expect(loadKader(k).validity).toEqual({ vog: { months: 36 } });
  });
});

describe('custom requirements', () => {
  const custom = {
    id: 'eigen.aansprakelijkheid',
    kaderId: 'mg-wmo',
    custom: true,
    sectionId: 'kwaliteitsborging',
    text: 'Wij hebben een geldige beroepsaansprakelijkheidsverzekering.',
    sourceRef: { section: 'Eigen eis', bullet: '-' },
    scope: { level: 'organisatie' },
    evidence: [{ anyOf: [{ type: 'aansprakelijkheidsverzekering' }] }],
  };

  it('validates against the kaders it joins', () => {
    expect(validateCustomRequirement(custom, BUILTIN_KADERS)).toMatchObject({ ok: true });
  });

  it('rejects an unknown kader, a duplicate id and a missing flag', () => {
    expect(validateCustomRequirement({ ...custom, kaderId: 'x' }, BUILTIN_KADERS)).toEqual({ ok: false, errors: ["onbekend kader 'x'"] });
    const dup = validateCustomRequirement({ ...custom, id: 'mg-wmo.personeel.vog' }, BUILTIN_KADERS);
    expect(dup.ok).toBe(false);
    expect(validateCustomRequirement({ ...custom, custom: false }, BUILTIN_KADERS).ok).toBe(false);
  });
});
