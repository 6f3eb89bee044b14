import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  generateDocument,
  getDocumentKind,
  missingAnswers,
  plainText,
  questionsFor,
  withPrefill,
  type AuthoringContext,
  type Answers,
} from '../../../shared/authoring';
import { AGENCY_ANSWERS, ZZP_ANSWERS, agencyContext, zzpContext } from './profiles';

const PROFILES: [string, () => AuthoringContext, Answers][] = [
  ['zzp’er', zzpContext, ZZP_ANSWERS],
  ['bureau', agencyContext, AGENCY_ANSWERS],
];

function textOf(kindId: string, ctx: AuthoringContext, typed: Answers): string {
  const kind = getDocumentKind(kindId)!;
  const answers = withPrefill(kind, ctx, typed);
  expect(missingAnswers(kind, ctx, answers).map((q) => q.id)).toEqual([]);
  return plainText(generateDocument(kind, ctx, answers, { on: '2026-12-01', by: 'Eigenaar' }));
}

/** DOMAIN.md, "What each document must contain": one pattern per required element. */
const REQUIRED: Record<string, [string, RegExp][]> = {
  meldcode: [
    ['stap 1 signalen in kaart en vastleggen', /Stap 1 – Signalen in kaart brengen en vastleggen/],
    ['stap 2 collegiale consultatie en Veilig Thuis 0800-2000', /Stap 2 – Collegiale consultatie[\s\S]*Veilig Thuis via 0800-2000/],
    ['stap 3 gesprek met de cliënt', /Stap 3 – Gesprek met de cliënt/],
    ['stap 4 wegen: vermoeden, acute of structurele onveiligheid', /Stap 4 – Wegen met het afwegingskader[^\n]*vermoeden[^\n]*acute of structurele onveiligheid/],
    ['stap 5 beslissen: hulp en/of melden', /Stap 5 – Beslissen[^\n]*melding bij Veilig Thuis[^\n]*hulp/],
    ['afwegingskader van de beroepsgroep', /afwegingskader van de beroepsvereniging|afwegingskader voor jeugdprofessionals/i],
    ['wie doet wat', /Wie doet wat/],
    ['vastleggen in het dossier', /Vastleggen in het dossier/],
    ['kindcheck', /kindcheck/],
    ['scholing en steun', /Scholing en steun/],
    ['beroepsgeheim en meldrecht', /Beroepsgeheim en meldrecht[\s\S]*meldrecht/],
  ],
  klachtenregeling: [
    ['cliënt of vertegenwoordiger dient klacht in', /vertegenwoordiger[\s\S]*Een klacht indienen/],
    ['onafhankelijke commissie van ten minste drie leden', /ten minste drie leden/],
    ['voorzitter werkt niet voor de aanbieder', /voorzitter werkt niet voor/],
    ['behandeling en beslissing', /schriftelijk, gemotiveerd oordeel/],
    ['gratis klachtenfunctionaris', /Klachtenportaal Zorg helpt de cliënt gratis/],
    ['zes weken, eenmaal vier weken verlenging', /binnen zes weken[\s\S]*één keer met ten hoogste vier weken/],
    ['geschilleninstantie', /Geschilleninstantie Zorg/],
    ['bekendmaking aan cliënten', /Hoe cliënten de regeling kennen/],
  ],
  incidenten: [
    ['wat een calamiteit is', /Calamiteit: /],
    ['geweld bij de verstrekking', /Geweld bij de ondersteuning/],
    ['onverwijld melden bij de toezichthouder', /onverwijld gemeld bij/],
    ['registratie', /Leg het dezelfde dag vast/],
    ['analyse en leren, ook bijna-incidenten', /Leren van incidenten[\s\S]*bijna-incident|bijna-incident[\s\S]*Leren van incidenten/],
    ['cliënt informeren', /Informeer de cliënt/],
  ],
  privacy: [
    ['privacyverklaring', /privacyverklaring/],
    ['rechten van de cliënt', /inzage, correctie, verwijdering/],
    ['verwerkingsregister', /verwerkingsregister/],
    ['verwerkersovereenkomsten', /verwerkersovereenkomst/],
    ['datalek binnen 72 uur bij de AP', /72 uur[\s\S]*Autoriteit Persoonsgegevens/],
    ['geen BSN tenzij nodig', /Geen burgerservicenummer \(BSN\), tenzij/],
  ],
  vervanging: [
    ['wie neemt over bij ziekte, vakantie, stoppen', /ziekte, vakantie of verlof[\s\S]*Stopt/],
    ['cliënten en gemeente informeren', /Cliënten en gemeente informeren[\s\S]*casemanager/],
    ['overdracht van het dossier', /Overdracht van het dossier[\s\S]*warme overdracht/],
  ],
  netwerk: [
    ['onderbouwde methoden in het plan en geëvalueerd', /Onderbouwde methoden[\s\S]*evaluatie/],
    ['keuzevrijheid en inspraak', /Keuzevrijheid en inspraak/],
    ['sociaal netwerk en overbelasting mantelzorg', /Sociaal netwerk en mantelzorg[\s\S]*overbelasting/],
    ['sociale kaart', /De sociale kaart/],
  ],
  administratie: [['uren, rapportage en facturen sluiten aan', /met elkaar vergeleken/], ['binnen de beschikking', /beschikking/]],
  clientpad: [
    ['zorgovereenkomst vóór de start', /Zorgovereenkomst vóór de start[\s\S]*tekenen/],
    ['uitvoeringsplan SMART binnen 3 maanden', /Uitvoeringsplan met SMART-doelen binnen drie maanden/],
    ['jaarlijkse evaluatie getekend en gedeeld met casemanager', /Ten minste eens per jaar[^\n]*tekent de evaluatie[^\n]*casemanager/],
    ['meer dan 3 no-shows in 3 maanden', /meer dan drie keer niet verschijnen \(no-show\) binnen drie maanden/],
    ['ingrijpende verandering melden', /ingrijpende verandering/],
    ['samenhang bij meer partijen', /Samenwerken rond de cliënt/],
    ['warme overdracht in het dossier', /Warme overdracht[\s\S]*vastgelegd in het dossier/],
  ],
};

