import type { ProposedField } from './types';

type Details = Record<string, ProposedField<string | string[]>>;

const firstMatch = (text: string, pairs: [RegExp, string][]): string | undefined => pairs.find(([re]) => re.test(text))?.[1];

/** Kinds of diploma (DIPLOMA_KINDS) by the words on the diploma; the most specific first. */
const DIPLOMA_KIND_WORDS: [RegExp, string][] = [
  [/persoonlijk begeleider maatschappelijke zorg|begeleider maatschappelijke zorg|maatschappelijke zorg/, 'begeleider-mz'],
  [/sociaal[- ]pedagogisch werker|\bspw\b/, 'spw'],
  [/sociaal[- ]pedagogische hulpverlening|\bsph\b/, 'sph'],
  [/maatschappelijk werk en dienstverlening|\bmwd\b/, 'mwd'],
  [/\bsocial work\b/, 'social-work'],
  [/verzorgende[- ]ig|verzorgende individuele gezondheidszorg/, 'verzorgende-ig'],
  [/\bverpleegkund(e|ige)\b|\bhbo-v\b/, 'verpleegkundige'],
  [/orthopedagog|\bpsycholog/, 'gedragswetenschapper'],
  [/\bpedagogiek\b/, 'pedagogiek'],
  [/helpende zorg en welzijn/, 'helpende-zw'],
];

const TRAINING_SUBJECT_WORDS: [RegExp, string][] = [
  [/\bmeldcode\b|huiselijk geweld en kindermishandeling/, 'meldcode'],
  [/\bagressie\b/, 'agressie'],
  [/\bmedicatie/, 'medicatie'],
  [/\bprivacy\b|\bavg\b/, 'privacy'],
  [/voorbehouden (en risicovolle )?handelingen/, 'voorbehouden-handelingen'],
];

const KEURMERK_WORDS: [RegExp, string][] = [
  [/\biso 9001\b/, 'iso-9001'],
  [/\bhkz\b/, 'hkz'],
  [/\bprezo\b/, 'prezo'],
  [/kwaliteitswaarborg zorgboerderijen/, 'zorgboerderijen'],
  [/keurmerk zzp'?ers in de zorg/, 'kiwa-zzp'],
  [/keurmerk zoz|zorg ?org(anisaties)? ?zonder/, 'kiwa-zoz'],
];

const field = <T>(value: T, confidence: number, source: string): ProposedField<T> => ({ value, confidence, source });

/** Detail fields of the proposed type, read from the normalized text. Only what is printed plainly. */
export function proposeDetails(type: string, text: string, raw: string): Details {
  const details: Details = {};
  switch (type) {
    case 'vog': {
      // "Screeningsprofiel: 45 Gezondheid en welzijn van mens en dier" or "profiel 45".
      if (/(screenings)?profiel:? ?45\b|\b45 ?[-–:]? ?gezondheid en welzijn van mens en dier/.test(text) || /gezondheid en welzijn van mens en dier/.test(text)) {
        details['profiles'] = field(['45'], 0.9, 'screeningsprofiel in de tekst');
      } else if (/screeningsprofiel:? ?\d{2}\b/.test(text)) {
        details['profiles'] = field(['ander'], 0.8, 'screeningsprofiel in de tekst');
      }
      break;
    }
    case 'diploma': {
      const kind = firstMatch(text, DIPLOMA_KIND_WORDS);
      if (kind) details['kind'] = field(kind, 0.8, 'opleiding in de tekst');
      const level = /\bniveau ([234])\b/.exec(text)?.[1] ?? (/\bmaster\b/.test(text) ? '7' : /\bbachelor\b|\bhbo\b/.test(text) ? '6' : undefined);
      if (level) details['level'] = field(level, 0.8, 'niveau in de tekst');
      break;
    }
    case 'scholing': {
      const subject = firstMatch(text, TRAINING_SUBJECT_WORDS);
      if (subject) details['subject'] = field(subject, 0.85, 'onderwerp in de tekst');
      break;
    }
    case 'kwaliteitscertificaat': {
      const keurmerk = firstMatch(text, KEURMERK_WORDS);
      if (keurmerk) details['keurmerk'] = field(keurmerk, 0.85, 'keurmerk in de tekst');
      break;
    }
    case 'aansprakelijkheidsverzekering': {
      const number = /polis ?(?:nummer|nr\.?):? ?([a-z0-9][a-z0-9./-]{3,24}[a-z0-9])\b/i.exec(raw)?.[1];
      if (number && /\d/.test(number)) details['policyNumber'] = field(number.toUpperCase(), 0.9, 'bij "Polisnummer"');
      break;
    }
    case 'big': {
      const number = /big[- ]?(?:nummer|registratienummer)?:? ?(\d{11})\b/.exec(text)?.[1];
      if (number) details['number'] = field(number, 0.9, 'BIG-nummer in de tekst');
      break;
    }
    case 'skj': {
      const number = /(?:skj[- ]?(?:nummer|registratienummer)?|registratienummer):? ?(\d{6,12})\b/.exec(text)?.[1];
      if (number) details['number'] = field(number, 0.85, 'registratienummer in de tekst');
      break;
    }
    case 'kvk-uittreksel': {
      const number = /kvk[- ]?nummer:? ?(\d{8})\b/.exec(text)?.[1];
      if (number) details['kvkNumber'] = field(number, 0.9, 'KvK-nummer in de tekst');
      break;
    }
    case 'klachtenregeling-lidmaatschap': {
      const body = /(geschillencommissie zorg|de geschillencommissie|zorggeschil|geschilleninstantie [a-z][a-z ]{2,40}?)(?=[.,;:]| is | bij |$)/.exec(text)?.[1];
      if (body) details['geschilleninstantie'] = field(capitalize(body), 0.7, 'in de tekst');
      break;
    }
  }
  return details;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Subjects a training certificate can have: used to turn "certificaat meldcode" into scholing/meldcode. */
export function trainingSubject(text: string): string | undefined {
  return firstMatch(text, TRAINING_SUBJECT_WORDS);
}
