/**
 * Small word lists behind the position rules (positions.ts). Kept apart so they can be read and
 * extended without touching the rules. All lists are lower case; matching is case-insensitive.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);
const alt = (list: string[]): string => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Verbs that open a request when they start a clause ("Send me…", "Refund the…", "Stop calling…"). */
export const IMPERATIVE_VERBS = words(`
  send resend give get fix refund return reprint redo stop leave remove take do write read use process confirm reply respond call ring
  add cancel provide update tell let make have check reissue issue sign pay ship deliver arrange book rebook
  reschedule credit waive reverse contact email e-mail share forward bring pass put explain correct repair replace
  come release transfer turn honor honour delete unsubscribe escalate connect submit complete finish install provision
  reinstate restore compensate reimburse clarify advise inform notify ensure loop include apply accept withdraw
  revert retract cease settle clear collect handle investigate review quote set switch move change extend lower
  reduce match drop sort chase approve reopen find show post mail text answer look keep pick hurry expedite speed
  push pull close prioritise prioritize schedule void halt pause fill hold cut beat start revise amend adjust rectify
  resolve remedy address acknowledge prove produce furnish supply raise message reconsider rewrite recheck
  resubmit recalculate redeliver reinstall rerun verify remit authorise authorize refrain desist countersign
  roll hand grant deal bill print lift reconnect unblock unfreeze unlock reactivate empty run deploy assign
  allocate inspect retest repeat organise organize rebuild repaint redesign remediate cover clean treat
  visit reconcile itemise itemize upgrade downgrade renew`);

/**
 * "Here's what I'll do today:", "Here is what we're doing:", "Our next steps:": the list items after it
 * are the writer's own promises (commitments), not orders to the reader.
 */
export const PLAN_INTRO =
  /\b(?:what\s+(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|'m|'re|\s+am|\s+are|\s+can|\s+could|(?:'m|'re|\s+am|\s+are)\s+(?:prepared|willing|able|happy)\s+to)\s+(?:do(?:ing)?|offer|propose|pay)|(?:our|my)\s+(?:plan|next\s+steps|action\s+plan|remedy)|next\s+steps\s+(?:on\s+our\s+side|from\s+us))\b[^:]*:$/i;

/** Verbs that, after "please", do not ask for anything ("Please note", "Please find attached"). */
export const PLEASE_STOP = words(
  `note find see accept excuse forgive feel don't do_not disregard ignore enjoy bear refer`,
);

/** Words after "I'm not / we are not" that do not decline anything ("I'm not sure", "I'm not a bank"). */
export const NOT_REFUSAL = words(`
  sure a an the disputing saying asking trying blaming suggesting bluffing joking kidding happy thrilled impressed
  convinced aware surprised expecting questioning getting mad angry upset here there sorry certain clear familiar
  satisfied pleased responsible to_blame the_only alone ready done going_anywhere complaining looking being seeing
  hearing receiving writing liable able_to_find thrilled threatening accusing missing falling_for stupid an_idiot
  naive`);

/** Verbs after can't / cannot / won't that are not a refusal ("I can't believe", "we can't wait"). */
export const CANT_STOP = words(`
  believe wait thank stress emphasise emphasize tell help find see access log reach understand imagine remember
  seem get_through express recall hear open load sleep work think stand get_hold get_anyone get_a get_an get_in
  get_my get_any get_it take_it use even say login sign_in connect figure make_sense continue_like go_on_like
  describe keep_up keep_track keep_calm keep_quiet keep_my keep_a keep_it keep_going keep_living keep_waiting
  keep_chasing keep_calling keep_asking keep_writing keep_emailing keep_ringing keep_explaining keep_repeating
  keep_telling keep_following`);

/** Verbs after "don't / do not" that are a refusal ("we don't accept…", "I do not agree"). */
export const DONT_REFUSAL_VERBS = words(`
  accept agree pay offer provide refund issue give allow approve permit authorise authorize make sign consent
  tolerate negotiate do waive discount extend reimburse compensate cover renew honor honour budge owe
  acknowledge recognise recognize`);