/** Protocols named in 003: purpose, what staff do, who is responsible, training, review. */
const PROTOCOL_ELEMENTS: [string, RegExp][] = [
  ['doel', /\nDoel\n/],
  ['verantwoordelijk', /Wie is verantwoordelijk\n[^\n]*verantwoordelijk/],
  ['scholing', /\nScholing\n/],
  ['herziening, standaard jaarlijks', /Herziening\n[^\n]*ten minste eens per jaar/],
];
const PROTOCOLS = ['agressie', 'grensoverschrijdend', 'middelen', 'incidenten', 'huisregels', 'aanname'];

describe.each(PROFILES)('generated documents for a %s', (_label, makeCtx, typed) => {
  const ctx = makeCtx();
  it.each(Object.keys(REQUIRED))('%s contains every required element', (kindId) => {
    const text = textOf(kindId, ctx, typed);
    const missing = REQUIRED[kindId]!.filter(([, re]) => !re.test(text)).map(([name]) => name);
    expect(missing).toEqual([]);
    expect(text).not.toMatch(/undefined|\[object Object\]/);
  });

  it.each(PROTOCOLS)('protocol %s states purpose, what to do, responsibility, training and review', (kindId) => {
    const text = textOf(kindId, ctx, typed);
    expect(PROTOCOL_ELEMENTS.filter(([, re]) => !re.test(text)).map(([n]) => n)).toEqual([]);
  });

  it('the kwaliteitshandboek has every applicable werkwijze and protocol as a chapter', () => {
    const text = textOf('kwaliteitshandboek', ctx, typed);
    for (const title of ['Protocol omgaan met agressie', 'Protocol grensoverschrijdend gedrag', 'Protocol middelengebruik', 'Protocol incidenten en calamiteiten', 'Huis- en gedragsregels', 'Aannamebeleid', 'Werkwijzen rond de cliënt', 'Werken met de cliënt en zijn netwerk', 'Vervangingsplan', 'Privacybeleid', 'Administratie en declaratie']) {
      expect(text).toContain(title);
    }
    expect(text.includes('BHV-plan')).toBe(!ctx.solo);
    expect(text.includes('Medicatiebeleid')).toBe(ctx.profile.services.includes('medicatie'));
  });

  it('shows no undefined answer and names the people the app knows', () => {
    const text = textOf('meldcode', ctx, typed);
    if (ctx.solo) expect(text).toContain('Petra Jansen');
    else expect(text).toContain('Fatima El Amrani');
  });
});

describe('questions the intake rules out are not asked', () => {
  const ids = (ctx: AuthoringContext) => DOCUMENT_KINDS.flatMap((k) => questionsFor(k, ctx).flatMap((g) => g.questions.map((q) => q.id)));

  it('a zzp’er is not asked about a team, BHV’ers, a location or medication she does not give', () => {
    const asked = ids(zzpContext());
    expect(asked.filter((id) => id.endsWith('.verantwoordelijke'))).toEqual([]);
    expect(asked.filter((id) => /^(bhv|medicatie)\./.test(id))).toEqual([]);
    for (const id of ['meldcode.aandachtsfunctionaris', 'meldcode.beslisser', 'vervanging.planning', 'clientpad.overdracht']) expect(asked).not.toContain(id);
    expect(asked).toContain('meldcode.overleg');
    expect(asked).toContain('vervanging.wie');
  });

  it('an agency is not asked whom she consults outside her business, and is asked about its location', () => {
    const asked = ids(agencyContext());
    expect(asked).not.toContain('meldcode.overleg');
    expect(asked).not.toContain('vervanging.wie');
    expect(asked).toContain('bhv.locatie');
    expect(asked).toContain('medicatie.rol');
  });

  it('pre-fills from the organisation, people, roles and stored documents', () => {
    const ctx = agencyContext();
    const a = withPrefill(getDocumentKind('kwaliteitshandboek')!, ctx, {});
    expect(a['bhv.bhvers']).toBe('Joost Mulder');
    expect(a['agressie.verantwoordelijke']).toBe('Henk Bakker');
    const k = withPrefill(getDocumentKind('klachtenregeling')!, ctx, {});
    expect(k['klachten.geschilleninstantie']).toBe('Geschilleninstantie Zorg');
    const m = withPrefill(getDocumentKind('meldcode')!, ctx, {});
    expect(m['meldcode.aandachtsfunctionaris']).toBe('Fatima El Amrani');
    expect(m['meldcode.afwegingskader']).toBe('verpleging-verzorging');
  });

  it('a stored answer beats the proposal', () => {
    const a = withPrefill(getDocumentKind('meldcode')!, zzpContext(), { 'meldcode.vastleggen': 'in mijn eigen map' });
    expect(a['meldcode.vastleggen']).toBe('in mijn eigen map');
  });
});
