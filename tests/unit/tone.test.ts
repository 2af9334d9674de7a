import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../utils/analysis/analyze';
import { idHalf } from '../../utils/analysis/eval-positions';
import { judgeable } from '../../utils/analysis/judgeable';
import { analyzeTone, toneWordKeys, wordLogits, type WordModels } from '../../utils/analysis/tone';
import { DEV, featuresHash, featurise, toneRows } from '../../scripts/train/tone-data';

// As the panel sees a message: own words only, with the positions the level also weighs.
const tone = (text: string) => analyzeMessage(text).tone;
const kinds = (text: string) => [...new Set(tone(text).signals.map((s) => s.kind))].sort();

describe('tone signals', () => {
  it.each([
    ['insult', 'Honestly, you people are incompetent and I want this fixed.'],
    ['insult', 'Please have someone competent look at the account.'],
    ['insult', 'You are a disgrace of a contractor.'],
    ['insult', 'Honestly you are the worst agency we have hired.'],
    ['insult', 'You are simply not capable of running this project.'],
    ['insult', 'How can your firm call itself a law practice?'],
    ['insult', 'Your whole pricing model is scamming pensioners.'],
    ['insult', 'Your operation is a bloody circus.'],
    ['insult', 'Absolute joke of a department.'],
    ['insult', 'You lot couldn’t organise a piss-up in a brewery.'],
    ['insult', "Your support staff clearly haven't a clue."],
    ['insult', 'You are simply trying to cheat a small business.'],
    ['insult', 'ur a selfish prick honestly'],
    ['profanity', 'This is bullshit and you know it.'],
    ['profanity', 'Are you f***ing serious about this invoice?'],
    ['profanity', "You still can't be arsed to send anyone round."],
    ['profanity', 'stfu with the scripts and refund me'],
    ['profanity', 'this fkn app logged me out again'],
    ['shouting', 'I HAVE ASKED THREE TIMES for the corrected invoice.'],
    ['exclamation', 'The parts are late again!!!'],
    ['blame', 'Your team lost the signed contract twice.'],
    ['blame', 'Your rep hung up on me.'],
    ['blame', "You've now pushed through three invoices without a single PO."],
    ['blame', 'I cancelled on the 2nd and you still charged me $59.99 on the 5th.'],
    ['blame', 'You said it would take two weeks. It has been five.'],
    ['blame', 'Nobody told us the audit would run over.'],
    ['blame', 'Any competent agency would have flagged it at the start.'],
    ['blame', 'Your courier did not even ring the bell, the card says "nobody home".'],
    ['blame', 'The spec, the one you clearly never read, was attached in May.'],
    ['blame', 'That delay is entirely on your subcontractor.'],
    ['blame', 'Your plumber made the leak worse.'],
    ['sarcasm', 'Great job, really. The order arrived broken again.'],
    ['sarcasm', 'Thanks for the "quick" reply, only three weeks this time.'],
    ['sarcasm', 'Thanks for the "final" version of the roadmap, the fourth this month.'],
    ['absolute', 'Every single time we order, something is missing.'],
    ['contempt', 'Your offer is frankly laughable.'],
    ['command', 'Fix the billing error today.'],
    ['contempt', 'This is appalling service and frankly disgusting.'],
    ['contempt', 'What a rip-off. This is extortion, plain and simple.'],
    ['contempt', 'Your so-called support is a sham.'],
    ['contempt', 'Are you out of your mind? Nobody signs that.'],
    ['contempt', "I've never seen such a half-baked, second-rate product."],
    ['contempt', 'Shut up and refund me.'],
    ['insult', 'You are shameless, and everyone will hear about it.'],
    ['blame', 'Your agent was incredibly rude and condescending to me.'],
    ['insult', 'Typical behaviour from a pack of bottom-feeders.'],
    ['insult', 'Two of your staff told me different stories, so one of you is lying.'],
    ['insult', 'Landlords like you are the reason tenants stop paying on time.'],
    ['insult', 'Your company is a complete shambles.'],
    ['insult', 'Honestly, completely irresponsible people.'],
    ['contempt', 'A summer intern would have written a better report.'],
    ['contempt', 'Nobody had the basic decency to return my calls.'],
    ['contempt', 'Your helpdesk knows nothing about its own product.'],
    ['sarcasm', 'The portal was down for two days during our close. Brilliant work.'],
    ['sarcasm', 'Well, congratulations, the pallets went to the wrong depot.'],
    ['sarcasm', 'So much for your "seamless" onboarding.'],
  ])('%s in %j', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('locates every signal: text equals the slice at its offsets, and explains it', () => {
    const text = 'Hi,\nYOUR APP IS BROKEN. This is ridiculous!!! Fix it now.\nThanks';
    const result = tone(text);
    expect(result.signals.length).toBeGreaterThan(2);
    for (const s of result.signals) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.explanation.length).toBeGreaterThan(10);
    }
  });

  it('turns threat positions into threat signals', () => {
    const text = 'Pay the balance by Friday or I will take this to small claims court.';
    const start = text.indexOf('or I will');
    const result = analyzeTone(text, {
      threats: [{ start, end: text.length - 1, text: text.slice(start, -1) }],
    });
    expect(result.signals.map((s) => s.kind)).toContain('threat');
  });
});

