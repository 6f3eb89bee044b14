/**
 * Which kind of evidence a document is, from its text and file name. Each rule lists phrases that mark
 * one type; phrases in the title area (the first lines) and in the file name count more. A type is only
 * proposed when it clearly beats the runner-up.
 */

interface Rule {
  type: string;
  /** Phrases (regular expressions on normalized text) with their weight. */
  marks: [RegExp, number][];
  /** Needed: without one of these in the text or file name the type is never proposed. */
  requires?: RegExp;
}

/** Words of a training certificate rather than of a policy text. */
const TRAINING = /\b(certificaat|bewijs van deelname|deelnamebewijs|heeft deelgenomen|heeft (met goed gevolg|succesvol) (afgerond|gevolgd|doorlopen)|e-learning|training|cursus|scholing|opleiding gevolgd)\b/;

export const RULES: Rule[] = [
  { type: 'vog', marks: [[/verklaring omtrent (het )?gedrag/, 10], [/\bvog\b/, 6], [/\bjustis\b/, 3], [/screeningsprofiel/, 3], [/centraal orgaan vog|covog/, 4]] },
  { type: 'gva', marks: [[/gedragsverklaring aanbesteden/, 14], [/\bgva\b/, 5]] },
  {
    type: 'diploma',
    marks: [[/\bdiploma\b/, 5], [/\bgetuigschrift\b/, 5], [/\b(mbo|hbo|wo)\b/, 2], [/\bniveau [2-4]\b/, 2], [/\bcrebo\b/, 3], [/\b(kwalificatie|examencommissie|bachelor|master)\b/, 2], [/\bgraad\b/, 1]],
  },
  { type: 'big', marks: [[/\bbig[- ]?regist/, 10], [/\bbig[- ]?nummer\b/, 6], [/wet big\b/, 3]] },
  { type: 'skj', marks: [[/kwaliteitsregister jeugd/, 10], [/\bskj\b/, 6]] },
  { type: 'bhv', marks: [[/bedrijfshulpverlen/, 10], [/\bbhv\b/, 6], [/ontruiming/, 1]], requires: TRAINING },
  { type: 'ehbo', marks: [[/eerste hulp/, 8], [/\behbo\b/, 8], [/oranje kruis/, 4]] },
  { type: 'reanimatie', marks: [[/\breanimatie\b/, 8], [/\baed\b/, 4], [/nederlandse reanimatieraad|\bnrr\b/, 4]] },
  {
    type: 'scholing',
    marks: [[TRAINING, 4], [/bewijs van deelname|deelnamebewijs|heeft deelgenomen/, 4], [/studiebelasting|\bsbu\b|accreditatiepunten/, 2]],
    requires: TRAINING,
  },
  { type: 'kvk-uittreksel', marks: [[/uittreksel (uit het )?handelsregister/, 12], [/kamer van koophandel/, 3], [/\buittreksel\b/, 3], [/\bkvk\b/, 1]], requires: /uittreksel/ },
  {
    type: 'aansprakelijkheidsverzekering',
    marks: [[/(beroeps|bedrijfs)?aansprakelijkheidsverzekering/, 10], [/\bpolis(blad)?\b/, 5], [/polisnummer/, 4], [/verzekeringnemer/, 3], [/verzekerd bedrag|dekking/, 2]],
  },
  {
    type: 'klachtenregeling-lidmaatschap',
    marks: [[/bewijs van (aansluiting|lidmaatschap)|aansluitingsbewijs|lidmaatschapsbewijs/, 10], [/\b(is )?aangesloten bij\b/, 4], [/geschilleninstantie|geschillencommissie|zorggeschil/, 3], [/\blidmaatschap\b/, 3], [/klachtenfunctionaris/, 1]],
  },
  { type: 'kwaliteitscertificaat', marks: [[/\biso 9001\b/, 8], [/\bhkz\b/, 8], [/\bprezo\b/, 8], [/\bkeurmerk\b/, 5], [/kwaliteitswaarborg zorgboerderijen/, 8], [/certificatie|certificerende instelling|\baudit\b/, 2]] },
  { type: 'vertrouwenspersoon', marks: [[/vertrouwenspersoon/, 8], [/(overeenkomst|afspraken?|samenwerkingsovereenkomst|opdrachtbevestiging)\b/, 1]] },
  { type: 'meldcode', marks: [[/\bmeldcode\b/, 8], [/huiselijk geweld en kindermishandeling/, 4], [/afwegingskader/, 3], [/veilig thuis/, 1]] },
  { type: 'klachtenregeling', marks: [[/\bklachtenregeling\b/, 8], [/klachtenprocedure/, 5], [/wet kwaliteit,? klachten en geschillen zorg|\bwkkgz\b/, 2], [/klachtenfunctionaris/, 1]] },
  { type: 'privacybeleid', marks: [[/privacybeleid|privacyreglement|privacyverklaring|privacy ?statement/, 9], [/\bavg\b|algemene verordening gegevensbescherming/, 2]] },
  { type: 'medicatiebeleid', marks: [[/medicatiebeleid|medicatieprotocol/, 9]] },
  { type: 'protocol-agressie', marks: [[/(protocol|beleid) (omgaan met )?agressie|agressieprotocol/, 9]] },
  { type: 'protocol-incidenten', marks: [[/incidentenprotocol|protocol incidenten|calamiteitenprotocol|melden van incidenten/, 9]] },
  { type: 'risicoanalyse', marks: [[/risicoanalyse|risico-inventarisatie|\bri&e\b|\brie\b/, 8]] },
  { type: 'tevredenheidsonderzoek', marks: [[/tevredenheidsonderzoek|clienttevredenheid/, 9]] },
  { type: 'kwaliteitsverslag', marks: [[/kwaliteitsverslag|kwaliteitsjaarverslag/, 10]] },
  { type: 'scholingsplan', marks: [[/scholingsplan|opleidingsplan/, 9]] },
];

/** Scholing rules win over policies on the same subject only when the text reads like a certificate. */
const TITLE_CHARS = 320;

export interface TypeScore {
  type: string;
  score: number;
}

/** Scores of every type, best first; a type scores only when its required words are there. */
export function scoreTypes(text: string, fileName: string): TypeScore[] {
  const title = text.slice(0, TITLE_CHARS);
  const scores: TypeScore[] = [];
  for (const rule of RULES) {
    if (rule.requires && !rule.requires.test(text) && !rule.requires.test(fileName)) continue;
    let score = 0;
    for (const [re, weight] of rule.marks) {
      if (re.test(text)) score += weight;
      if (re.test(title)) score += weight;
      if (re.test(fileName)) score += weight;
    }
    if (score > 0) scores.push({ type: rule.type, score });
  }
  return scores.sort((a, b) => b.score - a.score);
}
