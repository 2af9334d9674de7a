import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../utils/analysis/check';
import type {
  CheckContext,
  CheckResult,
  Commitment,
  Finding,
  FindingKind,
  ThreadInput,
  ThreadMessage,
} from '../../utils/analysis/types';

const TODAY = '2026-03-10';

/** Runs the check and verifies the contract every result must keep (offsets, order, unique spans). */
function check(draft: string, ctx: CheckContext = {}): CheckResult {
  const result = checkDraft(draft, { today: TODAY, ...ctx });
  expect(result.verdict).toBe(result.findings.length ? 'review' : 'ok');
  const spans = new Set<string>();
  let last = -1;
  for (const f of result.findings) {
    expect(f.text).toBe(draft.slice(f.start, f.end));
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.message.length).toBeGreaterThan(20);
    expect(f.start).toBeGreaterThanOrEqual(last);
    last = f.start;
    expect(spans.has(`${f.start}:${f.end}`)).toBe(false);
    spans.add(`${f.start}:${f.end}`);
  }
  return result;
}

const strict = (draft: string, ctx: CheckContext = {}) => check(draft, { sensitivity: 'strict', ...ctx });
const kinds = (r: CheckResult) => r.findings.map((f) => f.kind);
const of = (r: CheckResult, kind: FindingKind) => r.findings.filter((f) => f.kind === kind);

let nextId = 1;
function msg(text: string, own = false, date = '2026-03-05T10:00:00'): ThreadMessage {
  return {
    id: `m${nextId++}`,
    from: own ? { name: 'Sam', email: 'sam@us.example' } : { name: 'Dana', email: 'dana@them.example' },
    date,
    text,
    own,
  };
}
const thread = (...messages: ThreadMessage[]): ThreadInput => ({ messages });

/** Applies a finding's suggestion to the draft. */
const apply = (draft: string, f: Finding) => draft.slice(0, f.start) + f.suggestion + draft.slice(f.end);

/** The same kind of finding still where the suggestion was applied. */
function stillThere(draft: string, f: Finding, ctx: CheckContext): Finding[] {
  const changed = apply(draft, f);
  const end = f.start + (f.suggestion ?? '').length;
  return checkDraft(changed, { today: TODAY, ...ctx }).findings.filter(
    (g) => g.kind === f.kind && g.start <= end && g.end >= f.start,
  );
}