describe('false positives users hate', () => {
  it.each([
    'Unfortunately we cannot offer a refund on opened items, but I can offer store credit.',
    'No worries at all, take your time with the review.',
    "I'd kill for a coffee after this week, but the numbers look good.",
    'This is killer pricing and we would love to sign by Friday.',
    'I must insist, politely, that the contract terms are respected. Could we find a time to talk?',
    'Never mind the earlier question, I found the PO number.',
    'Please send the PDF and the USD quote ASAP, thanks!',
    'The SLA says 99.9% uptime; our CFO can join the call on Thursday.',
    'Thanks! See you at the meeting.',
    'Could you send me the revised invoice when you get a chance?',
    'Thanks for the call. You said the pilot starts on 2 March, which works for us.',
    'I see you removed the old section and added a summary. Could you also update the index?',
    "You've earned the loyalty discount, and your invoice dated 3 May is attached.",
    'We value customers like you and are glad to extend the offer.',
    'The launch was a total disaster for everyone, so we are changing the process.',
    'The intern could do the data entry if you send the files.',
    'Great job on the launch. The numbers came in above plan.',
    'The decision is yours, and you know more about the site than we do.',
    'You are the best supplier we have worked with, and we hope to keep it that way.',
    'Our team calls itself a family, and you are welcome to join the call.',
    'You charged the card on Monday as agreed.',
    "You've now moved the call to Thursday, which suits us.",
    "If you didn't receive the form, I can send it again.",
    'The price list is on your website, page 4.',
    '- Refund policy: refunds within 30 days of purchase (Terms 4.2)',
    'Thanks, that answers my question. We will sign twice: once now and once at closing.',
    'I would be interested to hear more about the new plan.',
    'Thanks a lot for the invitation to the keynote; I will note the date.',
    "You'll have my comments by Monday 20th.",
    "If nothing happens on the ticket by Friday, I'll call the help desk.",
    'I have reported the seller to the BBB and the card issuer.',
    'I understand your frustration and I want to find a solution with you.',
    'Congratulations again, it was such a beautiful day!',
    "I'm still not sure which option suits us better.",
    "I haven't a clue where the file is, sorry. I'll look again tomorrow.",
    "They don't have any idea about the new rules yet, so we'll brief them on Monday.",
    'With respect to the invoice, the breakdown is attached.',
    "Here's what I'll do today:\n- remove the roaming charges from your bill\n- add a £20 goodwill credit",
    "You're right: the bolt-on you added didn't activate because of a fault on our side.",
  ])('calm, no hostile signal: %j', (text) => {
    const result = tone(text);
    expect(result.level).toBe('calm');
    expect(result.signals.filter((s) => s.kind !== 'threat')).toEqual([]);
  });

  it('ignores quoted history and the signature', () => {
    const text = [
      'Hi Sam,',
      'Thanks, the revised quote works for us.',
      'Best,',
      'Ana',
      'CEO, THE GREAT BIG COMPANY LTD',
      '',
      'On Mon, Nov 2, 2026 at 9:00 AM Sam <s@x.example> wrote:',
      '> This is ridiculous, you people are USELESS!!!',
    ].join('\n');
    const result = tone(text);
    expect(result.level).toBe('calm');
    expect(result.signals).toEqual([]);
  });

  it('ignores reported speech in quotation marks', () => {
    const text =
      'When I called, your agent said "this is ridiculous, stop calling us". Could you look into it?';
    expect(kinds(text)).not.toContain('contempt');
  });

  it('does not count negated or hedged contempt', () => {
    expect(kinds("The delay isn't ridiculous given the storm, and we understand.")).not.toContain('contempt');
  });
});

