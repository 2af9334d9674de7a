/**
 * Word lists behind Parley's tone signals. General English usage, written for business email; each
 * list is matched on word boundaries, case-insensitively unless noted. Extend with care: precision
 * matters as much as recall (users abandon tone checkers that cry wolf).
 */

/** Swearing, also masked ("f***ing", "sh*t") and abbreviated (BS, WTF). */
export const PROFANITY = [
  'damn',
  'damned',
  'dammit',
  'goddamn',
  'crap',
  'crappy',
  'bloody',
  'bullshit',
  'bs',
  'shit',
  'shitty',
  'horseshit',
  'fuck',
  'fucking',
  'fucked',
  'fucks',
  'fuckin',
  'fking',
  'fkn',
  'effing',
  'fucker',
  'fuckers',
  'motherfucker',
  'wtf',
  'ffs',
  'stfu',
  'gtfo',
  'shite',
  'feck',
  'bugger',
  'pissing',
  'pissed',
  'piss',
  'arse',
  'arsed',
  'ass',
  'asshole',
  'assholes',
  'bastard',
  'bastards',
  'bollocks',
  'screw you',
  'screwed us',
  'the hell',
  'hell is',
  'go to hell',
  'sod off',
];

/** Masked swear words: a letter, masking characters, letters (f***ing, s**t, f#@%). */
export const MASKED_PROFANITY = /\b[fs][*#@%$!]{2,}[a-z]*\b|\bf[*#@%$!]+c?k[a-z]*\b|\bsh[*#@%$!]+t\b/gi;

/** Words that attack a person's or group's competence or character. */
export const INSULT_NOUNS = [
  'idiot',
  'idiots',
  'moron',
  'morons',
  'clown',
  'clowns',
  'amateur',
  'amateurs',
  'liar',
  'liars',
  'thief',
  'thieves',
  'crook',
  'crooks',
  'scammer',
  'scammers',
  'fraud',
  'frauds',
  'cowboys',
  'incompetents',
  'fool',
  'fools',
  'buffoon',
  'buffoons',
  'jokers',
  'imbecile',
  'imbeciles',
  'halfwits',
  'dimwits',
  'numpties',
  'losers',
  'cheats',
  'swindlers',
  'con artists',
  'charlatans',
  'crooked',
  'leeches',
  'parasites',
  'bottom-feeders',
  'bottom feeders',
  'scumbags',
  'vultures',
  'grifters',
  'chancers',
  'cretins',
  'muppets',
  'bozos',
  'hypocrites',
  'bullies',
  'thugs',
  'prick',
  'pricks',
  'wanker',
  'wankers',
  'tosser',
  'tossers',
  'jerks',
];

export const INSULT_ADJECTIVES = [
  'incompetent',
  'useless',
  'clueless',
  'stupid',
  'idiotic',
  'brainless',
  'lazy',
  'dishonest',
  'hopeless',
  'inept',
  'worthless',
  'dumb',
  'moronic',
  'unprofessional',
  'incapable',
  'shameless',
  'spineless',
  'ignorant',
  'deceitful',
  'shady',
  'greedy',
  'amateurish',
  'irresponsible',
];

/** How the reader behaved, said of them ("your agent was rude"): a complaint about conduct (blame), not an insult. */
export const CONDUCT_ADJECTIVES = [
  'rude',
  'arrogant',
  'condescending',
  'patronising',
  'patronizing',
  'dismissive',
  'disrespectful',
  'sloppy',
  'careless',
  'negligent',
  'callous',
  'unhelpful',
  'evasive',
];

/** Who an insult lands on: the reader, their team, company or people. */
export const TARGETS = [
  'you',
  'you guys',
  'you people',
  'your team',
  'your company',
  'your staff',
  'your people',
  'your agents',
  'your agent',
  'your rep',
  'your reps',
  'your support',
  'your department',
  'your firm',
  'your agency',
  'your office',
  'your crew',
  'your engineers',
  'your developers',
  'your managers',
];

/** Belittling or dismissive words and phrases (contempt). */
export const CONTEMPT = [
  'ridiculous',
  'pathetic',
  'absurd',
  'laughable',
  'a joke',
  'a farce',
  'a shambles',
  'an absolute shambles',
  'a complete shambles',
  'a total shambles',
  'an absolute joke',
  'a complete joke',
  'a total joke',
  'an absolute disgrace',
  'a complete farce',
  'an absolute farce',
  'an utter shambles',
  'a disgrace',
  'disgraceful',
  'shameful',
  'insulting',
  'an insult',
  'garbage',
  'rubbish',
  'trash',
  'junk',
  'joke of a',
  'beyond belief',
  'unbelievable',
  'embarrassing',
  'pitiful',
  'mess',
  'nonsense',
  'excuses',
  'nickel-and-diming',
  'nickel and diming',
  'script-reading',
  'canned reply',
  'useless',
  'pointless',
  "couldn't care less",
  'could not care less',
  'rants',
  'rant',
  'whining',
  'tantrum',
  'harassment',
  'a scam',
  'scam',
  'daylight robbery',
  'robbery',
  'stunt',
  'roadblock',
  'so hard to understand',
  'could have built in a weekend',
  'appalling',
  'disgusting',
  'atrocious',
  'abysmal',
  'outrageous',
  'shoddy',
  'half-baked',
  'second-rate',
  'third-rate',
  'amateur hour',
  'a sham',
  'rip-off',
  'ripoff',
  'a racket',
  'extortion',
  'extortionate',
  'highway robbery',
  'a circus',
  'clown show',
  'farcical',
  'preposterous',
  'shambolic',
  'so-called',
  'lame excuse',
  'sorry excuse',
  'beneath contempt',
  'sheer incompetence',
  'utter incompetence',
  'gross incompetence',
  'total incompetence',
  'complete incompetence',
];

/** Rhetorical put-downs (contempt), matched as phrases. */
export const CONTEMPT_PHRASES: RegExp[] = [
  /\bare you (?:kidding|joking|serious)(?: me)?\b/gi,
  /\bare you (?:out of your (?:mind|minds|tiny mind)|insane|crazy|mad|stupid|blind|deaf|for real)\b/gi,
  /\bwhat(?:'s| is) wrong with you(?: people| guys)?\b/gi,
  /\b(?:shut up|get a grip|grow up|get a clue)\b/gi,
  /\bdo you (?:people |guys )?(?:even|actually) (?:read|listen|know|care|check)\b/gi,
  /\bis (?:anyone|anybody) (?:there|listening|home)\b/gi,
  /\b(?:what|which) part of\b[^.?!\n]{0,60}\b(?:don't|do not|doesn't|does not)\b[^.?!\n]{0,30}\bunderstand\b/gi,
  /\bhow (?:hard|difficult) (?:can it be|is it)\b/gi,
  /\bmy (?:intern|kid|child|dog|grandmother|grandma)\b[^.?!\n]{0,40}\bcould\b/gi,
  /\bhad the nerve\b/gi,
  /\bseriously\s*\?/gi,
  /\bgive me a break\b/gi,
  /\bI (?:honestly )?don't know why I (?:even )?bother\b/gi,
  /\bI(?:'m| am) not (?:a bank|your (?:bank|mother|secretary|babysitter))\b/gi,
  /\b(?:sick|tired) of (?:chasing|asking|hearing|telling|waiting|your)\b/gi,
  /\b(?:I have|I've) had it with\b/gi,
  /\bgo ahead and\b(?=[^.!?\n]{0,40}\b(?:take it|escalate|complain|tell|report)\b)/gi,
  /\byou people\b/gi,
  /\bspare me\b/gi,
  /\bhad the (?:gall|audacity|cheek)\b/gi,
  /\b(?:did|does|do) (?:anyone|anybody) (?:on|in|at) your \w+ (?:even|actually)\b/gi,
  /\bwhat kind of (?:company|business|service|operation|outfit|people) (?:is this|are you|do you run)\b/gi,
  /\bsomeone with (?:actual|real|some) (?:authority|sense|brains)\b/gi,
  /\band you know it\b/gi,
  /\blike some (?:walk-in|nobody|idiot|child|criminal)\b/gi,
  // "A first-year intern would have done better."
  /\b(?:a|any|my|our) (?:first-year |first year |junior |summer |high-school |high school )?(?:intern|trainee|student|schoolkid|schoolboy|child|teenager|monkey|toddler|\w+-year-old)\b[^.?!\n]{0,30}\b(?:could|would)(?:'ve| have)? (?:done|do|written|write|made|make|built|build) (?:a )?(?:better|this|it)\b/gi,
  // "you didn't have the basic decency to tell me"
  /\b(?:the|basic|common|simple|an ounce of) (?:basic |common |simple )?(?:decency|courtesy) to\b/gi,
  /\b(?:you|they|those people|these people|your (?:[\w-]+ ){0,2}?[\w-]+) (?:know|knows) (?:absolutely )?nothing\b/gi,
  /\b(?:have|has) no idea what (?:you're|you are|they're|they are|he's|she's|he is|she is) doing\b/gi,
];

/** Sweeping generalisations (absolutes). */
export const ABSOLUTES: RegExp[] = [
  /\byou(?:r (?:team|company|people|staff|side))? (?:always|never)\b/gi,
  /\bevery (?:single |weekly |monthly |daily |other )?(?:time|week|month|day|call|email|order|invoice|meeting|update|delivery)\b/gi,
  /\bnever once\b/gi,
  /\b(?:nobody|no one|no-one|none of you)(?: on your (?:side|team|end))? (?:ever|ever bothers|has ever|bothered)\b/gi,
  /(?<!\bif\s)\bnothing (?:ever )?(?:works|gets done|changes|happens)\b/gi,
  /\bnot (?:a single|once|one single)\b/gi,
  /\b(?:always|constantly) (?:late|wrong|broken|down|failing)\b/gi,
  /\bevery single\b/gi,
  /\bevery (?:other|answer|reply|response|excuse)\b/gi,
  /\b(?:nobody|no one) (?:at|in|on) (?:the |your )?\w+ (?:is|seems|was) (?:capable|able|willing)\b/gi,
  /\bnobody (?:on your side|at your company|there) (?:ever )?(?:answer|answered|responds|responded|replied|calls|called)\b/gi,
];

/**
 * The reader or their side as the subject ("you", "you've", "your rep", "your billing team"), not after
 * "could", "if", "thank" …, with an optional adverb: the start of "they did something" in `BLAME` and
 * `BLAME_IN_COMPLAINT`.
 */
const READER_DID = String.raw`(?<!\b(?:could|can|would|will|did|do|if|when|please|that|as|what|how|thank)\s)\b(?:you|you've|you have|your (?:own )?(?:team|company|staff|people|rep|reps|agent|agents|colleague|colleagues|side|office|crew|engineers|department|accounts team|system|billing team|support team|customer service|courier|driver|technician|warehouse|status page|tracking page|website|app|portal|invoice|platform|sync|software))\s+(?:have |has |had |just |clearly |then |now |still |again |already |also )?`;

/** Fault put on the reader (blame). */
export const BLAME: RegExp[] = [
  /\byour (?:own )?(?:fault|mistake|error|screw-?up|negligence|incompetence|carelessness|failure|mess)\b/gi,
  new RegExp(
    String.raw`${READER_DID}(?:failed|messed up|screwed up|ignored|lied|broke|lost|forgot|damaged|overcharged|wiped|slapped|missed|mixed up|dropped|refused|didn't bother|never (?:answered|replied|called|responded|bothered|fixed|sent|delivered|showed)|haven't (?:answered|replied|called|responded|fixed|sent|delivered)|still says)\b`,
    'gi',
  ),
  /\bbecause of you(?:r (?:team|company|mistake|error|people))?\b/gi,
  /\bthanks to you(?:r (?:team|company))?\b/gi,
  /\b(?:caused|created|made) by your\b/gi,
  /\b(?:if|which) you(?:'d| would)? (?:ever )?(?:bothered|know if you)\b/gi,
  /\byou(?:'d| would) know (?:that )?if you\b/gi,
  /\bcharge your own system created\b/gi,
  /\b(?:nobody|no one) (?:from|at|in|on) (?:your |the )?\w+ (?:told|mentioned|informed|called|replied|answered|responded)\b/gi,
  // "Nobody told us we were going over", "a dependency nobody mentioned": information the reader withheld.
  /\b(?:nobody|no one) (?:ever |even |had |has |have )?(?:told|informed|warned|mentioned|flagged|bothered to)\b/gi,
  // "Any competent agency would have flagged it": what the reader should have done.
  /\bany (?:competent|decent|professional|reasonable|half-decent|serious|responsible|other) \w+(?: \w+)? would(?: have|'ve)\b/gi,
  /\byou (?:somehow |even |also |still )?managed to (?:lose|break|miss|mess|damage|forget|ship|send|deliver|charge|bill|get)\b(?=[^.!?\n]{0,120}\b(?:wrong|typo|error|broken|damaged|late|missing|twice|again|incorrect)\b)/gi,
  /\b(?:you|your \w+)\b[^.!?\n]{0,30}\b(?:a new|another|yet another|more|the same) excuses?\b/gi,
  /\b(?:the )?(?:second|third|fourth|fifth|umpteenth|\d+(?:nd|rd|th)) time\b[^.!?\n]{0,60}\b(?:in error|by mistake|wrongly|incorrectly|wrong)\b/gi,
  /\bthis is how (?:you|your \w+) treats?\b/gi,
  /\bthe way (?:you|your \w+(?: \w+)?) (?:spoke|speak|treated|treat|handled|talked|dealt)\b/gi,
  /\b(?:your|you) (?:\w+ )?(?:were|was) supposed to\b/gi,
  /\byour (?:own )?(?:system|team|error|mistake) (?:created|caused)\b/gi,
  /\bit(?:'s| is) on you\b/gi,
  /\b(?:entirely|completely|squarely|solely|fully|wholly|100%|(?:one|a) hundred percent) on (?:you|your)\b/gi,
  // "your company did not send the customs documents", "the brief you clearly didn't read": a duty the
  // reader left undone.
  /(?<!\b(?:if|when|whether|case|that|as|because)\s)\b(?:you|your (?:own )?[a-z]+(?: [a-z]+)?)\s+(?:clearly |even |simply |just |also |still |obviously )?(?:did not|didn't|never|failed to|forgot to|neglected to|didn't bother to|did not bother to|couldn't be bothered to)\s+(?:even |once |bother to )?(?:send|answer|reply|respond|call|read|check|deliver|ship|tell|inform|follow|fix|show|return|test|notice|listen|confirm|honou?r|update|submit|look|warn|mention|pick up|turn up|ring|knock|arrive|come)\b/gi,
  /\b(?:you|your (?:[a-z]+ ){0,2}?[a-z]+) (?:have |has |just |only )?made (?:it|things|this|everything|the (?:problem|situation|issue|damage|leak)) worse\b/gi,
  /\b(?:nobody|no one) (?:on your side|from your (?:team|company|side)|at your company)\b/gi,
];

/**
 * Neutral actions of the reader ("you charged", "your agent said") that are blame only in a sentence that
 * complains (`COMPLAINT_CONTEXT`): "you charged me twice", not "you charged the card on Monday".
 */
export const BLAME_IN_COMPLAINT: RegExp[] = [
  new RegExp(
    String.raw`${READER_DID}(?:charged|billed|closed my|cancelled my|canceled my|promised|promise|kept|take my|took my|said|put in|put the|added|left)\b`,
    'gi',
  ),
];

/** Words that make a sentence about the reader's actions a complaint. */
export const COMPLAINT_CONTEXT =
  /\b(?:wrong(?:ly)?|errors?|mistakes?|again|without|never|not|no|nothing|nobody|instead|twice|late|broken|damaged|missing|incorrect(?:ly)?|unacceptable|despite|even though|excuses?|fault|disappointed|frustrat\w*|supposed to|otherwise|ignor\w*|still|complain\w*|been\s+(?:five|six|seven|eight|nine|ten|\d+)|(?:second|third|fourth|fifth)\s+time)\b|n't\b/i;

/** Ironic praise or mock politeness (sarcasm). */
export const SARCASM: RegExp[] = [
  /\b(?:great|good|nice|fantastic|brilliant|wonderful|excellent) (?:job|work|going|stuff)\b[,!.]*\s*(?:really|truly|guys|team|there)?\b(?=[^.!?\n]{0,80}(?:managed to|again|wrong|missed|broke|still|not|no |never|late|typo))/gi,
  /\b(?:great|good|nice|fantastic|brilliant|wonderful) (?:job|work), really\b/gi,
  /\btruly (?:impressive|remarkable|outstanding|amazing)\b/gi,
  /\bmust be (?:some kind of|a) record\b/gi,
  /\bthanks (?:a lot|so much|for nothing)\b(?=[^.!?\n]{0,40}(?:\b(?:for nothing|really|not|again)\b|—))/gi,
  /\bthanks for nothing\b/gi,
  /\bI'm sure you're (?:very )?(?:busy|doing your best)\b/gi,
  /\b(?:friendly|gentle) reminder \((?:the )?(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b[^)]*\)/gi,
  /\bwell done\b(?=[^.!?\n]{0,60}(?:wrong|again|missed|broke|not|never|late))/gi,
  /\bwell,? congratulations\b/gi,
  /\b(?:which|that) (?:has been|was|is) (?:just )?(?:great|wonderful|fantastic|brilliant|terrific) for (?:our|my|the|business|morale)\b/gi,
  // "… took our system down for nine hours. Brilliant work.": praise right after a failure.
  /(?<=\b(?:down|broke|broken|missed|wrong|failed|lost|late|crashed|outage|again|hours|days|weeks)\b[^\n]{0,100}?[.!]\s+)(?:great|brilliant|fantastic|excellent|wonderful|superb|stellar|nice) (?:job|work|stuff)(?: there| guys| team)?[.!]/gi,
  /\bcongratulations\b(?!,?\s+again\b)(?=[^.!?\n]{0,60}(?:wrong|again|missed|broke|not|never|late|lost))/gi,
  /\bwhat a (?:surprise|shock)\b/gi,
  /\bshocking,? I know\b/gi,
  /\bhow (?:wonderful|lovely|nice|convenient)\b/gi,
  /\bcoincidence,? I(?:'m| am) sure\b/gi,
  /\b(?:wow|bravo|brilliant)\.\s*just (?:wow|brilliant)\b/gi,
  /(?:^|[.!?]\s+)(?:stellar|great|excellent|outstanding|top-notch|fantastic|first-class|world-class|amazing) (?:service|work|job|support|customer service)[.!]/gim,
  /\btoo busy (?:posting|playing|celebrating|counting|enjoying|on)\b/gi,
  /\b(?:love|loved|great|nice|lovely) (?:finding out|hearing|learning|to find out|to hear)\b[^.!?\n]{0,60}\bfrom (?:a |the |our )?(?:customer|customers|client|auditors?|press|internet|someone else|twitter)\b/gi,
  /(?:^|[.!?]\s+)(?:super|very|really|so|most) (?:helpful|useful|reassuring|professional)[.!]/gim,
];

/** Words that in scare quotes turn praise into sarcasm: "quick" turnaround, "friendly reminder". */
export const SCARE_QUOTED =
  /^["“](?:seamless|smooth|simple|easy|hassle-free|painless|world-class|dedicated|personal|best|on track|quick|fast|friendly|urgent|priority|premium|support|help|helpful|customer service|service|courtesy|small|minor|tweak|small tweak|reminder|friendly reminder|expert|express|guaranteed|free|soon|will ship soon|asap|solution|investigation|review|update|working|working on it|final)[a-z ]{0,20}["”]$/i;

/** Bare-imperative verbs that make an unsoftened order at the start of a sentence (command). */
export const COMMAND_VERBS = [
  'fix',
  'refund',
  'send',
  'stop',
  'return',
  'give',
  'get',
  'cancel',
  'reprint',
  'remove',
  'take',
  'pull',
  'call',
  'pay',
  'ship',
  'provide',
  'reverse',
  'credit',
  'restore',
  'tell',
  'explain',
  'answer',
  'sort',
  'deliver',
  'have',
  'make',
  'reimburse',
  'replace',
  'waive',
  'drop',
  'release',
  'withdraw',
  'delete',
  'close',
  'reopen',
  'escalate',
  'do',
  'transfer',
  'put',
  'move',
  'respond',
  'reply',
  'hand',
  'leave',
  'quit',
  'confirm',
  'finish',
  'complete',
  'approve',
  'email',
  'text',
  'mail',
  'ring',
  'sign',
  'show',
  'stick',
  'keep',
];

/** Softeners that turn an order into a request (no command signal). */
export const SOFTENERS =
  /\b(?:please|kindly|could you|would you|can you|if you (?:can|could|don't mind)|when you (?:can|get a chance|have a moment)|if possible|thanks|thank you|would be (?:great|appreciated|grateful)|appreciate|happy to|feel free|let me know|no rush)\b/i;

/** Strong irritation cues: one is enough to make an email tense. */
export const TENSION_STRONG: RegExp[] = [
  /\b(?:per|as per) my (?:last|previous|earlier)(?: \w+)? (?:emails?|messages?|mails?)\b/gi,
  /\bas (?:I|we) (?:have )?(?:already |previously |repeatedly )?(?:mentioned|said|stated|explained|noted|told you|wrote(?: to)?(?: you)? already)\b/gi,
  /\bas (?:previously|already|repeatedly) (?:stated|explained|mentioned|advised|requested|pointed out)\b/gi,
  /\blike the last (?:two|three|four|few|several|\d+) times\b/gi,
  /\b(?:this|that|it)(?:'s|’s| is) (?:just )?not serious\b/gi,
  // "I'm following up (again)", "Call me. Now."
  /\((?:again|yet again|still)\)/gi,
  /(?:^|[.!?]\s+)(?:now|today|immediately)[.!]/gim,
  /\bstill\s+not\b(?!\s+(?:sure|certain|decided|clear|convinced|finali[sz]ed))/gi,
  /\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:(?:incomplete|late|missed|wrong|failed|short|damaged|delayed|botched|cancelled|canceled|partial|separate|different)\s+)?(?:time|reminder|request|email|e-mail|mail|message|call|chase|outage|attempt|follow-up|no-show|complaint|ticket|letter|delivery|shipment|invoice|incident|mistake|error|delay|cancellation|breakdown)\b/gi,
  // The writer's own frustration, not the reader's ("I understand your frustration").
  // Nor the frustration the writer acknowledges ("we understand this may be frustrating").
  /(?<!\b(?:your|their|his|her|the\s+customer's)\s)(?<!\b(?:may|might|must|can|could|will|would)\s+be\s+)(?<!\b(?:understand|appreciate|know|realise|realize|recognise|recognize|sorry)\s+(?:that\s+|how\s+)?(?:this|it)(?:'s|\s+is|\s+has\s+been)\s+)\bfrustrat(?:ed|ing|ion)\b/gi,
  /\b(?:unacceptable|not acceptable)\b/gi,
  /\bI(?:'m| am) (?:done|tired|fed up|sick|out of patience|running out of patience)\b/gi,
  /\bstill (?:waiting|wait|haven't|have not|no)\b/gi,
  /\bI(?:'ve| have) (?:explained|asked|told you|said) (?:this )?(?:a few|several|many|multiple|two|three|four) times\b/gi,
  /\b(?:nobody|no one|no-one) (?:has |had )?(?:told|mentioned|informed|inform|warned|bothered|showed up|turned up|discussed|consulted|asked)\b/gi,
  // "I have raised a complaint 3 times", "I called two times".
  /\b(?:called|asked|emailed|e-mailed|written|wrote|raised|logged|chased|complained|contacted|requested|reminded|explained|rang|phoned|reported|read|said|told|offered|mentioned|sent)\b[^.!?\n]{0,40}?\b(?:(?:two|three|four|five|six|several|multiple|many|\d+) times|twice)\b/gi,
  // "I said 40 seats on the call. Twice."
  /(?:^|[.!?]\s+)(?:twice|three times|four times)[.!]/gim,
  // Not answered, not what was agreed: "that doesn't really answer my question", "that isn't what I asked".
  /\b(?:doesn't|does not|didn't|did not|don't|do not)\s+(?:really\s+|actually\s+)?answer\s+(?:my|the|our)\s+questions?\b/gi,
  /\b(?:that|this|it)(?:'s|\s+is|\s+was)?\s*(?:isn't|is\s+not|wasn't|was\s+not|not)\s+what\s+(?:i|we)\s+(?:asked|signed\s+up\s+for|paid\s+for|agreed(?:\s+to)?|ordered|requested)\b/gi,
  /\bnot\s+asking\s+for\s+(?:anything|much|a\s+lot|the\s+moon)\b/gi,
  /\b(?:I|we)(?:'d|\s+would|\s+should)\s+be\s+(?:interested|curious|fascinated)\s+to\s+(?:know|hear|understand|learn)\s+(?:how|why|what|where|on\s+what)\b/gi,
  /\bdespite\s+(?:(?:two|three|four|several|repeated|multiple|numerous|my|our)\s+)+(?:reminders|requests|chasers|emails|calls|promises|assurances)\b/gi,
  /\btalking\s+past\s+each\s+other\b/gi,
  /\bdo\s+you\s+(?:understand|realise|realize|appreciate)\s+how\b/gi,
  /\bsurprise,?\s+surprise\b/gi,
  /\b(?:can|could|will|would) (?:someone|somebody|anyone|anybody|you) (?:please )?actually\b/gi,
  /\bwas never (?:discussed|agreed|mentioned|approved|authori[sz]ed)\b/gi,
  /\b(?:for the umpteenth time|enough is enough|this has gone on (?:long enough|too long)|is it too much to ask)\b/gi,
  /\bhow many (?:more )?times (?:do|must|will|have)\b/gi,
  /\bI(?:'ve| have) been (?:more than |very |extremely )?patient\b/gi,
  /\bI (?:shouldn't|should not) have to\b/gi,
  /\bI keep having to\b/gi,
  /\b(?:let me be|to be) (?:very |absolutely )?clear\b/gi,
  /\bthis is the last time\b/gi,
  /\b(?:yet another|once more)\b/gi,
  /\bwhy is it so (?:hard|difficult)\b/gi,
  /\b(?:no one|nobody) (?:has )?(?:bothered|even bothered)\b/gi,
  /\b(?:a|one) straight answer\b/gi,
];

/** Irritation that is not an attack: makes an email tense rather than calm (not shown as a signal). */
export const TENSION: RegExp[] = [
  // Not "thanks again", "congratulations again", "I'm still not sure", "we're still keen".
  /(?<!\b(?:thanks|thank you|congratulations|congrats|sorry|apologies|welcome back|hello|hi)\s+)\b(?:yet again|once again|again)\b(?!,?\s+(?:thanks|thank you|many thanks|congratulations|congrats|for (?:your|all)))|\bstill\b(?!\s+(?:not\s+|very\s+|really\s+)?(?:sure|certain|decided|deciding|undecided|interested|keen|happy|glad|available|on track|valid|open|good|fine|ok|okay|able|thinking|considering|working on|planning|hoping|love|like|enjoy|excited|committed)\b)/gi,
  /\bdisappoint(?:ed|ing|ment)\b/gi,
  /\bnot (?:good enough|ok|okay|happy|comfortable|satisfied)\b/gi,
  /\bI (?:have to|'ll|will) be honest\b/gi,
  /\b(?:no (?:news|update|updates|feedback)|(?:have not|haven't|did not|didn't|not) (?:yet )?(?:received|receive|got|get|had|heard) any (?:update|news|reply|response|answer|feedback))\b/gi,
  /\bsince (?:the )?(?:last|past) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\b/gi,
  /\bin a row\b/gi,
  /\btreat (?:this|it) as (?:urgent|a priority|top priority)\b/gi,
  /\b(?:is|was) not a (?:small|minor|little) [a-z]+\b/gi,
  /\bfrankly\b/gi,
  /\b(?:is|it's|it is) already (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\b/gi,
  /\bwith (?:all )?respect\b(?!\s+to\b)/gi,
  /\bgoing forward,/gi,
  /\b(?:I'm going to|I am going to|I'll|I will|let me)\s+be\s+(?:direct|blunt|frank|straight)\b/gi,
  /\bnowhere\s+(?:in|does|do|did|is|was|on)\b/gi,
  /\bI\s+(?:should|must)\s+(?:also\s+)?point\s+out\b/gi,
  /\bI\s+had\s+(?:rather\s+)?hoped\b/gi,
  /\bhow else to (?:phrase|put|say)\b/gi,
  /\bany update\b/gi,
  /\bit was due\b/gi,
  /\b(?:overdue|past due|no response|no reply|nobody (?:answer|answered|responded|replied)|without (?:a )?(?:reply|response|explanation))\b/gi,
  /\b(?:surprised|concerned|worried|annoyed|upset|unhappy)\b/gi,
  /\b(?:circling back|following up again|chasing (?:this|again))\b/gi,
  /\b(?:reconsider|shop around|take (?:our|my) business elsewhere)\b/gi,
  /\brepeatedly\b/gi,
  /\bno matter how\b/gi,
  /\bnot (?:sure|clear) why\b/gi,
  /\b(?:I|we) (?:need|expect|want) (?:this|it|an answer|a response)\b/gi,
  /\?\s*\?/g,
  /\bit(?:'s|’s| is| has) (?:now|been) (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|over|more than|almost|nearly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
  /\b(?:nobody|no one|no-one) (?:has |have )?(?:called|replied|reply|replies|answered|answer|responded|got back|is answer)\b/gi,
  /\bfollowing up on\b/gi,
  /\bstruggling to understand\b/gi,
  /\b(?:revision|attempt|chaser?|reminder|request) (?:number )?(?:three|four|five|six|\d+)\b/gi,
  /\b(?:as )?per your own\b/gi,
  /\btook (?:the|a) day off\b/gi,
  /\bwasted\b/gi,
  /\b(?:won't|will not|doesn't|does not) keep happening\b/gi,
  /\b(?:is|it's|that's) not (?:fair|right|on|correct|reasonable|professional)\b/gi,
  // "Please don't order things for both of us without asking me first", "on your end, not ours".
  /\b(?:don't|do not|never)\s+[a-z]+\b[^.!?\n]{0,40}\bwithout\s+(?:asking|telling|checking\s+with|consulting|informing|warning)\s+(?:me|us)\b/gi,
  /\bon\s+your\s+(?:end|side),?\s+not\s+(?:ours|mine|on\s+ours)\b/gi,
  /\bI(?:'d|\s+would)\s+(?:note|point\s+out|remind\s+you)\b/gi,
  // A single word in capitals for emphasis ("I was 6 mins late ONE time").
  /\b(?:ONE|NOT|NEVER|ALWAYS|NOTHING|TWICE|ZERO|STILL|AGAIN)\b/g,
  /\bI really do, but\b/gi,
  /\bfull stop\b/gi,
  /\bI(?:'m| am) not (?:disputing|saying|interested)\b/gi,
  /\bwhere (?:are|is) (?:they|it|my|the)\b/gi,
  /\b(?:I was|we were) (?:promised|told|assured)\b/gi,
  /\byou (?:assured|promised|told) (?:me|us)\b/gi,
  /\bwith (?:all )?due respect\b(?!\s+to\b)/gi,
  /\b(?:quite |to be )?(?:honestly|frankly)\b/gi,
  /\bat this point\b/gi,
  /\bchasing\b/gi,
  /\bI'?m (?:not sure|unclear) why\b/gi,
];

/** Politeness that softens tone (used to weigh, not shown). */
export const POLITE =
  /\b(?:please|thank you|thanks|appreciate|grateful|sorry|apologi[sz]e|happy to|glad to|hope you(?:'re| are) well|no worries|kind regards|best regards|would you mind|I understand)\b/gi;

/** Idioms and negations that look hostile but are not. */
export const HARMLESS: RegExp[] = [
  /\b(?:I'?d|I would|could) kill for\b[^.!?\n]{0,40}/gi,
  /\bkiller (?:pricing|price|deal|feature|app|idea|offer|design)\b/gi,
  /\b(?:absolutely |totally )?crushed it\b/gi,
  /\bto die for\b/gi,
  /\bno worries\b/gi,
  /\bnever mind\b/gi,
  /\bno need to apologi[sz]e\b/gi,
  /\bnot (?:a|an) (?:problem|issue|joke)\b/gi,
  /\bdead (?:easy|simple|on)\b/gi,
  /\bhell of a (?:job|lot|team)\b/gi,
  /\bbloody (?:good|brilliant|great|marvellous)\b/gi,
  /\bjoke aside\b/gi,
];

/** Past-tense verbs after "you"/"your team" that describe ordinary business, not fault. */
export const BENIGN_PAST = new Set(
  (
    'asked mentioned offered provided shared attached suggested recommended explained approved confirmed agreed ' +
    'received replied responded answered joined noted needed wanted liked requested proposed sent signed booked ordered ' +
    'paid helped included raised flagged highlighted described outlined updated reached contacted called emailed visited ' +
    'started completed finished delivered shipped submitted processed arranged organised organized scheduled invited ' +
    'introduced walked showed quoted priced listed named used tried checked reviewed looked worked passed forwarded ' +
    'signed-off managed handled resolved fixed solved returned refunded credited reversed waived accepted welcomed ' +
    'enjoyed appreciated supported covered added experienced encountered noticed reported found discovered ' +
    'requested expected hoped planned decided chose changed moved earned qualified registered subscribed logged ' +
    'unlocked won saved purchased bought selected opted enabled activated verified upgraded renewed been ' +
    'considered prepared created designed built developed improved achieved impressed exceeded based stated ' +
    'dated picked uploaded edited voted tagged drafted contributed'
  ).split(' '),
);

/** Irregular past tenses that usually describe a failure or a harm when "you" did them. */
export const FAULT_PAST = new Set(
  'blew broke forgot lost hung stole left took kept threw spent sold made wrote ran shut cut let misled mislaid'.split(
    ' ',
  ),
);

/** Verbs that describe a harm on their own ("you lost my parcel"); other past actions need a complaint. */
export const HARM_PAST = new Set(
  (
    'blew broke forgot lost hung stole threw misled mislaid messed screwed ignored overcharged double-charged ' +
    'damaged failed missed dropped wiped refused ruined botched bungled mishandled misplaced misquoted ' +
    'misinformed misrepresented deceived cheated lied wasted destroyed neglected abandoned breached violated ' +
    'overbilled double-billed scratched dented leaked invented fabricated'
  ).split(' '),
);