/** Titles above the reader: the targets of escalation. */
export const AUTHORITY =
  String.raw`(?:(?:regional|area|general|store|branch|country|managing|sales|account|operations|executive|senior|customer\s+service|support)\s+)?` +
  String.raw`(?:manager|managers|supervisor|supervisors|boss|superior|superiors|ceo|cfo|coo|cto|cio|president|owner|` +
  String.raw`director|directors|vp|svp|evp|vice[- ]president|head\s+of\s+[\w-]+|executive|executives|exec|leadership|` +
  String.raw`management(?!\s+(?:fees?|charges?|company|companies|plan|system|software|portal|costs?|accounts?|reports?|tools?|agreement))|board\s+of\s+directors|chairman|chair|founders?|(?:managing|senior)\s+partners?|higher[- ]ups?|chief\s+\w+\s+officer|team\s+lead(?:er)?|` +
  String.raw`governors|vice[- ]chancellor|board\s+of\s+trustees|trustees|head\s*teacher|md\b|gm\b|(?:delivery|department|practice|division|business\s+unit|site|country|project|engineering|finance|account|sales|branch|regional|zonal)\s+head\b|line\s+manager|someone\s+(?:more\s+)?senior|someone\s+at\s+(?:a\s+)?(?:more\s+)?senior\s+level|someone\s+in\s+charge|someone\s+with\s+(?:more\s+|actual\s+|real\s+|proper\s+|some\s+|the\s+)?authority|` +
  String.raw`person\s+in\s+charge|whoever\s+(?:is\s+)?in\s+charge|whoever\s+(?:owns|runs)\s+(?:your|the|this)\s+(?:company|business|firm|shop|place|agency)|someone\s+(?:higher(?:\s+up)?|above\s+you)|` +
  String.raw`board(?<!(?:licensing|housing|review|school|parole|tourist|standards|planning|state|contractors'?|medical|dental|nursing|bar|labou?r|pharmacy|zoning|appeals?)\sboard)(?!\s+(?:meeting|game))|` +
  String.raw`someone\s+who\s+(?:can|has\s+the\s+authority\s+to)\s+(?:actually\s+)?(?:make\s+decisions|approve|authori[sz]e))`;

/** Word of mouth is a threat unless it is praise: "I'll tell everyone I know how good you were". */
const NOT_PRAISE = String.raw`(?![^.;!?]{0,60}\b(?:good|great|wonderful|amazing|fantastic|brilliant|excellent|lovely|kind|helpful|recommend\w*|happy|pleased|thanks?|grateful))`;

/**
 * Consequences a writer threatens: legal, regulators, money, reputation, taking the business elsewhere,
 * formal sanctions. Each is a regex fragment matched within a clause.
 */