describe('the wording the level weighs', () => {
  it('reads words and word pairs, not function words alone or in pairs', () => {
    const keys = toneWordKeys('I have asked you THREE TIMES for the refund!');
    expect(keys).toEqual(
      expect.arrayContaining([
        'asked',
        'asked you',
        'you',
        '<caps> <caps>',
        'refund',
        'refund !',
        'the refund',
      ]),
    );
    expect(keys).not.toContain('i');
    expect(keys).not.toContain('for the');
    // Curly apostrophes read as straight ones: "it’s" is a function word like "it's".
    expect(toneWordKeys('It’s the THIRD time').sort()).toEqual([
      '<caps>',
      '<caps> time',
      'the <caps>',
      'time',
    ]);
  });

  it('counts a short text’s words in proportion, and a long one’s in full', () => {
    const models: WordModels = {
      tense: { bias: -1, weights: new Map([['again', 2]]) },
      hostile: { bias: -2, weights: new Map() },
      fullAt: 4,
    };
    expect(wordLogits(models, [])).toEqual([-1, -2]);
    expect(wordLogits(models, ['again', 'late'])).toEqual([0, -2]);
    expect(wordLogits(models, ['again', 'late', 'box', 'week', 'day'])).toEqual([1, -2]);
  });

  it('quotes the words that weighed most, as written, and not those of a cue it already quotes', () => {
    const text =
      'This is the third time I am asking. Nobody answers the phone and the parcel is still missing.';
    const t = tone(text);
    expect(t.level).toBe('tense');
    expect(t.reasons).toContain('“still”');
    const wording = t.reasons?.find((r) => r.startsWith('wording like'));
    const quoted = [...(wording ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(text).toContain(q);
    expect(quoted.map((q) => q.toLowerCase())).not.toContain('still');
  });
});

describe('levels', () => {
  it('a polite reminder stays calm', () => {
    expect(
      tone(
        "Hi Sam, we sent two reminders and haven't received a response. Could you confirm the payment date? Thanks, Ana",
      ).level,
    ).toBe('calm');
  });

  it('polite but firm is calm', () => {
    const text =
      "Hi Dana, we can't go below €124 per licence on a one-year term. What we can do is €118 on a two-year term. Let me know which works. Best, Lee";
    expect(tone(text).level).toBe('calm');
  });

  it('irritated without attacking is tense', () => {
    expect(
      tone('Per my last email, the pallets were due on the 14th. It is now the 21st. Where are they?').level,
    ).toBe('tense');
  });

  it.each([
    'I have been more than patient about the refund, but this has gone on long enough.',
    'For the umpteenth time, the order number is 4471. I was promised a call back yesterday.',
    'How many times do I have to send the same invoice? I keep having to chase this.',
    'This is the fourth mail about the same container. Kindly share the new ETA today.',
    'The lift has been out since the last ten days. I reported it three times to your office.',
    'Second missed delivery in a row. Please treat this as urgent.',
    'We have not received any update for two weeks. Can someone actually check the order?',
    'I said 40 seats on the call. Twice. We will renew at 40.',
    "Thanks, but that doesn't really answer my question. Where is the site fee listed?",
    'With respect, that is not what I asked. Could you answer the two questions?',
    'I should be interested to know how you arrived at this figure.',
    'The interim report has still not reached us despite two reminders from my colleague.',
    "I'm going to be direct because we've been talking past each other for three weeks.",
    'Nowhere in the contract does it say the site fee is separate. I had rather hoped for better.',
    'I have now asked for this twice. Please confirm the credit amount.',
    "I'm following up (again) on the deposit for our reception.",
    'Please tell me the exact date for delivery. Today.',
    'Your team still not deliver the final report.',
    'As previously stated, the roadmap needs the cost-per-site figures.',
    'I am sure it is an oversight, like the last two times.',
    'This is not serious. We paid USD 2,310 and received nothing.',
    'This is already the third incomplete delivery in this quarter.',
    "If your billing system is still counting them, that's a problem on your end, not ours.",
  ])('irritation phrases make a message tense, not hostile: %j', (text) => {
    expect(tone(text).level).toBe('tense');
  });

  // Weaker cues: each adds to the score; two of them make a message tense.
  it.each([
    [
      'I was 6 mins late ONE time because the tram broke down.',
      'I was 6 mins late one time because the tram broke down.',
    ],
    [
      'I think it is not correct to put extra costs after the service is done.',
      'I think it is correct to put extra costs after the service is done.',
    ],
    [
      "Please don't order things for both of us without asking me first.",
      'Please order things for both of us after asking me first.',
    ],
    [
      'I would note, though, that the wording was accepted without comment.',
      'The wording was accepted without comment.',
    ],
  ])('a weak irritation cue raises the score: %j', (text, plain) => {
    expect(tone(text).score).toBeGreaterThan(tone(plain).score);
    expect(tone(`${text} I am disappointed.`).level).toBe('tense');
    expect(tone(plain).level).toBe('calm');
  });

  it('a complaint about conduct is blame, tense once it presses for something; an insult is hostile', () => {
    expect(kinds('Your agent was incredibly rude and condescending to me.')).toEqual(['blame']);
    expect(
      tone('Your agent was incredibly rude and condescending to me. I expect a written apology.').level,
    ).toBe('tense');
    expect(tone('Your team is a bunch of clueless cowboys.').level).toBe('hostile');
    expect(kinds('The rude awakening came when we saw the bill. I was careless with the figures.')).toEqual(
      [],
    );
  });

  it('the frustration the writer acknowledges is not theirs', () => {
    expect(
      tone(
        'We understand this may be frustrating, and the Board is happy to discuss options at the open session.',
      ).level,
    ).toBe('calm');
    expect(tone('I know this is frustrating for everyone. The new date is Friday.').level).toBe('calm');
    expect(tone('This is frustrating. The parcel is late again.').level).toBe('tense');
  });

  it.each([
    'You are a bunch of pirates. Send the export.',
    'Your agency is stealing money from tenants every time.',
    'Pay the damn invoice. £6,240, 94 days overdue.',
    'Your firm has been careless and unprofessional from start to finish.',
  ])('an insult in other words, or swearing inside an order, is hostile: %j', (text) => {
    expect(tone(text).level).toBe('hostile');
  });

  it('swearing at the situation, not in an order, stays below hostile', () => {
    expect(tone('The damn printer jammed again, sorry. I will send the scan tomorrow.').level).not.toBe(
      'hostile',
    );
  });

  it('an attack on the reader is hostile', () => {
    expect(tone('You people are useless. STOP CALLING MY HOUSE. This is a joke!!!').level).toBe('hostile');
  });

  it('contempt with an order is hostile; contempt is never calm, and an order alone is not hostile', () => {
    expect(tone('This is pathetic. Send the refund today.').level).toBe('hostile');
    // LABELS.md counts contempt among the attacks that make a message hostile; with a polite request
    // the labeled emails split between tense and hostile, so the test asks only that it is not calm.
    expect(tone('This is pathetic. Could you send the refund today?').level).not.toBe('calm');
    expect(tone('Send the refund today.').level).not.toBe('hostile');
  });

  it('says what made a message tense or hostile, strongest first', () => {
    const irritated = tone(
      'Per my last email, the pallets were due on the 14th. Send the delivery note and the revised invoice.',
    );
    expect(irritated.level).toBe('tense');
    expect(irritated.reasons?.[0]).toBe('“Per my last email”');
    // With no signal at all, the level still has a reason: what the writer presses for.
    const pressing = tone(
      'We have not received the refund. I need it by Monday, and I need the written confirmation too.',
    );
    expect(pressing.signals).toEqual([]);
    expect(pressing.level).toBe('tense');
    expect(pressing.reasons?.length).toBeGreaterThan(0);
    // "still" inside "still have not" is one cue, named once.
    const still =
      tone('We still have not received the refund, which was promised for the 3rd.').reasons ?? [];
    expect(still.filter((r) => /still/i.test(r))).toHaveLength(1);
    // Name-calling decides a hostile level on its own, so it comes first.
    const insult = tone('This is absolutely pathetic, you are a clown. Refund me.');
    expect(insult.level).toBe('hostile');
    expect(insult.reasons?.[0]).toBe('name-calling');
    expect(insult.reasons).toContain('contempt');
    expect(insult.reasons!.length).toBeLessThanOrEqual(4);
    // Calm and unjudged messages have no reasons.
    expect(tone('Thanks for the update, happy to meet on Tuesday.').reasons).toBeUndefined();
    expect(tone('ok').reasons).toBeUndefined();
  });

  it('scores rise with hostility', () => {
    const calm = tone('Could you confirm the delivery date? Thanks.').score;
    const tense = tone('Still waiting on that quote. It has been two weeks, again.').score;
    const hostile = tone(
      'This is bullshit. Your team lost our order AGAIN and you never answer. Fix it today.',
    ).score;
    expect(calm).toBeLessThan(tense);
    expect(tense).toBeLessThan(hostile);
  });
});

describe('text Parley cannot judge', () => {
  it.each([
    ['too short', 'Ok.'],
    [
      'not English',
      'Sehr geehrte Damen und Herren, die Rechnung ist leider immer noch nicht bezahlt worden.',
    ],
    ['not English', 'الفاتورة مدفوعة بالكامل منذ أسبوعين'],
    ['not English', 'No tenemos la factura todavía, por favor envíela hoy mismo a la oficina.'],
    ['numbers', '4471 8890 2231 0092 1175 3345 9981 2210'],
  ])('%s: %j', (_why, text) => {
    const result = analyzeTone(text);
    expect(result.judged).toBe(false);
    expect(result.reason).toMatch(/\w/);
    expect(judgeable(text).ok).toBe(false);
  });
});

describe('judgeable counts letters, not UTF-16 units', () => {
  it('a letter outside the Basic Multilingual Plane counts once', () => {
    // 59 Latin letters and 20 mathematical bold ones: 75 % Latin by letters, 59.6 % (under the 0.6
    // floor) if each counted twice.
    const text = `Please send the invoice to the office by Friday and we will pay it in full. ${'𝐀'.repeat(20)}`;
    expect(judgeable(text)).toEqual({ ok: true });
  });
});

describe('sentence splitting', () => {
  it('keeps decimals, versions and abbreviations inside the sentence', async () => {
    const { sentences } = await import('../../utils/analysis/text');
    const text = 'You charged me $59.99 on v2.1 again. Fix it!';
    expect(sentences(text).map((s) => s.text)).toEqual(['You charged me $59.99 on v2.1 again.', 'Fix it!']);
  });
});

// The learned level (data/tone-weights.json): three-level accuracy reached on the sets it was not fitted
// on (the project's own set 0.933; even ids: fresh3 0.867, fresh4 0.911, fresh5 0.878, fresh6 0.900,
// fresh7 0.878, fresh8 0.956; all of fresh9 0.922, fresh10 0.928, fresh11 0.894, fresh12 0.939, fresh13 0.917,
// fresh14 0.922, fresh15 0.900, fresh16 0.878, fresh17 0.928,
// fresh18 0.894, fresh19 0.944, fresh20 0.917, fresh21 0.961,
// fresh22 0.889, fresh23 0.933, fresh24 0.922, fresh25 0.956, fresh26 0.933,
// fresh27 0.956, fresh28 0.950, fresh29 0.911, fresh30 0.956, all blind) minus a margin.
// Regression guards; `npm run eval` prints the figures.
describe.each([
  ['tests/data/labeled-emails.jsonl', 'all', 0.88],
  ['tests/data/labeled-fresh3.jsonl', 'even', 0.84],
  ['tests/data/labeled-fresh4.jsonl', 'even', 0.87],
  ['tests/data/labeled-fresh5.jsonl', 'even', 0.83],
  ['tests/data/labeled-fresh6.jsonl', 'even', 0.85],
  ['tests/data/labeled-fresh7.jsonl', 'even', 0.82],
  ['tests/data/labeled-fresh8.jsonl', 'even', 0.9],
  // Not in the tone training at all (adding its odd ids lowered the other held-out halves).
  ['tests/data/labeled-fresh9.jsonl', 'all', 0.88],
  ['tests/data/labeled-fresh10.jsonl', 'all', 0.89],
  ['tests/data/labeled-fresh11.jsonl', 'all', 0.84],
  ['tests/data/labeled-fresh12.jsonl', 'all', 0.89],
  ['tests/data/labeled-fresh13.jsonl', 'all', 0.87],
  ['tests/data/labeled-fresh14.jsonl', 'all', 0.88],
  ['tests/data/labeled-fresh15.jsonl', 'all', 0.87],
  ['tests/data/labeled-fresh16.jsonl', 'all', 0.85],
  ['tests/data/labeled-fresh17.jsonl', 'all', 0.9],
  ['tests/data/labeled-fresh18.jsonl', 'all', 0.86],
  ['tests/data/labeled-fresh19.jsonl', 'all', 0.91],
  ['tests/data/labeled-fresh20.jsonl', 'all', 0.88],
  ['tests/data/labeled-fresh21.jsonl', 'all', 0.93],
  ['tests/data/labeled-fresh22.jsonl', 'all', 0.86],
  ['tests/data/labeled-fresh23.jsonl', 'all', 0.9],
  ['tests/data/labeled-fresh24.jsonl', 'all', 0.89],
  ['tests/data/labeled-fresh25.jsonl', 'all', 0.93],
  ['tests/data/labeled-fresh26.jsonl', 'all', 0.91],
  ['tests/data/labeled-fresh27.jsonl', 'all', 0.93],
  ['tests/data/labeled-fresh28.jsonl', 'all', 0.92],
  ['tests/data/labeled-fresh29.jsonl', 'all', 0.89],
  ['tests/data/labeled-fresh30.jsonl', 'all', 0.93],
])('%s (%s ids): tone level', (file, which, atLeast) => {
  it('keeps three-level accuracy', () => {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string; tone: string });
    const set = which === 'even' ? idHalf(rows, 0) : rows;
    const right = set.filter((r) => analyzeMessage(r.text).tone.level === r.tone).length;
    expect(right / set.length).toBeGreaterThanOrEqual(atLeast);
  });
});

describe.runIf(existsSync(DEV))('the shipped tone weights', () => {
  it('were fitted on the features the rules find now (else: npx tsx scripts/train/train-tone.ts)', () => {
    const shipped = JSON.parse(readFileSync('utils/analysis/data/tone-weights.json', 'utf8')) as {
      trainingFeaturesHash: string;
    };
    expect(featuresHash(featurise(toneRows().train))).toBe(shipped.trainingFeaturesHash);
  });
});