describe('checkDraft: tone in the user’s own words', () => {
  it('finds each hostile signal kind, located and explained', () => {
    const cases: [string, FindingKind, string][] = [
      [
        'Honestly, you are completely incompetent and I want this fixed.',
        'insult',
        'you are completely incompetent',
      ],
      ['This invoice is a damn disgrace and I need it corrected.', 'profanity', 'damn'],
      ['I have told you THIS IS NOT WHAT WE AGREED on the call.', 'shouting', 'THIS IS NOT WHAT WE AGREED'],
      ['It is late again!!! We need the parts this week.', 'exclamation', '!!!'],
      ['The delay was your mistake and it cost us a week.', 'blame', 'your mistake'],
      ['Thanks for nothing, the parts are still missing.', 'sarcasm', 'Thanks for nothing'],
      ['You always send the parts late and we lose a day.', 'absolute', 'You always'],
      ['This pricing is ridiculous for what we get.', 'contempt', 'ridiculous'],
      ['Send the corrected invoice today.', 'command', 'Send the corrected invoice today.'],
    ];
    for (const [draft, kind, text] of cases) {
      const r = strict(draft);
      const f = of(r, kind);
      expect(f.map((x) => x.text).join('|'), draft).toContain(text);
      expect(f[0].message).toMatch(/\w{3,}/);
    }
  });

  it('offers the softer alternatives of the data file', () => {
    const suggestion = (draft: string, kind: FindingKind) => of(strict(draft), kind)[0]?.suggestion;
    expect(suggestion('You always do this. We need the report by Friday.', 'absolute')).toBe(
      'This has happened several times',
    );
    expect(suggestion('Honestly this is ridiculous, the parts are late.', 'contempt')).toBe('frustrating');
    expect(suggestion('Fix it now.', 'command')).toBe('Could you please fix it?');
    expect(suggestion('The parts are late again!!! Please call me.', 'exclamation')).toBe('.');
    expect(suggestion('The delay comes down to your incompetence and nothing else.', 'blame')).toBe(
      'this mistake',
    );
    expect(suggestion('I told you THIS IS NOT ACCEPTABLE to us.', 'shouting')).toBe('this is not acceptable');
    expect(suggestion('THIS IS NOT ACCEPTABLE to us at all, sorry.', 'shouting')).toBe(
      'This is not acceptable',
    );
  });

  it('applying each suggestion removes that finding', () => {
    const drafts = [
      'You always do this. This is ridiculous!!! Fix it now.',
      'THIS IS THE THIRD TIME I HAVE ASKED and your team is useless.',
      'Are you kidding me? Your incompetence cost us a week, thanks for nothing.',
      'You never answer my calls and every single time the invoice is wrong.',
      'What a surprise, the "quick" fix broke the export again. Stop wasting my time.',
      'This is bullshit and your fucking portal is down again?!',
      'The whole project is a joke and you people clearly do not care.',
      'It was your fault. Send me the refund now.',
    ];
    let applied = 0;
    for (const draft of drafts) {
      for (const f of strict(draft).findings) {
        if (f.suggestion === undefined) continue;
        applied++;
        expect(
          stillThere(draft, f, { sensitivity: 'strict' }),
          `${f.kind}: ${f.text} → ${f.suggestion}`,
        ).toEqual([]);
      }
    }
    expect(applied).toBeGreaterThanOrEqual(15);
  });

  it('stays quiet about polite firmness, idioms and everyday phrases', () => {
    const calm = [
      'I must insist that we keep to the agreed schedule. We cannot accept this change without a new quote.',
      'Unfortunately the fee stands, but I can offer a call on Tuesday to go through it.',
      'No worries at all, and thanks for the update. We can look at it together next week.',
      'Your killer pricing is why we chose you, and I would kill for a coffee after this week.',
      'I am not happy with the delay, so could we agree a new delivery date this week?',
    ];
    for (const draft of calm) expect(strict(draft).findings, draft).toEqual([]);
  });

  it('ignores quoted history and the signature', () => {
    const quotedBelow =
      'Hi Dana,\n\nThanks, I can send the corrected figures by Thursday.\n\n' +
      'On Mon, 9 Mar 2026 at 10:02, Dana Reyes <dana@them.example> wrote:\n' +
      '> This is RIDICULOUS!!! You people are useless.\n> We will take legal action.';
    expect(strict(quotedBelow).findings).toEqual([]);

    const inline =
      '> You always ignore us and this is a joke!!!\nI understand, and we could talk on Friday at 10:00.';
    expect(strict(inline).findings).toEqual([]);

    const signature =
      'Hi Dana,\n\nThanks for your patience. We can ship the parts on Monday.\n\n' +
      'Best regards,\nSam Porter\nHead of Accounts | ACME LTD\nTel +1 (555) 123-4567 | Suite 400, 12 Main St';
    expect(strict(signature).findings).toEqual([]);
  });

  it('reports a threat only when it is made in anger', () => {
    const calm = 'If the invoice is not paid by Friday, we will pass the account to collections.';
    const recourses = [{ id: 'r1', text: 'Pass the account to a collection agency', committed: true }];
    expect(check(calm, { recourses }).findings).toEqual([]);
    const angry =
      'This is ridiculous. If the invoice is not paid by Friday, we will pass the account to collections.';
    expect(kinds(check(angry, { recourses }))).toEqual(['contempt', 'threat']);
  });
});

describe('checkDraft: bluff', () => {
  const draft = 'We will pass this to collections if the invoice is not paid by Friday.';

  it('flags a consequence that is not a committed recourse, and offers the choice', () => {
    const r = check(draft);
    expect(of(r, 'bluff')).toHaveLength(1);
    expect(of(r, 'bluff')[0].text).toMatch(/^We will pass this to collections/);
    expect(of(r, 'bluff')[0].message).toMatch(/commit to it in Parley, or remove it/);
  });

  it('matches committed recourses on meaning, not exact words', () => {
    expect(
      check(draft, {
        recourses: [{ id: 'r', text: 'Send the debt to a collection agency', committed: true }],
      }).findings,
    ).toEqual([]);
    const legal = 'Otherwise we will have to take legal action.';
    expect(
      check(legal, { recourses: [{ id: 'r', text: 'Instruct our lawyers', committed: true }] }).findings,
    ).toEqual([]);
  });

  it('says when the recourse is recorded but not committed', () => {
    const r = check('Otherwise we will cancel your account.', {
      recourses: [{ id: 'r', text: 'Cancel the account', committed: false }],
    });
    expect(of(r, 'bluff')[0].message).toMatch(/recorded “Cancel the account”.*not committed/);
  });

  it('does not take a different consequence for a committed one', () => {
    const r = check('Otherwise we will suspend your service.', {
      recourses: [{ id: 'r', text: 'Cancel the contract', committed: true }],
    });
    expect(kinds(r)).toEqual(['bluff']);
  });
});