export const THREAT_CONSEQUENCES = [
  String.raw`lawyers?|attorneys?|solicitors?|legal\s+(?:action|team|counsel|proceedings|department|advice|route|steps|partners?|representatives?|advis[eo]rs?)|lawsuit|litigation|sue\b|suing|court(?<!\b(?:in|at|on|of|from)\s+(?!(?:the|a|small|county|crown|magistrates'?|high|family|district|supreme|federal|civil|claims|local|appeals?)\b)[a-z]+\s+court)(?=s?\b)|small\s+claims|tribunal|arbitration|adjudicat\w+|counsel\b|(?:issu|begin|start|commenc|initiat|institut|bring|brought)\w*\s+(?:formal\s+)?proceedings|com(?:e|es|ing)\s+after\s+(?:you|your\s+\w+)\b`,
  String.raw`dot\b|faa\b|caa\b|sec\b|irs\b|hmrc|eeoc|osha|acas|accc|ico\b|cma\b|ofwat|(?:the\s+|city\s+)?council\b|my\s+(?:union|mp\b|congress\w*|senator)|labou?r\s+board|employment\s+tribunal|department\s+of\s+\w+|building\s+inspector|card\s+(?:provider|issuer|company)|(?:further|formal|appropriate|necessary)\s+(?:legal\s+)?(?:action|steps|measures)|cfpb|bbb|better\s+business\s+bureau|ftc|trading\s+standards|ombudsman|regulators?\b|consumer\s+(?:protection|rights|council|agency|authority|office|association|organi[sz]ation|court|tribunal)|make\s+(?:a\s+)?reclamation|attorney\s+general|licensing\s+board|housing\s+inspector|inspectors?\b|authorities|police\b|deposit\s+protection|citizens\s+advice|ofcom|ofgem|fca\b|hse\b|data\s+protection\s+(?:authorit\w+|commissioner|regulator|office|board|watchdog)|(?:to|with)\s+(?:the\s+)?data\s+protection\b|watchdog`,
  String.raw`dispute(?<!\b(?:on|about|regarding|of|with)\s+(?:the|this|that|your|my|our)\s+dispute)(?!d\b)|disputing|chargeback|charge\s+back|reverse\s+the\s+(?:charge|payment)|my\s+(?:bank|card\s+(?:issuer|company)|credit\s+card\s+company)|stop\s+(?:the\s+)?payment|late\s+(?:payment\s+)?(?:fees?|charges?|interest)|penalt(?:y|ies)|interest\s+charges?|revok\w+|disabl\w+|block\w*\s+(?:your|the)\s+account|cut\s+off|shut\s+off|disconnect\w*|repossess\w*|stop\s+(?:all\s+)?(?:work|service|shipments?|deliver(?:y|ies)|supply|the\s+project)|paus\w+\s+(?:all\s+|the\s+)?(?:work|service|shipments?|deliver(?:y|ies))|halt\w*\s+(?:all\s+)?(?:work|shipments?|deliver(?:y|ies))|withdraw\w*\s+(?:the|our|my)\s+(?:offer|order|business)|reconsider\s+(?:our|the)\s+(?:partnership|relationship|contract|business|order)|reconsider\s+(?:which|where|who|whether)\s+(?:[\w-]+\s+){0,2}?(?:i|we)\b|review\w*\s+(?:our|the)\s+(?:relationship|partnership|contract|agreement|business)\s+with|affect\s+(?:our|the)\s+(?:decision|renewal|relationship)|let\s+you\s+go|(?:invoice|bill|charge)\s+you\s+for|deduct\w*|pursue\s+(?:all\s+|any\s+|every\s+)?(?:available\s+|legal\s+)?(?:remedies|options|action|avenues)|recover\s+(?:the\s+|our\s+|all\s+)?(?:costs?|debt|amount|money)|debt\s+recovery|recovery\s+agency|(?:put|place|placing|putting)\s+(?:the|your)\s+account\s+on\s+(?:hold|stop)|paypal|damages|pull\w*\s+(?:out|the\s+plug|(?:[\w-]+\s+){1,3}?out\s+of)|disciplinary\s+(?:action|proceedings|hearing|process|measures)|dismissal|expulsion|withhold|withholding|cancel|cancelling|canceling|terminate|terminating|termination(?<!(?:voice|call|sms|traffic|data|mobile|a-z|line)\stermination)(?!\s+(?:payments?|pay|package|fees?|charges?|dates?|clauses?|provisions?|rights?|letters?|settlement|notice\s+period))|close\s+(?:my|our|the)\s+account|closing\s+(?:my|our|the)\s+account|suspend|suspending|collections\b|collection\s+(?:agenc(?:y|ies)|department|process)|debt\s+collect\w*|eviction|evict|stop\s+paying|pull\s+(?:the|our|my)\s+(?:contract|business|account)|prepayment\s+meter|bailiffs?|enforcement\s+agents?|county\s+court\s+judg(?:e)?ments?|\bccj\b|(?:will\s+not|won't|wont|shall\s+not)\s+(?:be\s+)?(?:continu\w*|renew\w*|com(?:e|ing)\s+back|return\w*|work\w*\s+(?:with|for)\s+you)\b`,
  String.raw`make\s+sure\s+(?:that\s+)?(?:every(?:one|body)?\b|every\s+[\w-]+|all\s+(?:the\s+|my\s+|our\s+)?[\w-]+s\b)[^.;!?]{0,60}?\b(?:hears?|knows?|finds?\s+out|learns?)\s+(?:about\s+(?:it|this|that|you|your\b)|how\b|what\s+(?:you|happened)\b)${NOT_PRAISE}|make\s+sure\s+(?:that\s+)?(?:no(?:body|\s+one)|no\s+other\s+[\w-]+)\b[^.;!?]{0,60}?\b(?:books?|hires?|uses?|works?\s+with|buys?\s+from|deals?\s+with|recommends?|orders?\s+from)\s+(?:you|your)\b|(?:leave|leaving|write|writing|post|posting|give|giving|share|sharing)\s+(?:a\s+|an\s+|my\s+|our\s+)?(?:(?!(?:before|after|until|till|for|of|in|on|at|by|about|from|the)\b)[\w-]+\s+){0,2}reviews?|review\s+sites?|(?:one|1|two|2)[- ]star|trustpilot|yelp|on\s+google|google\s+reviews?|social\s+media|twitter|facebook|linkedin|reddit|tiktok|instagram|youtube|nextdoor|tripadvisor|glassdoor|capterra|\bg2\b|the\s+press\b(?!\s+release)|the\s+papers\b|journalists?|newspapers?|local\s+(?:paper|press|news(?:paper)?)|environmental\s+health|the\s+media\b(?!\s+(?:days?|plan|budget|buy|spend|kit|pack|team|schedule|files?|assets?|library|slots?|costs?))|(?:writ\w+|post\w*|talk\w*)\s+about\s+(?:you|this|it|your\s+[\w-]+)\s+(?:in|on|to)\s+every\b|sharing\s+my\s+experience|share\s+my\s+experience|go\s+public|post\s+about|(?:post|put|share|publish)\w*\s+(?:[\w'-]+\s+){0,4}?(?:online|(?:on|in)\s+(?:the\s+|every\s+|all\s+(?:the\s+)?|any\s+)?(?:[\w'’-]+\s+){0,2}?(?:internet|web|forums?|(?:review\s+)?(?:web)?sites?))\b|(?:inform|alert)\w*\s+(?:every\s+[\w-]+|all\s+(?:the\s+|my\s+|our\s+)?[\w-]+s|(?:the\s+)?other\s+[\w-]+s)\b[^.;!?]{0,60}?\b(?:how|what|about)\b[^.;!?]{0,30}?\byou|warn\w*\s+(?:every(?:one|body)?\b|every\s+[\w-]+|all\s+(?:the\s+|my\s+|our\s+)?[\w-]+s|(?:the\s+)?other\s+[\w-]+s|the\s+(?:whole|rest\s+of\s+the)\s+[\w-]+|anyone\s+who)|tell\w*\s+(?:every(?:one|body)?\b|every\s+[\w-]+|all\s+(?:the\s+|my\s+|our\s+)?[\w-]+s|(?:the\s+)?other\s+[\w-]+s|the\s+(?:whole|rest\s+of\s+the)\s+[\w-]+|anyone\s+who)(?=[^.;!?]{0,60}?\b(?:how|what|why|about|exactly|that\s+(?:you|your|they|this\s+(?:firm|company|shop|business))|the\s+(?:truth|story|whole\s+story))\b|\s*(?:[.;!]|$))${NOT_PRAISE}`,
  String.raw`(?:source|buy|order|get|take|taking|move|moving|look|go|shop|purchas(?:e|ing)|spend|find)\w*\s+(?:[\w'-]+\s+){0,6}?(?:elsewhere|somewhere\s+(?:else|that|which|where))|(?:take|taking|move|moving|shift|switch|transfer)\w*\s+(?:the|our|my|all|every|this)\s+(?:[\w-]+\s+){0,3}?(?:account|business|orders?|programme|program|work|contracts?|custom|volume|spend|traffic|production|purchases|bookings?)\s+(?:over\s+)?to\b|(?:go|going|goes|run|running|talk|talking|speak|speaking)\s+to\s+the\s+(?:papers|press|media|newspapers?|local\s+paper)\b|(?:hire|find|use|get|bring\s+in)\w*\s+(?:someone|somebody)\s+else|find\s+(?:someone|somebody)\s+who|another\s+(?:quote|offer|contractor|agency)|(?:accept|take|consider|pursue|explore)\w*\s+(?:the\s+other|another|other|competing|a\s+competing)\s+(?:offers?|positions?|roles?|jobs?|opportunit(?:y|ies)|bids?|quotes?|proposals?)|(?:go|sign|partner|proceed|move\s+forward)\w*\s+with\s+(?:[\w-]+\s+){1,3}?instead|resign\w*|hand\s+in\s+my\s+notice|quit\b|break\s+the\s+lease|end\s+the\s+tenancy|serv\w+\s+(?:[\w-]+\s+){0,4}?(?:notice|eviction)|(?:put|place|putting|placing)\s+(?:the|this|your|all)\s+(?:[\w-]+\s+)?(?:project|work|order|account|shipments?|deliver(?:y|ies))\s+on\s+hold|invok\w+\s+the|retain\s+(?:the\s+)?(?:rights|ownership)|revoke\s+the\s+licen[cs]e|take\s+(?:[\w-]+\s+){0,3}?(?:down|offline)|(?:taken|knocked|deducted|comes?)\s+off\s+(?:the|your|my|our)\s+(?:[\w-]+\s+)?(?:invoice|bill|account|fee|price)|back-?charg\w+|liquidated\s+damages|\blds\b|renewal\s+time|school\s+board|board\s+of\s+governors|consequences|credit\s+(?:bureaus?|reference\s+agenc(?:y|ies)|rating|score|file|record|history)|(?:add|charge|apply)\w*\s+(?:statutory\s+)?interest|(?:consider|reconsider)\w*\s+my\s+position|look\w*\s+for\s+(?:another|a\s+new)\s+(?:job|role|position)|(?:find|hire|use|book|go\s+with|choose|look\s+for|try|switch\s+to|move\s+to)\w*\s+(?:another|a\s+different|a\s+new|other)\s+(?!(?:slot|time|date|meeting|call|room|day|session|appointment|round|copy|look|go|try|chance|way|version|draft|option)\b)[a-z]+|alternative\s+(?:suppliers?|vendors?|providers?|options|arrangements|partners?|carriers?|agenc(?:y|ies)|contractors?|firms?|companies|sponsors?|venues?|yards?|stables?|labs?|factories|manufacturers?|insurers?|hauliers?|couriers?|landlords?|premises)|go\s+(?:back\s+)?(?:out\s+)?to\s+(?:the\s+)?market\b|(?:go|put\s+(?:it|this|the\s+[\w-]+))\s+(?:out\s+)?to\s+tender|re-?tender\w*|other\s+options|(?:our|my)\s+options|not\s+(?:be\s+)?renew\w*|won't\s+(?:be\s+)?renew\w*|competitors?|(?:another|a\s+different|the\s+other)\s+(?:supplier|vendor|provider|agency|company|bank|contractor|firm|landlord|carrier|partner|bidder|service|builder|plumber|shop|store|client|customer|buyer|tenant|candidate)\b(?!['’]s)|releas\w+\s+(?:the|your)\s+(?:slot|booking|room|reservation|table|spot|unit|stock|order|appointment|date)|releas\w+\s+(?:them|it|these|those|the\s+\w+)\s+(?:back\s+)?to\s+(?:general\s+(?:sale|release)|the\s+(?:open\s+)?market|the\s+public|the\s+waiting\s+list|other\s+\w+|another\s+\w+|someone\s+else)|(?:keep|retain|forfeit)\w*\s+(?:the|your)\s+deposit|forfeit\w*|full\s+(?:cancellation\s+)?(?:fee|charge|price|amount)\s+will|storage\s+fees?|other\s+(?:suppliers|vendors|providers|bidders)|everyone\s+(?:knows|i\s+know)${NOT_PRAISE}|cash\s+on\s+delivery|pro-?\s?forma\s+(?:terms|basis|invoic\w+|only)|(?:payment|pay)\s+(?:in\s+advance|up-?front)|prepayment\s+(?:terms|only|basis)|(?:stop|suspend|withdraw|remove|reduce|cut)\w*\s+(?:your\s+|the\s+|all\s+)?credit(?:\s+(?:terms|limit|line|facility|account))?\b|warn\s+(?:others|other\s+\w+|everyone)|go\s+elsewhere|take\s+(?:our|my|the)\s+(?:business|custom|account|contract)\s+(?:elsewhere|to)|shop\s+around|switch\w*\s+(?:providers?|suppliers?|vendors?|banks?|carriers?|agenc(?:y|ies)|to)|done\s+(?:working|doing\s+business)\s+with|(?:i'm|we're|i\s+am|we\s+are)\s+(?:done|finished|through)\b(?!\s+(?:[a-z]+ing\b|with\s+(?:the|this|my|our)\s+(?:review|draft|call|work)))|end\s+(?:the|our|this)\s+(?:contract|relationship|agreement)|find\s+an?\s+(?:\w+\s+)?(?:agency|supplier|vendor|provider|contractor|company|firm)|look\s+(?:for\s+)?another|churn|walk\s+away|walk\s*(?:[.!]|$)|moving\s+(?:the|our|all)\b[^.]{0,60}\bto\b`,
  String.raw`charge\s+(?:you\s+)?(?:interest|late\s+fees?|a\s+(?:late|cancellation|penalty)\s+fee|penalt)|tak\w+\s+(?:this|it|the\s+matter)\s+further|legal\s+advice|formal\s+(?:written\s+)?warning|(?:make|lodge|raise|submit|file|open|write)\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?(?:[\w-]+\s+)?(?:complaint|dispute|claim)|(?:making|lodging|raising|submitting|opening|writing)\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?(?:[\w-]+\s+)?(?:complaint|dispute|claim)|complain\w*\s+to|complain\w*\s+(?:at|with)\s+(?:the\s+)?(?!you\b)|(?:to|tell)\s+(?:the\s+|my\s+)?bank\b|bad\s+reviews?|written\s+warning|file\s+(?:a\s+)?(?:formal\s+)?(?:complaint|claim)|filing\s+(?:a\s+)?(?:formal\s+)?(?:complaint|claim|with)|report(?:ing)?\s+(?:you|u|this|it|your\s+\w+|(?:the|this)\s+(?:property|matter|incident|issue|business|company|practice|landlord))\s+to|report(?:ing)?\s+(?:you|u)\b|complaint\s+with|blacklist|denounc\w*\s+(?:you|your|this|it|the)\b|(?:the|your)\s+governors\b|(?:remov|drop|delist|strik|suspend)\w*\s+(?:you|your\s+(?:company|firm|business)|[\w-]+)\s+(?:from|off)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:supplier|vendor|approved|preferred)\s+(?:[\w-]+\s+)?(?:list|panel|register|database|framework)|(?:put|place|putting|placing)\w*\s+(?:you|your\s+(?:company|firm|business|account))\s+on\s+(?:controlled\s+shipping|probation|(?:credit|stop|account)\s+(?:hold|stop)|stop\b|a\s+watch\s*list)|contest\w*\s+(?:the\s+(?:whole\s+)?|this\s+)(?:will|estate|probate)|exercis\w+\s+(?:our|my|the)\s+right\s+to\s+(?:recover|repossess|terminate|withhold|suspend|retain|cancel)|mov\w+\s+on\s+to\s+(?:other|another|the\s+next)\s+(?:[\w-]+\s+)?(?:targets?|candidates?|options?|suppliers?|buyers?|bidders?|players?|clubs?|tenants?)`,
  // Charging the reader for the damage: "recharge you any price difference", "back-charge the standby",
  // "deduct these charges from your invoice", "it's coming out of your deposit", "send you the bill".
  String.raw`(?:re|back)-?charg(?:e|es|ed|ing)\s+(?:you\b|the\s|any\s|all\s|every\s|this\s|that\s|these\s)|bill(?:ing)?\s+(?:you\s+for\s+)?the\s+(?:standby|difference|excess|damage|extra|overtime|waiting)|deduct(?:ing)?\s+(?:these|the|this|those|all|any|it|them)\s+(?:[\w-]+\s+){0,3}?from\s+your\b|(?:coming|come|comes)\s+out\s+of\s+your\s+(?:deposit|fees?|invoices?|payments?|wages|royalt\w*|pocket)|send(?:ing)?\s+you\s+the\s+bill\b`,
  // Going elsewhere without saying so: "I'll find a lab that can actually do the job".
  String.raw`(?:find|get|hire)\s+(?:a|an|another|someone|somebody)\s+(?:[\w-]+\s+){0,2}?(?:that|who|which)\s+(?:can|will|actually|does|knows)\b`,
];

