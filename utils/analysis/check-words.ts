/**
 * Meaning words for the Send check: a small stemmer, the content words of a phrase, and the kinds of
 * consequence a threat or a recourse names. Checks compare what a draft says with what the user
 * recorded ("we will pass this to collections" against the recourse "Send the account to a collection
 * agency") on these, never on exact strings.
 */

/** Function words, pronouns, auxiliaries and time words: they carry no meaning to match on. */
const STOP = new Set(
  (
    'a an the and or but if then else otherwise so as at by for from in into of on onto to with without ' +
    'i me my mine we us our ours you your yours he him his she her they them their it its this that these those ' +
    'is are was were be been being am do does did done have has had having will would shall should can could ' +
    'may might must ll d ve re s t not no nor never also just still already again now then there here ' +
    'please kindly very really all any some each every more most other such own same than too only ' +
    'today tomorrow tonight week weekend month year monday tuesday wednesday thursday friday saturday sunday ' +
    'morning afternoon evening end day days hours hour next last first soon asap ' +
    'going able happy glad willing prepared about up out over under after before until within by ' +
    "won wont don doesn didn isn aren wasn weren can't won't don't let's"
  ).split(' '),
);

/** Verbs that say little about what was promised or threatened ("send", "get", "make"). */
const GENERIC_VERBS = new Set(
  'send get make give provide share take put keep let see look come go try do done sent given made taken got'.split(
    ' ',
  ),
);

const SUFFIXES = [
  'ations',
  'ation',
  'ings',
  'ing',
  'ions',
  'ion',
  'ments',
  'ment',
  'ors',
  'ers',
  'or',
  'er',
  'ies',
  'ied',
  'es',
  'ed',
  's',
  'e',
  'y',
];

/**
 * A light suffix-stripping stemmer (two passes): "cancelled", "cancellation" and "cancel" share a
 * stem, as do "deliver", "delivered" and "delivery", "collections" and "collector".
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
    // "cancell" → "cancel", "stopp" → "stop".
    if (/([b-df-hj-np-tv-z])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  }
  return w;
}

/** Words of `text` (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Stems of the content words of `text`: what it is about. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const bare = w.replace(/['’].*$/, '');
    if (STOP.has(w) || STOP.has(bare) || /^\d+$/.test(w) || bare.length < 3) continue;
    out.add(stem(bare));
  }
  return out;
}

const GENERIC_STEMS = new Set([...GENERIC_VERBS].map((v) => stem(v)));

/** Content stems without generic verbs: the objects of a promise ("revised", "quote"). */
export function keyStems(text: string): Set<string> {
  const all = contentStems(text);
  const keys = new Set([...all].filter((s) => !GENERIC_VERBS.has(s) && !GENERIC_STEMS.has(s)));
  return keys.size ? keys : all;
}

/** Share of `needles` found in `haystack` (0 when there are no needles). */
export function coverage(needles: Set<string>, haystack: Set<string>): number {
  if (!needles.size) return 0;
  let hit = 0;
  for (const n of needles) if (haystack.has(n)) hit++;
  return hit / needles.size;
}

/**
 * Kinds of consequence, each recognised by its meaning words. A threat and a recourse mean the same
 * consequence when they share a kind ("our lawyers" and "take legal action" are both `legal`).
 */
const CONSEQUENCES: [string, RegExp][] = [
  [
    'legal',
    /\b(?:lawyers?|attorneys?|solicitors?|legal|court|sue|suing|lawsuit|litigation|proceedings|tribunal|arbitration|small\s+claims)\b/,
  ],
  ['collections', /\b(?:collections?|collectors?|debt\s+(?:recovery|collect\w*)|recovery\s+agenc\w+)\b/],
  [
    'cancel',
    /\b(?:cancel\w*|terminat\w+|end\s+(?:the|our|this|your)\s+(?:contract|agreement|relationship|subscription)|clos\w+\s+(?:the|your|our|my)\s+account)\b/,
  ],
  [
    'suspend',
    /\b(?:suspen\w+|paus\w+|halt\w*|on\s+hold|disconnect\w*|cut\s+off|shut\s+off|stop\w*\s+(?:the\s+|all\s+|any\s+)?(?:service|work|deliver\w*|shipments?|supply|access))\b/,
  ],
  ['withhold', /\b(?:withh[oe]ld\w*|stop\w*\s+(?:the\s+)?payments?|stop\s+paying)\b/],
  ['dispute', /\b(?:chargebacks?|charge\s+back|dispute\w*|revers\w+\s+the\s+(?:charge|payment))\b/],
  [
    'complaint',
    /\b(?:complain\w*|regulators?|ombudsman|trading\s+standards|bbb|better\s+business\s+bureau|cfpb|ftc|report\w*\s+(?:you|this|it|your))\b/,
  ],
  [
    'review',
    /\b(?:(?:leave|leaving|write|writing|post|posting|give|giving)\s+(?:a\s+|an\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}reviews?|online\s+reviews?|trustpilot|yelp|social\s+media|twitter|facebook|linkedin|the\s+press|go\s+public)\b/,
  ],
  [
    'elsewhere',
    /\b(?:elsewhere|competitors?|another\s+(?:supplier|vendor|provider|agency|company|contractor|firm)|switch\w*|(?:not|won't)\s+(?:be\s+)?renew\w*|take\s+(?:our|my)\s+business)\b/,
  ],
  [
    'fees',
    /\b(?:late\s+(?:payment\s+)?(?:fees?|charges?)|interest|penalt\w+|surcharges?|fees?\s+will\s+be)\b/,
  ],
  [
    'escalate',
    /\b(?:escalat\w+|managers?|supervisors?|boss|ceo|cfo|coo|directors?|head\s+of|executives?|leadership|management|board)\b/,
  ],
];

/** The consequence kinds `text` names. */
export function consequenceKinds(text: string): Set<string> {
  const lower = text.toLowerCase().replace(/[’]/g, "'");
  const out = new Set<string>();
  for (const [kind, re] of CONSEQUENCES) if (re.test(lower)) out.add(kind);
  return out;
}

/** Whether a threat and a recourse name the same consequence (by kind, else by most meaning words). */
export function sameConsequence(threat: string, recourse: string): boolean {
  const a = consequenceKinds(threat);
  const b = consequenceKinds(recourse);
  if (a.size && b.size) return [...a].some((k) => b.has(k));
  return coverage(keyStems(threat), contentStems(recourse)) >= 0.6;
}