describe('checkDraft: unsupported claims', () => {
  const claim = 'You were invoiced $4,800 on 3 March, per clause 7.2 of the agreement (invoice INV-2041).';

  it('flags amounts, dates and references that neither facts nor thread support', () => {
    const r = check(claim);
    expect(of(r, 'unsupported-claim').map((f) => f.text)).toEqual([
      '$4,800',
      '3 March',
      'clause 7.2',
      'invoice INV-2041',
    ]);
  });

  it('accepts them when the facts support them, normalised', () => {
    const facts = [
      { id: 'f1', label: 'Invoice inv-2041', value: 'USD 4800.00', kind: 'amount' as const },
      { id: 'f2', label: 'Invoice date', value: '2026-03-03', kind: 'date' as const },
      { id: 'f3', label: 'Cancellation', value: 'Clause 7.2: 30 days notice', kind: 'policy' as const },
    ];
    expect(check(claim, { facts }).findings).toEqual([]);
  });

  it('accepts them when the thread states them', () => {
    const t = thread(
      msg('We were billed 4,800 dollars on March 3rd 2026 for invoice 2041. Clause 7.2 says otherwise.'),
    );
    expect(check(claim, { thread: t }).findings).toEqual([]);
  });

  it('accepts a date that is a message date in the thread', () => {
    const t = thread(msg('Please see the attached statement.', false, '2026-03-03T09:15:00'));
    expect(check('Your statement of 3 March shows the balance.', { thread: t }).findings).toEqual([]);
  });

  it('leaves the user’s offers, promises, deadlines and questions alone', () => {
    const drafts = [
      'I can credit $200 for the outage.',
      'We could offer 10% off the renewal if you sign this month.',
      'I will send the revised quote by 12 March.',
      'Could you confirm the $4,800 on invoice INV-2041?',
      'If you can move to Thursday 11 December, I can bring the minimum down to £7,200.',
    ];
    for (const d of drafts) expect(check(d).findings, d).toEqual([]);
  });

  it('raises no false alarms on times, counts, thread percentages or signature phone numbers', () => {
    const t = thread(msg('Your SLA promises 99.5% uptime and you missed it.'));
    const draft =
      'Hi Dana,\n\nYou are right that we were below the 99.5% we promise. We have two options for you, ' +
      'and the team can talk at 3:30pm on Friday.\n\nBest regards,\nSam Porter\n+44 20 7946 0958';
    expect(check(draft, { thread: t }).findings).toEqual([]);
  });

  it('leaves links and addresses alone', () => {
    const draft =
      'The log is at https://status.example.com/incidents/INC-5512 and billing is ar-2041@vendor.example.';
    expect(check(draft).findings).toEqual([]);
  });

  it('dates still to come are plans, not claims', () => {
    expect(check('Our budget meeting is on 20 March.').findings).toEqual([]);
  });

  it('flags an offered credit above the user’s authority, with the limit as the suggestion', () => {
    const user = {
      name: 'Sam',
      authority: { maxCredit: { currency: 'USD', value: 200 }, maxDiscountPercent: 10 },
    };
    const over = check('I can credit $500 for the outage.', { user });
    expect(of(over, 'unsupported-claim')).toHaveLength(1);
    expect(over.findings[0]).toMatchObject({ text: '$500', suggestion: '$200' });
    expect(over.findings[0].message).toMatch(/more than the \$200 you can grant/);
    expect(stillThere('I can credit $500 for the outage.', over.findings[0], { user })).toEqual([]);

    const pct = check('We could offer a 15% discount on the renewal.', { user });
    expect(pct.findings[0]).toMatchObject({ text: '15%', suggestion: '10%' });

    expect(check('I can credit $150 for the outage.', { user }).findings).toEqual([]);
    // Within authority, a credit counts as supported even when stated as a fact.
    expect(check('A credit of $150 has been applied to your account.', { user }).findings).toEqual([]);
  });
});