/** Consequences serious enough to be a threat even without an explicit condition. */
export const STRONG_CONSEQUENCE = String.raw`lawyers?|attorneys?|solicitors?|legal\s+(?:action|proceedings)|lawsuit|litigation|\bsue\b|suing|small\s+claims|courts?\b|cfpb|bbb|ombudsman|regulators?\b|trading\s+standards|consumer\s+protection|chargeback|disput\w*\s+(?:the|every|all|each|this|these|those)\s+(?:[\w-]+\s+)?(?:charges?|payments?|transactions?)|eviction|evict|housing\s+inspector|licensing\s+board|collections|file\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?(?:[\w-]+\s+)?complaint|filing\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?(?:[\w-]+\s+)?complaint`;

/** Stock sign-off sentences and pleasantries that ask for nothing. */
export const STOCK_PHRASES = [
  String.raw`let\s+(?:me|us)\s+know\s+(?:if|should|whether\s+you\s+have)\s+(?:you\s+)?(?:have|need|spot|see|want|would\s+like|'d\s+like|find|there|anything|any|can|require|notice)`,
  String.raw`let\s+(?:me|us)\s+know\s+(?:your\s+thoughts|what\s+you\s+think|how\s+it\s+goes|how\s+you\s+get\s+on)`,
  String.raw`let\s+(?:me|us)\s+know\s*$`,
  // The same sign-off with "please": "Please let me know if you have any questions".
  String.raw`(?:please|kindly)\s+let\s+(?:me|us)\s+know\s+if\s+(?:you\s+(?:have\s+any|would\s+like\s+to\s+discuss|need\s+anything)|any\s+further\s+[\w-]+\s+(?:is|are)\s+(?:required|needed))\b`,
  String.raw`(?:please\s+)?(?:do\s+not|don't)\s+hesitate`,
  String.raw`feel\s+free`,
  // Footer instructions: "Please quote B/L number in all correspondence".
  String.raw`(?:please\s+)?(?:quote|include|use)\s+(?:the\s+|your\s+|our\s+)?(?:[\w/#.-]+\s+){0,3}?(?:in|on)\s+all\s+(?:correspondence|communications?|e-?mails|replies|payments)`,
  // Indian English sign-off: "Kindly revert in case of any further queries".
  String.raw`(?:kindly\s+|please\s+)?revert\s+(?:back\s+)?(?:in\s+case\s+of|if\s+(?:you\s+have\s+|there\s+are\s+)?any|for\s+any)`,
  // Processing-time notices: "Please allow up to 7 working days for it to appear on your statement".
  String.raw`(?:please\s+)?allow\s+(?:up\s+to\s+|around\s+|approximately\s+|about\s+|at\s+least\s+)?(?:\d+|one|two|three|five|seven|ten)(?:\s*[-–]\s*\d+)?\s+(?:working\s+|business\s+)?(?:days?|hours?|weeks?)\s+for\b`,
  String.raw`(?:i\s+|we\s+)?look(?:ing)?\s+forward`,
  String.raw`have\s+a\s+(?:great|good|nice|lovely|wonderful)`,
  String.raw`take\s+care`,
  String.raw`keep\s+up\s+the`,
  String.raw`(?:please\s+)?(?:find|see)\s+(?:attached|enclosed|below)`,
  String.raw`go\s+ahead\s+and`,
  String.raw`let\s+me\s+(?:be|say|explain|start|put|remind|assure|reiterate|clarify|add|point|tell|just)`,
  String.raw`thanks?\b|thank\s+you|cheers|sorry|apologies|no\s+worries|no\s+problem|never\s+mind|no\s+need\s+to`,
  String.raw`(?:is\s+there\s+)?anything\s+else\s+(?:i|we)\s+can\s+(?:help|do|assist)|(?:hope|trust)\s+(?:this|that|you)\b|how\s+can\s+(?:i|we)\s+help`,
];

