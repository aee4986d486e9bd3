// British spellings and their US forms: the content check flags the British ones (the guide is
// written in US English) and search reads them as the US word, so "counsellor" finds "counselor".
// Pure data and one lookup, imported by the content check and by the search code in the browser.

/**
 * British spellings and their US forms. Stems take the listed endings ("" for the word as
 * written); a family covers every word that starts with its stem.
 */
const BRITISH: [british: string, us: string, endings: string[]][] = [
  ['programme', 'program', ['', 's']],
  ['centre', 'center', ['', 's', 'd']],
  ['tumour', 'tumor', ['', 's']],
  ['behaviour', 'behavior', ['', 's', 'al']],
  ['colour', 'color', ['', 's', 'ed', 'ful']],
  ['favour', 'favor', ['', 's', 'ed', 'ing', 'able', 'ite', 'ites']],
  ['honour', 'honor', ['', 's', 'ed', 'ing']],
  ['labour', 'labor', ['', 's', 'ed', 'ing']],
  ['neighbour', 'neighbor', ['', 's', 'ing', 'hood', 'hoods']],
  ['humour', 'humor', ['', 's']],
  ['rumour', 'rumor', ['', 's']],
  ['counsell', 'counsel', ['or', 'ors', 'ing', 'ed']],
  ['travell', 'travel', ['ed', 'ing', 'er', 'ers']],
  ['cancell', 'cancel', ['ed', 'ing']],
  ['modell', 'model', ['ed', 'ing']],
  ['labell', 'label', ['ed', 'ing']],
  ['signall', 'signal', ['ed', 'ing']],
  ['enrol', 'enroll', ['', 's']],
  ['enrolment', 'enrollment', ['', 's']],
  ['fulfil', 'fulfill', ['', 's', 'ment']],
  ['skilful', 'skillful', ['', 'ly']],
  ['licence', 'license', ['', 's']],
  ['defence', 'defense', ['', 's']],
  ['offence', 'offense', ['', 's']],
  ['catalogue', 'catalog', ['', 's']],
  ['judgement', 'judgment', ['', 's']],
  ['ageing', 'aging', ['']],
  ['towards', 'toward', ['']],
  ['amongst', 'among', ['']],
  ['whilst', 'while', ['']],
  ['learnt', 'learned', ['']],
  ['spelt', 'spelled', ['']],
  ['grey', 'gray', ['', 's']],
  ['wellbeing', 'well-being', ['']],
  ['practis', 'practic', ['e', 'ed', 'es', 'ing']],
  ['analys', 'analyz', ['e', 'ed', 'ing']],
  ['paralys', 'paralyz', ['e', 'ed', 'ing']],
  ['manoeuvre', 'maneuver', ['', 's']],
  ['foetus', 'fetus', ['', 'es']],
  ['foetal', 'fetal', ['']],
  ['oedema', 'edema', ['']],
  ['oestrogen', 'estrogen', ['', 's']],
];
const BRITISH_FAMILIES: [british: string, us: string][] = [
  ['haem', 'hem'],
  ['leukaem', 'leukem'],
  ['anaem', 'anem'],
  ['paediatric', 'pediatric'],
  ['gynaecolog', 'gynecolog'],
  ['oesophag', 'esophag'],
  ['orthopaed', 'orthoped'],
  ['diarrhoea', 'diarrhea'],
];
/** Verbs spelled -ise in British English: each takes -e, -ed, -es, -ing, -ation, -ations. */
const ISE_STEMS = (
  'organ recogn special normal priorit emphas summar real minim maxim util apolog critic categor optim standard final ' +
  'visual character mobil hospital immun random author general familiar memor stabil legal global individual personal ' +
  'modern symbol sympath harmon scrutin jeopard fertil steril central decentral custom capital commercial contextual ' +
  'conceptual econom equal external formal human ideal internal item local marginal metabol monet neutral operational ' +
  'polar pressur privat public rational revolution sanit sensit social stigmat subsid synthes trivial urban vapor verbal ' +
  'victim vocal hypothes computer patron'
).split(' ');

const US_FORM = new Map<string, string>();
for (const [british, us, endings] of BRITISH) for (const ending of endings) US_FORM.set(british + ending, us + ending);
for (const stem of ISE_STEMS) {
  for (const ending of ['e', 'ed', 'es', 'ing', 'ation', 'ations', 'er', 'ers']) {
    if (stem === 'real' && ending.startsWith('ation')) continue;
    US_FORM.set(`${stem}is${ending}`, `${stem}iz${ending}`);
  }
}

/** Every word of the US forms above ("well-being": "well", "being"). */
const US_WORDS = new Set([...US_FORM.values()].flatMap((us) => us.split('-')));

/** Whether a lowercase US word has a British spelling listed above: "program" (programme) has, "family" has not. */
export function hasBritishSpelling(word: string): boolean {
  return US_WORDS.has(word) || BRITISH_FAMILIES.some(([, us]) => word.startsWith(us));
}

/** The US form of a word written the British way, or undefined. Keeps an initial capital. */
export function usSpelling(word: string): string | undefined {
  const lower = word.toLowerCase();
  let us = US_FORM.get(lower);
  if (!us) {
    const family = BRITISH_FAMILIES.find(([british]) => lower.startsWith(british));
    if (family) us = family[1] + lower.slice(family[0].length);
  }
  if (!us) return undefined;
  return word[0] === word[0].toUpperCase() ? us[0].toUpperCase() + us.slice(1) : us;
}