describe('checkDraft: no proposal', () => {
  const demanding = thread(msg('Refund the $300 by Friday or I will dispute the charge with my bank.'));

  it('flags a reply to a demand or threat that offers nothing, on the last sentence (strict)', () => {
    const draft = 'Hi Dana,\n\nThanks for your note. We have reviewed the account.\n\nBest,\nSam';
    const r = strict(draft, { thread: demanding });
    expect(kinds(r)).toEqual(['no-proposal']);
    expect(r.findings[0].text).toBe('We have reviewed the account.');
    expect(r.findings[0].message).toMatch(/offers no option or next step/);
  });

  it('is satisfied by an offer, a proposed call or a question inviting a choice', () => {
    const replies = [
      'Thanks for your note. We can refund $150 now and review the rest.',
      'Thanks for your note. Let’s go through the charge on a call on Tuesday.',
      'Thanks for your note. Would a partial refund or a credit on your next bill suit you better?',
      'Thanks for your note. I’d be happy to look at the charge again with you.',
      'Thanks for your note. Could you send me the bank statement for that month?',
    ];
    for (const d of replies) expect(strict(d, { thread: demanding }).findings, d).toEqual([]);
  });

  it('asks nothing when their newest message demands nothing, and only at strict', () => {
    const calm = thread(msg('Thanks for the update, that all looks fine.'));
    expect(strict('Great, thanks for confirming.', { thread: calm }).findings).toEqual([]);
    expect(check('We have reviewed the account.', { thread: demanding }).findings).toEqual([]);
  });
});

describe('checkDraft: broken commitments', () => {
  const quote: Commitment = {
    id: 'c1',
    negotiationId: 'n1',
    text: "I'll send the revised quote by Thursday",
    due: '2026-03-12',
    done: false,
  };

  it('flags a draft that takes a commitment back, naming it', () => {
    const r = check('Unfortunately we won’t be able to send the revised quote this week.', {
      commitments: [quote],
    });
    expect(kinds(r)).toEqual(['broken-commitment']);
    expect(r.findings[0].message).toContain("“I'll send the revised quote by Thursday”");
  });

  it('flags a past-due commitment the draft does not mention', () => {
    const late = { ...quote, due: '2026-03-05' };
    const r = check('Hi Tom,\n\nThanks for the call. Here is the plan for the migration.', {
      commitments: [late],
    });
    expect(kinds(r)).toEqual(['broken-commitment']);
    expect(r.findings[0].text).toBe('Thanks for the call.');
    expect(r.findings[0].message).toMatch(/past due/);
  });

  it('is satisfied when the draft delivers or mentions it, or it is done or not yet due', () => {
    const late = { ...quote, due: '2026-03-05' };
    expect(
      check('Hi Tom,\n\nAttached is the revised quote, sorry it is late.', { commitments: [late] }).findings,
    ).toEqual([]);
    expect(
      check('Here is the plan for the migration.', { commitments: [{ ...late, done: true }] }).findings,
    ).toEqual([]);
    expect(check('Here is the plan for the migration.', { commitments: [quote] }).findings).toEqual([]);
    expect(check('We won’t be able to attend the workshop.', { commitments: [quote] }).findings).toEqual([]);
  });
});

describe('checkDraft: premature escalation', () => {
  const refusal = (text = 'We cannot refund the fee.') => msg(text);

  it('flags going over their head before an impasse, with a consent question as the alternative', () => {
    const draft = 'Thanks for the update. I’m copying your manager on this.';
    const r = check(draft, { thread: thread(refusal()) });
    expect(kinds(r)).toEqual(['premature-escalation']);
    expect(r.findings[0].message).toMatch(/refused once/);
    expect(r.findings[0].suggestion).toMatch(/would you be comfortable with me bringing in your manager\?$/);
    expect(stillThere(draft, r.findings[0], { thread: thread(refusal()) })).toEqual([]);
    for (const d of ['I will take this to your CEO.', 'I’ve escalated this to your director.'])
      expect(kinds(check(d))).toEqual(['premature-escalation']);
  });

  it('accepts it after an impasse: refused twice, or refused after the user offered options', () => {
    const draft = 'I’ve escalated this to your director.';
    expect(
      check(draft, { thread: thread(refusal(), refusal('We will not offer a refund.')) }).findings,
    ).toEqual([]);
    const afterOffer = thread(
      refusal(),
      msg('I can offer a 50% credit or a free month.', true),
      refusal('We will not offer anything beyond the standard terms.'),
    );
    expect(check(draft, { thread: afterOffer }).findings).toEqual([]);
  });

  it('expects it when they lack authority, but asks for their consent', () => {
    const t = thread(msg("I'm not authorized to approve a refund of that size."));
    const r = check('I’m copying your manager on this.', { thread: t });
    expect(kinds(r)).toEqual(['premature-escalation']);
    expect(r.findings[0].message).toMatch(/not theirs to decide.*consent/);
    expect(r.findings[0].suggestion).toMatch(/^Since this is beyond what you can approve/);
    expect(
      check('Would you be comfortable with me bringing in your manager?', { thread: t }).findings,
    ).toEqual([]);
  });

  it('leaves the user’s own hierarchy alone', () => {
    expect(check('I’ll check with my manager and come back to you by Friday.').findings).toEqual([]);
  });
});