/** Questions that ask for nothing ("Are you kidding me?", "Do you people even read…?"). */
export const RHETORICAL = [
  String.raw`^(?:do|does|did|can|could|will|would|is|are|was|were|has|have|had)\s+(?:you|anyone|anybody|somebody|someone|no\s+one|nobody|your\s+[\w-]+)\b(?:\s+[\w'-]+){0,4}?\s+even\b`,
  String.raw`^(?:were|are|was|is)\s+(?:you|they|your\s+[\w-]+)\s+(?:all\s+)?(?:just\s+)?too\s+(?:busy|lazy|important)\b`,
  String.raw`^are\s+you\s+(?:\w+ing\s+|actually\s+|really\s+|seriously\s+|honestly\s+)?(?:kidding|serious|joking|for\s+real|insane|mad|crazy|out\s+of\s+your|trying\s+to|even|actually\s+serious|f\S*\s+serious|f\S*ing\s+kidding|having\s+(?:a\s+)?(?:laugh|giraffe))`,
  String.raw`^(?:seriously|really|honestly|why\s+bother|what\s+a\s+joke)\b`,
  String.raw`^what\s+the\s+(?:hell|heck|f\S*)\s+is\s+(?:this|that|going\s+on\s+with\s+you)`,
  String.raw`^(?:do|does|did|can|could|will|would|is|are)\s+(?:you|anyone|anybody|nobody)\s+(?:people\s+)?(?:even|ever|actually\s+even)\b`,
  String.raw`\byou\s+people\b`,
  String.raw`^how\s+(?:hard|difficult)\s+(?:can|could|is)\b`,
  String.raw`^(?:is\s+(?:this|that)\s+(?:a\s+joke|some\s+kind\s+of|how\s+you))`,
  String.raw`^(?:who|what)\s+(?:does\s+that|is\s+wrong\s+with)`,
  String.raw`^how\s+(?:is\s+(?:this|that)\s+(?:even\s+)?(?:fair|acceptable|ok|okay|possible)|dare)`,
  String.raw`^(?:is\s+(?:that|it)\s+too\s+much\s+to\s+ask)`,
  String.raw`^why\s+(?:should|would)\s+(?:i|we)\b`,
  String.raw`^(?:do\s+you\s+think\s+i'?m|do\s+you\s+take\s+me)`,
  String.raw`^how\s+(?:many\s+(?:more\s+)?times|long|often)\s+(?:do|must|will|should|am|have)\s+(?:i|we)\b`,
  String.raw`^is\s+this\s+how\s+you\b|^what\s+kind\s+of\s+(?:company|business|service|people|outfit|operation)\b|^what\s+(?:kind|sort)\s+of\s+(?:[\w-]+\s+){1,2}?(?:are\s+you|is\s+this|does\s+that|are\s+you\s+running|is\s+(?:he|she|they)\s+running)\b|^who\s+runs\b`,
  String.raw`^do\s+you\s+(?:even\s+)?(?:understand|realise|realize|appreciate|have\s+any\s+idea)\s+(?:how\b|what\s+(?:that|this)\s+means\b)|^(?:do|did)\s+you\s+(?:even\s+)?have\s+(?:any|the\s+(?:slightest|faintest))\s+idea\s+(?:what|how|who)\b`,
  // "Who does he think he is?", "How exactly was I supposed to raise it in advance?"
  String.raw`^who\s+(?:(?:does|do)\s+)?(?:he|she|you|they)\s+thinks?\s+(?:he|she|you|they)\s+(?:is|are)\b|^how\s+(?:exactly\s+|on\s+earth\s+)?(?:was|am|were|are|is)\s+(?:i|we|anyone)\s+(?:supposed|meant|expected)\s+to\b`,
  String.raw`^(?:do|did)\s+you\s+(?:really\s+|honestly\s+|actually\s+|seriously\s+)?(?:think|expect|believe)\s+(?:this|that|it|i|we|me|us|anyone|anybody)\b`,
  // "Did anyone on your team use a level?": asked of the reader's whole team about basic work.
  String.raw`^did\s+(?:anyone|anybody)\s+(?:(?:of|on|in|from|at)\s+your\s+[\w-]+\s+)?(?:actually\s+|ever\s+)?(?:use|test|think)\b`,
  // "Did anyone at your agency actually interview him?", "Where the hell did you take it?", "What kind of
  // so-called professional …?", "What exactly are your staff doing all day?"
  String.raw`^did\s+(?:anyone|anybody)\s+(?:(?:of|on|in|from|at)\s+(?:your|the|that)\s+[\w-]+\s+)?(?:actually|even|ever|bother\s+to)\s+[a-z]+`,
  String.raw`^(?:where|who|why|how)\s+the\s+(?:bloody\s+)?(?:hell|heck|f\S*)\s+(?:did|do|does|were|was|have|has|am)\b`,
  // "Did you honestly think nobody would notice?", "Did your pilot actually fly the whole site?", "do you vet
  // these people at all": a yes/no question about the reader's basic conduct, asked to accuse ("Do you
  // actually have the part in stock?" asks).
  String.raw`^(?:did|do|does|are|is|have|has|were|was)\s+(?:you|anyone|anybody|someone|somebody|they|he|she|your\s+[\w-]+)\b[^?]*?\b(?:honestly|even|at\s+all|actually(?!\s+(?:have|has|had|sell|stock|offer|carry|ship|deliver|accept|take|need|want|open)\b))\b`,
  // "Who the bloody hell decided …?", "Who exactly voted for …?", "Who the hell proofreads your paper?"
  String.raw`^who\s+(?:the\s+(?:bloody\s+)?(?:hell|heck|f\S*)|exactly|on\s+earth)\s+[a-z]+(?:ed|s)\b`,
  String.raw`^what\s+(?:kind|sort)\s+of\s+so-called\b|^what\s+(?:kind|sort)\s+of\s+[\w-]+\s+(?:you\s+are|are\s+you)\b`,
  String.raw`^what\s+(?:exactly\s+)?(?:are|is)\s+(?:your|you|they|the)\b[^?]*\bdoing\s+all\s+day\b`,
  String.raw`^is\s+(?:anyone|anybody)\s+(?:actually\s+|even\s+)?(?:reading|listening|there|home)|^is\s+(?:anyone|anybody)\s+(?:(?:at|in|on|from)\s+(?:your|the|that)\s+[\w-]+\s+)?(?:actually|even|ever)\s+[a-z]+ing\b`,
  // "Do you understand now?", "What the hell did you lot do in there?"
  String.raw`^do\s+you\s+(?:understand|get\s+it)\s+(?:now|me|yet)\b|^what\s+the\s+(?:hell|heck|f\S*)\s+(?:is|did|do|does|were|was|are|have|has|am)\b`,
  String.raw`^what\s+(?:exactly\s+)?(?:am\s+i|are\s+we)\s+(?:even\s+|actually\s+)?paying\s+(?:you\s+)?for|^what\s+(?:is|was|'s)\s+the\s+point\b`,
  String.raw`^how\s+is\s+(?:this|that|it)\s+(?:my|our)\s+(?:fault|problem)|^(?:how|why|what)\s+on\s+earth\b`,
  String.raw`^why\s+(?:is|does)\s+(?:it|this|everything)\s+(?:always|so\s+hard|take\s+so\s+long)`,
  String.raw`^(?:am\s+i|are\s+we)\s+(?:supposed|meant|expected)\s+to\b|^(?:do|does)\s+(?:anyone|anybody|nobody)\b|^(?:do|did)\s+(?:any\s+of\s+you|you\s+(?:people|lot|guys))\s+(?:actually|even|ever)\b|^(?:do|does|did)\s+(?:you|your\s+[\w-]+)\s+actually\s+(?:do|read|care|listen|check|bother|look)\s+(?:anything|at\s+all|about|to|the\s+(?:emails?|photos?|file))\b|^(?:are|is)\s+(?:any\s+of\s+you|you|anyone|anybody)(?:\s+(?:there|at\s+your\s+[\w-]+))?\s+(?:actually\s+|even\s+)?capable\s+of\b`,
  String.raw`^what\s+(?:exactly\s+)?do\s+you\s+(?:people\s+)?(?:even\s+)?do\b|^(?:have|did)\s+you\s+(?:lost\s+your\s+mind|no\s+shame)`,
  String.raw`^how\s+(?:are\s+(?:you|things)|is\s+(?:everyone|everything|it\s+going)|'s\s+(?:it\s+going|things|everyone))|^how's\s+(?:it\s+going|things|everyone|your)`,
  String.raw`^can\s+you\s+(?:believe|imagine)\b|^(?:isn't|aren't|don't|doesn't|didn't|wasn't|won't|right)\s*(?:it|they|you|we|he|she|that)?\s*$`,
];

export const IMPERATIVE_RE = alt(IMPERATIVE_VERBS);

/** Verbs that make "I can / we can …" an offer ("I can offer…", "we can include…"). */
export const OFFER_VERBS = words(`
  offer do give send pay take include provide have arrange extend waive refund credit discount match move switch set
  call meet split add ship deliver reduce lower drop hold reserve book schedule fix sort help get make cover prepare
  share review look approve process issue resend update expedite throw come put honour honor upgrade replace repair
  return reimburse compensate absorb escalate bring try start email forward refer run organise organize
  spread sign defer accept agree keep stretch commit consider wait appoint promote divide freeze
  license licence lease rent sell supply lend loan guarantee aim deal handle work back support revisit transfer release
  carry lead invest fund contribute cap phase novate swap raise quote install refurbish apply print reprint turn source
  announce adjust change`);

/** Verbs after "I'll / we will" that promise nothing to the reader ("I'll need…", "I'll be honest"). */
export const WILL_STOP = words(`
  need have_to be_honest admit be_brief keep_this keep_it see wait bet assume hope guess take_that leave_it let_you_decide
  be_out be_away be_off be_on_leave not never probably always just_say say remember try_again leave remind
  be_blunt be_frank be_direct be_clear expect figure_something ignore`);

/** Consequences that are also ordinary service actions ("we'll cancel the duplicate order"): a threat only under a condition. */
export const MILD_CONSEQUENCE = String.raw`^(?:cancel\w*|walk\s*[.!]?|clos\w+\s+(?:my|our|the)\s+account|switch\w*.*|mov\w+.*|stop.*|paus\w+.*|halt\w*.*|withdraw\w*.*|reconsider.*|disabl\w+|disconnect\w*|suspend\w*|block\w*.*|revok\w+|cut\s+off|shut\s+off|deduct\w*|pursue\s+(?:all\s+|any\s+|every\s+)?(?:available\s+|legal\s+)?(?:remedies|options|action|avenues)|recover\s+(?:the\s+|our\s+|all\s+)?(?:costs?|debt|amount|money)|debt\s+recovery|recovery\s+agency|(?:invoice|bill|charge)\s+you\s+for|late\s+.*|penalt.*|interest.*|my\s+(?:bank|card.*|credit.*)|(?:our|my)\s+options|other\s+options|alternative.*|not\s+.*renew\w*|won't.*renew\w*|pull.*|recover.*|(?:put|place|putting|placing)\s+.*on\s+hold|renewal\s+time|invok.*|review\w*\s+.*|affect.*|\w+\s+.*elsewhere|formal.*warning|written\s+warning|(?:i'm|we're|i\s+am|we\s+are)\s+(?:done|finished|through))$`;