describe('checkDraft: sensitivity', () => {
  const draft = 'You always send it late!!! This is ridiculous. Fix it now.';

  it('off never reviews', () => {
    expect(check(draft, { sensitivity: 'off' })).toEqual({ verdict: 'ok', findings: [] });
  });

  it('lenient (the default) reports clear problems only', () => {
    expect(kinds(check(draft))).toEqual(['contempt']);
    expect(kinds(check(draft, { sensitivity: 'lenient' }))).toEqual(['contempt']);
  });

  it('strict reports exclamation, absolutes, commands and missing proposals too', () => {
    expect(kinds(strict(draft))).toEqual(['absolute', 'exclamation', 'contempt', 'command']);
  });
});

describe('checkDraft: contract', () => {
  it('returns ok with no findings for a clean or empty draft', () => {
    expect(check('')).toEqual({ verdict: 'ok', findings: [] });
    expect(check('Thanks Dana, that works for us. I will send the signed copy tomorrow.')).toEqual({
      verdict: 'ok',
      findings: [],
    });
  });

  it('is deterministic', () => {
    const draft = 'You were invoiced $4,800. This is ridiculous. I’m copying your manager.';
    expect(checkDraft(draft, { today: TODAY })).toEqual(checkDraft(draft, { today: TODAY }));
  });

  // Its speed is measured by `npm run bench` (Send check on a 2 KB draft), not here.
  it('checks a 2 KB draft whole: a calm one passes, a hot line at its end is found', () => {
    let draft = 'Hi Dana,\n\n';
    while (draft.length < 2000)
      draft +=
        'Thank you for explaining how the outage affected your launch. I can credit $200 for the downtime, ' +
        'or we could review the service log together on a call on Friday at 3pm. ';
    const ctx: CheckContext = {
      today: TODAY,
      sensitivity: 'strict',
      thread: thread(msg('Refund it or we cancel.')),
    };
    expect(checkDraft(draft, ctx)).toEqual({ verdict: 'ok', findings: [] });
    const hot = `${draft}Frankly, this is ridiculous.`;
    const result = checkDraft(hot, ctx);
    expect(result.verdict).not.toBe('ok');
    expect(result.findings.some((f) => f.start >= draft.length)).toBe(true);
  });
});

describe('checkDraft: ordinary, polite, firm replies are not flagged', () => {
  const supervisorAsked = () =>
    thread(msg('Could this be passed to a supervisor? I am not getting anywhere with this.'));

  it('restating their request to escalate is reported speech, not the user escalating', () => {
    const drafts: [string, CheckContext][] = [
      ['I understand you’d like to take this to a supervisor. I can set that up today.', {}],
      ['I understand you’d like to take this to a supervisor.', { thread: supervisorAsked() }],
      ['You asked to speak with our CEO. I have passed your request on.', {}],
      // Unseen variants: another reporting verb, a third person, a restated position.
      ['You mentioned you want to escalate this to our director, and that is fine with me.', {}],
      ['They said they would take this to your CEO; I understand why.', {}],
    ];
    for (const [d, ctx] of drafts) expect(strict(d, ctx).findings, d).toEqual([]);
  });

  it('bringing in our own side, or granting their request for someone senior, is not going over their head', () => {
    expect(strict('I’ve raised it with our CEO and will update you on Friday.').findings).toEqual([]);
    const granted = [
      'I’ll take this to a supervisor today, and they will call you by Friday.',
      'I’ve passed your request to my manager, who will call you tomorrow.',
      'I’ve passed your request to the director, who will call you tomorrow.',
    ];
    for (const d of granted) expect(strict(d, { thread: supervisorAsked() }).findings, d).toEqual([]);
    // Their request for our supervisor does not license going over their own head.
    expect(kinds(check('I’m copying your manager on this.', { thread: supervisorAsked() }))).toEqual([
      'premature-escalation',
    ]);
  });

  it('a helpful promise under a condition is not a consequence', () => {
    const drafts = [
      'If you are still not satisfied after that, the next step in our process is a formal review, and I will walk you through it.',
      'If that still does not work for you, we will guide you through the appeal form.',
      'If the new slot doesn’t suit you, I’ll help you find another one.',
    ];
    for (const d of drafts) expect(strict(d).findings, d).toEqual([]);
  });

  it('a threat restated as their position is not the user’s threat', () => {
    const drafts = [
      'I hear that you’re not signing anything for $8,200 and your position is that we’ll finish the careers portal under the existing contract.',
      'So your position is that we’ll finish the portal under the existing contract, or you will withhold the final payment.',
    ];
    for (const d of drafts) expect(of(strict(d), 'bluff'), d).toEqual([]);
  });

  it('"You will have / receive / get …" is a promise, not a command', () => {
    const drafts = [
      'You will have it by Friday.',
      'You will have it by [new date].',
      'You’ll receive the refund within 5 business days.',
      'You will get a full refund by Monday.',
    ];
    for (const d of drafts) expect(strict(d).findings, d).toEqual([]);
    // The reader made to act is still an order.
    for (const d of ['You will have it ready by Friday.', 'You will have the report on my desk by Monday.'])
      expect(kinds(strict(d)), d).toContain('command');
  });

  it('a list of options after an introducing line is a proposal', () => {
    const demanding = thread(msg('Refund the $300 by Friday or I will dispute the charge with my bank.'));
    const drafts = [
      'Thanks for your note. I see a few ways forward:\n- a 20% credit on the next invoice\n- a call on the remaining items',
      'Thanks for your note. Here are ways to settle it:\n• a 20% credit on the next invoice\n• splitting the difference',
      'Thanks for the note. Two options:\n1) a partial refund of $150\n2) a replacement unit next week',
    ];
    for (const d of drafts) expect(strict(d, { thread: demanding }).findings, d).toEqual([]);
    // A list that only reports what happened proposes nothing.
    const report = 'Thanks for the note. Here is what happened:\n- the parts shipped late\n- a box was lost';
    expect(kinds(strict(report, { thread: demanding }))).toEqual(['no-proposal']);
  });

  it('everyday replies pass at lenient and strict', () => {
    const drafts = [
      'I’m afraid we can’t refund the full amount, but I can offer a 20% credit.',
      'Unfortunately the deadline has passed. Could we talk on Monday?',
      'I must insist on the original terms; happy to discuss payment dates.',
      'No worries at all — I’ll send the revised quote tomorrow.',
      'Our killer pricing still stands.',
      '> You people are useless\nSorry for the trouble, we’re on it.',
      'Hi Dana,\n\nThanks, we can ship the parts on Monday.\n\nKind regards,\nSam Porter\nHead of Collections\n+1 (555) 123-4567',
      'Thanks, we’ll fix it.\n\nSam Porter\nHead of Collections | ACME Ltd\nTel +44 20 7946 0958',
    ];
    for (const d of drafts) {
      expect(check(d).findings, d).toEqual([]);
      expect(strict(d).findings, d).toEqual([]);
    }
  });

  it('the true positives still fire', () => {
    expect(kinds(check('I’m copying your CEO on this since you won’t answer.'))).toEqual([
      'premature-escalation',
    ]);
    expect(kinds(check('Pay by Friday or we will go to court.'))).toEqual(['bluff']);
    expect(kinds(check('If you want to play it that way, we will take legal action.'))).toEqual(['bluff']);
    expect(kinds(check('If you don’t pay, I’ll show you what happens when you cross us.'))).toEqual([
      'bluff',
    ]);
    expect(kinds(check('If this is not resolved by Friday, we will walk.'))).toEqual(['bluff']);
    expect(kinds(strict('Fix it now.'))).toEqual(['command']);
  });
});
