import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPositions, ownTextEnd } from '../../utils/analysis/positions';
import { idHalf, scorePositions } from '../../utils/analysis/eval-positions';
import type { GoldPosition } from '../../utils/analysis/eval-positions';
import type { Position, PositionKind } from '../../utils/analysis/types';

/** Positions of one kind, as their texts. */
const of = (text: string, kind: PositionKind, date?: string) =>
  extractPositions(text, { date }).filter((p) => p.kind === kind);

/** Expect a position of `kind` overlapping `phrase` (a substring of `text`). */
function expectHas(text: string, kind: PositionKind, phrase: string, date?: string): Position {
  const start = text.indexOf(phrase);
  expect(start, `"${phrase}" is not in the text`).toBeGreaterThanOrEqual(0);
  const end = start + phrase.length;
  const hit = of(text, kind, date).find((p) => p.start < end && p.end > start);
  expect(
    hit,
    `${kind} "${phrase}" in: ${text}\n got ${JSON.stringify(extractPositions(text, { date }))}`,
  ).toBeDefined();
  return hit!;
}

/** Expect no position of `kind` at all (or none overlapping `phrase`). */
function expectNone(text: string, kind: PositionKind, phrase?: string) {
  let found = of(text, kind);
  if (phrase) {
    const start = text.indexOf(phrase);
    found = found.filter((p) => p.start < start + phrase.length && p.end > start);
  }
  expect(
    found.map((p) => p.text),
    `${kind} in: ${text}`,
  ).toEqual([]);
}

function expectNothing(text: string) {
  expect(extractPositions(text).map((p) => `${p.kind}: ${p.text}`)).toEqual([]);
}

describe('demands', () => {
  it.each([
    ["And don't CC your sales team on the reply.", "don't CC your sales team"],
    ['DO NOT TOUCH OUR SCAFFOLD again.', 'DO NOT TOUCH OUR SCAFFOLD'],
    ["And don't send that location manager back here.", "don't send that location manager"],
  ])('an order not to do something: %s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it.each([
    "Don't send me another apology template.",
    "Don't tell me it was a typo.",
    "Don't worry about it.",
  ])('a put-down or reassurance asks for nothing: %s', (text) => {
    expectNone(text, 'demand');
  });

  it('what not to do, set against the order after it, is part of that order', () => {
    expect(of("Don't call me, just fix it.", 'demand').map((p) => p.text)).toEqual(['just fix it']);
  });

  it.each([
    ['I would like to ask whether a bonus of €5,000 is possible.', 'ask whether a bonus'],
    ['Where the f*** are they?', 'Where the f*** are they'],
    ['Did anyone check the meter reading last week?', 'Did anyone check'],
  ])('still a question that asks: %s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it.each([
    [
      'Under the Consumer Credit Act I am requesting a copy of the signed agreement.',
      'I am requesting a copy',
    ],
    ['I should be glad to receive your response within 21 days.', 'receive your response'],
    ['I should be grateful if you would send the file.', 'send the file'],
    ['We must ask that payment be made no later than 13 March 2026.', 'payment be made'],
  ])('formal British requests: %s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it.each([
    'Kindly refer to the trouble ticket INC-55120.',
    "I won't pay until these are sorted, which I trust you will understand.",
  ])('asks for nothing: %s', (text) => {
    expectNone(text, 'demand');
  });

  it('the same request said twice is one demand', () => {
    expect(of('Stop ringing my mother. STOP RINGING MY MOTHER. She is 81.', 'demand')).toHaveLength(1);
  });

  it('a dare before a threat is not a demand; an ordinary request before a promise is', () => {
    const dare = "I'm not paying. Send me one more letter and I'll be handing the lot to the local paper.";
    expectNone(dare, 'demand');
    expectHas(dare, 'threat', 'handing the lot to the local paper');
    expectHas(
      'Send me one more invoice by Friday, and we will pay it.',
      'demand',
      'Send me one more invoice',
    );
  });

  it.each([
    ['We formally request that the outstanding amount be paid in full.', 'the outstanding amount be paid'],
    ['We invite your client to respond to the schedule.', 'respond to the schedule'],
    ['We invite you to submit your comments by Friday.', 'submit your comments'],
  ])('a formal request: %s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('an invitation to get in touch asks for nothing', () => {
    expectNone('We invite you to contact us with any questions.', 'demand');
  });

  it.each([
    'Do any of you actually talk to each other?',
    'What the hell am I paying you for?',
    'Pull the other one.',
    'Get a grip.',
    'Correct one attached now.',
    'What kind of amateur operation is this?',
    'Does your office actually read the emails we send?',
    'Is anyone at your depot even capable of counting pallets?',
    'What exactly am I paying you for?',
    'Do you understand what this means for our patients?',
  ])('a rhetorical question or a put-down asks for nothing: %j', (text) => {
    expectNone(text, 'demand');
  });

  it('a real question with "actually" still asks for something', () => {
    expectHas('Do you actually have the part in stock?', 'demand', 'have the part in stock');
  });

  it.each([
    ['Please confirm receipt of this letter.', 'Please confirm receipt of this letter'],
    ['Kindly arrange a replacement unit.', 'Kindly arrange a replacement unit'],
    ['We require a full refund of the deposit.', 'We require a full refund of the deposit'],
    ['I would like to request an extension on the payment.', 'I would like to request an extension'],
    ['Can you send the signed NDA back to me?', 'Can you send the signed NDA back to me'],
    ["What's the status of my claim?", "What's the status of my claim"],
    ['Any news on the replacement part?', 'Any news on the replacement part'],
    ['I need you to call me back.', 'I need you to call me back'],
    ['It would be great if you could waive the setup fee.', 'waive the setup fee'],
    ['I was hoping you could expedite the order.', 'expedite the order'],
    ['You need to fix this.', 'You need to fix this'],
    ['This needs to be resolved before we go live.', 'This needs to be resolved'],
    ['Send me the invoice.', 'Send me the invoice'],
    ['Get back to me when you have an answer.', 'Get back to me'],
    ["We'd appreciate it if you could confirm the new delivery date.", "We'd appreciate it"],
    ['Would it be possible to move the call?', 'Would it be possible to move the call'],
    ['How about 1,500 instead?', 'How about 1,500 instead'],
    ['I am requesting a copy of my file.', 'I am requesting a copy of my file'],
    ['I insist on a full refund.', 'I insist on a full refund'],
    ['Your team has to sort this out.', 'Your team has to sort this out'],
    ['Could someone please look into this?', 'Could someone please look into this'],
    ['Still waiting for the credit note.', 'Still waiting for the credit note'],
    ['Please do not charge my card again.', 'Please do not charge my card again'],
    ['Our ceiling is 90 per seat.', 'Our ceiling is 90 per seat'],
    // A request without its question mark, a polite one after an introductory clause, "at least …".
    ['can u get someone out tmrw pls, i have work', 'can u get someone out'],
    ['Could you please send the signed copy by Friday.', 'Could you please send the signed copy'],
    ['Once you confirm the dates, kindly transfer the advance.', 'kindly transfer the advance'],
    ['Or at least text me tonight if someone is coming.', 'at least text me'],
    ['Roll it back tonight.', 'Roll it back'],
    ['I shall expect your reply within fourteen days.', 'I shall expect your reply'],
    ['To confirm the dates, kindly transfer the advance.', 'kindly transfer the advance'],
    ['im not paying all of it this month tho, can we do 2 payments', 'can we do 2 payments'],
    ['it didnt go thru. where is my money', 'where is my money'],
    ['Any ETA would help, we have a client demo at 16:00.', 'Any ETA would help'],
    ['TURN IT DOWN after 11pm.', 'TURN IT DOWN'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('splits two requests joined by "and" / "or"', () => {
    const text = 'Cancel the order and refund my card, or send the right size by Monday.';
    const demands = of(text, 'demand').map((p) => p.text);
    expect(demands).toEqual(['Cancel the order', 'refund my card', 'send the right size']);
  });

  it('a lettered list after "We require X to:" gives one demand per item, not the intro', () => {
    const text =
      'We require Quantex to: (a) deliver an exit plan within 15 Business Days; (b) continue to provide the Services; and (c) provide a credit of GBP 46,200.';
    expect(of(text, 'demand').map((p) => p.text)).toEqual([
      'deliver an exit plan',
      'continue to provide the Services',
      'provide a credit of GBP 46,200',
    ]);
  });

  it('a request before an escalation in the same clause stays a demand', () => {
    const text = 'I want a contractor booked by Friday and a written response from the branch manager.';
    expectHas(text, 'demand', 'I want a contractor booked');
    expectHas(text, 'escalation', 'the branch manager');
  });

  it('"Do X or give me Y" gives two demands and no threat', () => {
    const text = 'Either ship the parts this week or give me my money back.';
    expect(of(text, 'demand')).toHaveLength(2);
    expectNone(text, 'threat');
  });

  it('"if you could X" is a demand on X', () => {
    const text = "If you could resend the statement, that'd be brilliant.";
    expect(expectHas(text, 'demand', 'resend the statement').text).toBe('resend the statement');
  });

  it.each([
    'Let me know if you have any questions.',
    "Don't hesitate to reach out if anything's unclear.",
    'Feel free to call me.',
    'Looking forward to hearing from you.',
    'Please find attached the signed contract.',
    'Thanks for getting back to me so quickly!',
    'Have a great weekend!',
    'Are you serious?',
    'Are you kidding me??',
    'How hard can it be to send an invoice?',
    'Do you people even read your emails?',
    'Seriously?',
    'I want to thank you for your patience.',
    'I wanted to follow up on my last email.',
    "Don't bother replying with excuses.",
    'No worries at all, these things happen.',
    'Never mind, I found the file.',
    "My manager asked me to collect everyone's availability.",
    'Can you believe they charged us twice.',
    'Would you like to see the new designs.',
    'Deal with it.',
    'If you have any questions, please note our office closes at 5.',
    'Please also note that clause 9.3 allows liquidated damages.',
    'What kind of dentist are you?',
    'Do you understand how that looked?',
    'Hey Dan, awkward one but I need to bring it up.',
    'Re: Grant Agreement HF-2023-041 - Financial Review',
    'We would like to renew, and we have been glad tenants for nine years.',
    'Before we take that step, we would like to give you the opportunity to provide receipts.',
  ])('not a demand: %s', (text) => {
    expectNone(text, 'demand');
  });

  it.each([
    [
      'I want a corrected translation by 9am Thursday and a full refund of the fee.',
      'I want a corrected translation',
      'a full refund of the fee',
    ],
    [
      'Kindly share the report by tomorrow EOD and also a plan to cover the pending creatives.',
      'Kindly share the report',
      'a plan to cover the pending creatives',
    ],
    [
      'Then I want the name of whoever approved that deploy, and a written explanation why QA did not catch it.',
      'I want the name of whoever approved that deploy',
      'a written explanation why QA did not catch it',
    ],
    [
      'I expect a full refund of the printing charges, and a written apology addressed to my mother.',
      'I expect a full refund of the printing charges',
      'a written apology addressed to my mother',
    ],
  ])('a second thing asked for after "and a …" is a demand of its own: %s', (text, first, second) => {
    const demands = of(text, 'demand').map((p) => p.text);
    expect(demands).toHaveLength(2);
    expect(demands[0]).toContain(first);
    expect(demands[1]).toContain(second);
  });

  it('a statement after "and a …" is not a second demand', () => {
    const text = 'Please confirm the date, and a member of our team will call you.';
    expect(of(text, 'demand').map((p) => p.text)).toEqual(['Please confirm the date']);
  });

  it.each([
    'Before we can approve payment, we would be grateful for the following:\n1. Copies of the invoices.\n2. A breakdown of the management fee.',
    'We need the following from Dongguan:\n1. An 8D report for this lot.\n2. A breakdown of the management fee.',
    'I ask you for following:\n- copies of the invoices\n- a breakdown of the management fee',
  ])('a list intro that names nothing is not the demand; its items are: %j', (text) => {
    const demands = of(text, 'demand').map((p) => p.text);
    expect(demands.some((d) => /following/i.test(d))).toBe(false);
    expect(demands.some((d) => /invoices|8D report/.test(d))).toBe(true);
    expect(demands.some((d) => /breakdown of the management fee/i.test(d))).toBe(true);
  });

  it('an order after a month abbreviation starts a sentence of its own', () => {
    const text = 'This was due ex-factory 28 Feb. Ship it by Friday or we cancel the PO.';
    expectHas(text, 'demand', 'Ship it');
    expectHas(text, 'deadline', 'by Friday');
  });

  it('after what not to do, the order in the next comma clause is a demand', () => {
    const text = "Don't send me a new schedule, send me a build.";
    expect(of(text, 'demand').map((p) => p.text)).toEqual(['send me a build']);
  });

  it('"do the needful and …" is one request; other coordinated orders stay apart', () => {
    const text = 'Kindly do the needful and share the revised schedule by EOD today.';
    expect(of(text, 'demand').map((p) => p.text)).toEqual([
      'Kindly do the needful and share the revised schedule',
    ]);
    expect(of('Refund the fee and close the account.', 'demand')).toHaveLength(2);
    expectHas('Print the remaining 450 by Thursday.', 'demand', 'Print the remaining 450');
  });

  it('a label before a colon is not a demand; an order after one is', () => {
    expectNothing('- Refund policy: refunds within 30 days of purchase (Terms 4.2)');
    expectHas('Next steps: send the signed form by Friday.', 'demand', 'send the signed form');
  });
});

describe('threats', () => {
  it('a consequence is a whole word: "court", not the start of "courtesy" or "courtyard"', () => {
    expectNone(
      "I'd also like to know why the courtesy car is being taken back on Thursday when the claim isn't settled.",
      'threat',
    );
    expectNone('Can you tell me why the courtyard is being dug up again on Monday?', 'threat');
    expectHas('Refund the deposit or it goes to the courts.', 'threat', 'or it goes to the courts');
    expectHas('See you in court.', 'threat', 'See you in court');
  });

  it.each([
    "I'm afraid 0,07 € per word is below what I can accept for regulatory content like patient leaflets.",
    "If you can't find it, I'll send the disputed invoice again.",
    'Unless you object, I will forward the inspectorate report to your team.',
    'If the pump fails again, we will check the pressure ourselves.',
  ])(
    'regulatory, disputed, inspectorate, pressure are no regulator, dispute, inspector or press: %s',
    (text) => {
      expectNone(text, 'threat');
    },
  );

  it.each([
    ['If your van blocks my gate one more time, I will have it clamped.', 'I will have it clamped'],
    [
      "If the signed forms don't arrive by Thursday, we will give the slot to the next family.",
      'we will give the slot',
    ],
    [
      'Settle the arrears by the 5th, or else I shall be constrained to approach the rent tribunal.',
      'constrained',
    ],
    ['Pay by Monday. I have also notified our legal department.', 'notified our legal department'],
    ['Your site foreman can expect to hear from my solicitor.', 'can expect to hear from my solicitor'],
    ['Everybody in the village will know how you treat your customers.', 'will know how you treat'],
    ['Until the arrears are paid, no further pallets will be released to your depot.', 'no further pallets'],
    [
      'Please note that all orders for the Leeds store will be on hold from Monday until the account is cleared.',
      'on hold',
    ],
    [
      'Pay the invoice by Friday. Late fees as per our terms will be applied to the next statement.',
      'will be applied',
    ],
  ])('a sanction announced: %j', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it.each([
    "If the insurer declines again, I'll file a complaint to the ombudsman on your behalf.",
    'If the part fails, we will replace it free of charge.',
    'No further work will be carried out without your written approval.',
    'Everybody will know how much we appreciate you.',
  ])('no sanction: %s', (text) => {
    expectNone(text, 'threat');
  });

  it.each([
    ['Pay the claim. Next stop is the Financial Ombudsman.', 'Next stop is the Financial Ombudsman'],
    ["If it's not paid by the 30th it goes to my solicitor, simple as that.", 'it goes to my solicitor'],
    ["If we can't reach agreement, the file will be passed to our legal partner in Lisbon.", 'legal partner'],
    ['If we do not receive it, the Q2 retainer payment of US$45,000 will be withheld.', 'will be withheld'],
    [
      'Could you sign the variation by Friday? If not, the Saturday shifts will stop from 14 March.',
      'shifts will stop',
    ],
    ['We would need to pause the work from 16 March if the payment remains outstanding.', 'pause the work'],
    ['Until you provide these I will not be making any payment.', 'I will not be making any payment'],
    [
      'Please reply within this week. Otherwise our company lawyer will contact you.',
      'lawyer will contact you',
    ],
    [
      'Should no response be received within that period, our client reserves the right to issue proceedings.',
      'reserves the right',
    ],
    ['If we do not hear from you by then, we may apply to install a prepayment meter.', 'prepayment meter'],
  ])('a consequence: %s', (text, phrase) => {
    const hit = [...of(text, 'threat'), ...of(text, 'refusal')].find(
      (p) => text.indexOf(phrase) >= p.start && text.indexOf(phrase) < p.end,
    );
    expect(hit, JSON.stringify(extractPositions(text))).toBeDefined();
  });

  it('a plain mention of where things go is no threat', () => {
    expectNone('The file goes to our accounts team on Monday.', 'threat');
    expectNone('Next step is the site survey on Tuesday.', 'threat');
    expectNone('Our company lawyer will join the call on Monday.', 'threat');
    expectNone('We are pleased to offer the following rates for A-Z voice termination.', 'threat');
    expectNone(
      "Or we pay the notice days at the day rate. Otherwise I'll work the notice in person.",
      'threat',
    );
    expectHas("Fix it by Friday or we'll pay another firm and deduct the cost.", 'threat', 'deduct the cost');
  });

  it.each([
    [
      'If this happens one more time we terminate the SOW and I am withholding the April invoice.',
      ['we terminate the SOW', 'I am withholding the April invoice'],
    ],
    [
      "Pay the claim this week. If not, my solicitor will be writing to you, and I'll be telling every farmers' market in the county.",
      ['my solicitor will be writing to you', "I'll be telling every farmers' market"],
    ],
  ])('each consequence announced is a threat of its own: %s', (text, parts) => {
    const threats = of(text, 'threat').map((p) => p.text);
    expect(threats).toHaveLength(parts.length);
    parts.forEach((part, i) => expect(threats[i]).toContain(part));
  });

  it.each([
    ['Fix it by Monday or that’s the last job you ever get from us.', 'the last job you ever get from us'],
    ["Pay it this week or the van doesn't stop at yours anymore.", "the van doesn't stop at yours anymore"],
    ['Send the form or the booking will be cancelled.', 'the booking will be cancelled'],
  ])('a sanction after "or", with no first-person subject, is a threat: %j', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it('a refusal to go on, under a condition, is a threat and not a promise', () => {
    const text = 'If this is happen again, me and my team will not continue for block 2.';
    expectHas(text, 'threat', 'my team will not continue');
    expectNone(text, 'commitment');
    expectHas("If the price goes up again we won't renew.", 'threat', "we won't renew");
    expectNone('My team will not continue with block 2.', 'commitment');
  });

  it("a sanction announced as under way is a threat; a favour or the writer's own order is not", () => {
    expectHas(
      "We're cancelling all remaining bookings with you.",
      'threat',
      'cancelling all remaining bookings',
    );
    expectNone("We're cancelling the late fee as a goodwill gesture.", 'threat');
    expectNone("I'm cancelling my order, please confirm.", 'threat');
  });

  it('a plain statement that something no longer works threatens nothing', () => {
    expectNone("The printer doesn't work anymore.", 'threat');
    expectNone("That's the last time I book with you, sadly, as we are moving away.", 'threat');
  });

  it('a preface that names no consequence joins the threat after it', () => {
    const text =
      'Please transfer the full amount within 5 working days. If not, I am sorry but I will have no choice, I will file a case at the Dubai Courts.';
    const threats = of(text, 'threat').map((p) => p.text);
    expect(threats).toHaveLength(1);
    expect(threats[0]).toContain('I will file a case at the Dubai Courts');
  });

  it.each([
    ["If this isn't resolved by Friday, I will take legal action.", 'I will take legal action'],
    ["Failing that, we'll have no choice but to terminate the contract.", 'terminate the contract'],
    ["Otherwise I'll report you to Trading Standards.", "I'll report you to Trading Standards"],
    ["Fix it or I'm leaving a one-star review on Trustpilot.", "or I'm leaving a one-star review"],
    ["If I don't hear back, I'll be contacting my bank to reverse the charge.", "I'll be contacting my bank"],
    [
      'Unless we receive payment by Monday, your service will be suspended.',
      'your service will be suspended',
    ],
    ["We'll take our business elsewhere if this happens again.", "We'll take our business elsewhere"],
    ["One more missed delivery and we're switching suppliers.", "we're switching suppliers"],
    ['My solicitor will be in touch.', 'My solicitor will be in touch'],
    ["You'll be hearing from our lawyers.", "You'll be hearing from our lawyers"],
    ['I will be filing a formal complaint with the ombudsman.', 'filing a formal complaint'],
    ["I'll cancel my subscription if this isn't fixed.", "I'll cancel my subscription"],
    ["Next time this happens, I'm cancelling the contract.", "I'm cancelling the contract"],
    [
      'We will stop all work on the project until the invoice is paid.',
      'We will stop all work on the project',
    ],
    ['Keep this up and you will lose our business.', 'you will lose our business'],
    ['Should the balance remain unpaid, the matter will be referred to our solicitors.', 'will be referred'],
    ["I'd rather not have to go elsewhere, but I will if I have to.", 'I will if I have to'],
    // Any action announced for when the writer is not satisfied (negative condition), unless it serves the reader.
    ["If we don't hear back by Friday, we'll release the slot.", "we'll release the slot"],
    ["If you won't refund me, I'm posting this everywhere.", "I'm posting this everywhere"],
    ['Pay the invoice by Friday or my lawyer will be in touch.', 'my lawyer will be in touch'],
    [
      'Please be advised that continued non-payment may result in legal action.',
      'may result in legal action',
    ],
    // A future right after a short if-clause, texting style, non-native present tense, a regulator board.
    ["If nothing happens I'll be reporting the property to the council.", "I'll be reporting the property"],
    [
      'i swear if i dont have it by friday im posting every text u sent me on tiktok',
      'im posting every text',
    ],
    ['If not, I make a complaint to the Zahnärztekammer.', 'I make a complaint'],
    ['If this happens one more time we terminate the SOW.', 'we terminate the SOW'],
    [
      "If neither happens, I'm filing a complaint with the state contractors board.",
      "I'm filing a complaint",
    ],
    // Passive and impersonal consequences, "after that", withholding work, back-charges.
    ["If we don't have them by then, the claim will be closed.", 'the claim will be closed'],
    ['If payment is not received by then, your unit will be scheduled for auction.', 'scheduled for auction'],
    ["If it's not in my account, I take the site offline on Thursday morning.", 'I take the site offline'],
    ["Pay the $7,250 by Wednesday. After that it's small claims.", "After that it's small claims"],
    ["You have 48 hours. After that I'm opening a claim with Vinted.", "I'm opening a claim with Vinted"],
    [
      "If I don't receive an answer, I will not accept new projects from the agency.",
      'I will not accept new projects',
    ],
    ['Your insurer can expect a letter from me by the end of the week.', 'Your insurer can expect a letter'],
    ["Stop headhunting in our building, or you're off the PSL.", "you're off the PSL"],
    ["And I'll make sure every HR director in the Midlands knows why.", "I'll make sure every HR director"],
    ['If the crew is not there, I will be back-charging the LDs.', 'I will be back-charging the LDs'],
    ["If it isn't on my desk by then, our counsel will be in touch.", 'our counsel will be in touch'],
    [
      "If it's not paid by then, we will issue a notice of adjudication.",
      'we will issue a notice of adjudication',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it.each([
    "If you can't attend, we'll reschedule.",
    "If the parcel doesn't arrive by Friday, we'll send a replacement.",
    "If I don't hear back, I'll assume you're happy with it.",
  ])('a service under a negative condition is not a threat: %s', (text) => {
    expectNone(text, 'threat');
  });

  it.each([
    'Two of our biggest accounts have threatened to churn.',
    "I'd kill for a coffee right now.",
    'Honestly this is killer pricing.',
    'Our legal team has reviewed the contract and it is fine.',
    "If you'd like, I'll cancel the duplicate order for you.",
    "We'll review the contract next week.",
    'Your competitor delivers on Sundays.',
    'We would like to license the following clips from the Berlin 1989 collection.',
    "I'm writing on behalf of the franchisee advisory council.",
    "I'm willing to go through every cost with you before the solicitor finalises anything.",
    "There is a $25 late fee on the fine I'm disputing.",
    "The dessert course, which I'd have thought deserved a thank-you rather than a one-star review.",
    "Can you give me a loaner car? If not, no worries, I'll figure something out.",
    "I'll call you separately about the media days lost.",
    "I'm done listening to the excuses.",
    'I will update you on the dispute by Friday.',
  ])('not a threat: %s', (text) => {
    expectNone(text, 'threat');
  });

  // A sanction announced after a condition the reader fails ("if you don't pay", "if the invoice isn't
  // paid", "should the balance remain outstanding", "if this happens again"), whatever its verb.
  it.each([
    [
      "If the fence isn't fixed by Friday, we'll get our own contractor in and send you the bill.",
      'get our own contractor in',
    ],
    ["If I don't hear back today, I'm coming down to your office in person.", 'coming down to your office'],
    ["If your dog barks through the night again I'm calling the noise team.", 'calling the noise team'],
    [
      'Should the balance remain outstanding, we will pass your details to our recovery partner.',
      'pass your details',
    ],
    ["If the snagging isn't done, we won't be releasing the retention.", 'releasing the retention'],
    ["If payment isn't made, the goods stay in our warehouse.", 'the goods stay in our warehouse'],
    ["If the guarantee isn't wired by Thursday the show is cancelled.", 'the show is cancelled'],
    [
      "If the invoice isn't paid by Friday, your access will be switched off.",
      'your access will be switched off',
    ],
    [
      'Unless the tree is cut back by the end of the month, the council will be notified.',
      'the council will be notified',
    ],
    ["If you won't pay the invoice, we keep the footage.", 'we keep the footage'],
    ["Do this again and you're off the team.", "you're off the team"],
    ["Miss the next sprint and the contract's done.", "the contract's done"],
    ["One more excuse and I'm pulling my kids out of this school.", 'pulling my kids out'],
    ['Another missed deadline and we walk.', 'we walk'],
    ["If I don't hear back by Monday, I'll contact the landlord directly.", 'contact the landlord'],
    [
      'Fail to deliver by the 12th and we will source elsewhere and charge you the difference.',
      'source elsewhere',
    ],
    ['We will have no option but to suspend your account.', 'suspend your account'],
    ["We'll be forced to cancel the booking and keep the deposit.", 'cancel the booking'],
    ['Failure to comply will result in disciplinary action.', 'disciplinary action'],
    ['Non-attendance will be treated as a resignation.', 'treated as a resignation'],
    ["If I don't hear back, the next email you get will be from my solicitor.", 'from my solicitor'],
    ['Keep ignoring me and see what happens when my review goes up on Google.', 'see what happens'],
    ["I'll be cancelling my membership and disputing every charge since January.", 'disputing every charge'],
    ['The late fee of $50 will be added to your next bill if payment is not received.', 'will be added'],
    ['We will be deducting the cost of the repairs from your final payment.', 'deducting the cost'],
    ["I won't hesitate to take this to the ombudsman.", 'ombudsman'],
  ])('a sanction after a failed condition: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  // The same shapes when the condition is a preference, an inability or a default, or the outcome only
  // informs, helps or gives back.
  it.each([
    'If you pay by Friday we will waive the late fee.',
    'We will terminate the old contract once the new one is signed, as agreed.',
    "If you can't make Thursday, we'll move the session to Friday.",
    "If you don't need the van, we'll cancel it and refund the deposit.",
    "If the figures don't add up, I'll go through them again with you.",
    "If the invoice isn't correct, we will reissue it.",
    'If you are not happy with the alterations, we will redo them free of charge.',
    "If the invoice isn't paid by Friday, I'll send you a reminder on Monday.",
    "If you don't confirm by noon, I'll call you.",
    "If the stain doesn't come out, we won't charge you for the cleaning.",
    "If the part isn't in stock, I'll order it from the other warehouse.",
    "If the sample isn't signed off by Friday, the print run moves to the following week.",
    "Unless you tell me otherwise, I'll book the venue for the 14th.",
    "If the tenant doesn't move out, the new lease will start on the 1st anyway.",
    "Otherwise, everything looks good and we'll ship on Tuesday.",
    "If the tickets aren't delivered by the 3rd, the order will be refunded automatically.",
    'If the issue continues, we will of course find you a replacement nanny at no additional cost.',
    "If your system can't match a payment to an invoice number, that is your problem, not mine.",
  ])('not a sanction: %s', (text) => {
    expectNone(text, 'threat');
  });

  it('a conditional escalation is both threat and escalation on the same span', () => {
    const text = "Sort this out today, or I'm going straight to your CEO.";
    const threat = expectHas(text, 'threat', 'your CEO');
    const esc = expectHas(text, 'escalation', 'your CEO');
    expect([threat.start, threat.end]).toEqual([esc.start, esc.end]);
  });

  it('the time of a threatened consequence is not a deadline', () => {
    const text = "Either someone senior calls me, or I'm cancelling all 50 seats at the end of the month.";
    expectNone(text, 'deadline');
    expectHas(text, 'threat', 'at the end of the month');
  });
});

describe('escalation', () => {
  it.each([
    ["I'd like to speak to a manager.", 'speak to a manager'],
    ['Please put me through to your supervisor.', 'put me through to your supervisor'],
    ["I'm copying your CEO on this email.", 'copying your CEO'],
    ['Can I speak with someone more senior?', 'speak with someone more senior'],
    [
      'I have escalated this to your head of customer service.',
      'escalated this to your head of customer service',
    ],
    ['Who is your manager?', 'Who is your manager'],
    ["I'd like this reviewed by a supervisor.", 'reviewed by a supervisor'],
    ['Please forward this to your line manager.', 'forward this to your line manager'],
    ["I'll be writing to your CEO about this.", 'writing to your CEO'],
    ['Also kindly share the contact details of your branch head.', 'your branch head'],
    ['I will take this up with the board of trustees.', 'board of trustees'],
    ['I also want to talk to whoever owns your company.', 'whoever owns your company'],
    ["I also want the name of the adjuster's manager.", "adjuster's manager"],
    ['I ask that our case be passed to someone more senior.', 'someone more senior'],
    ["I'd like a call with your head of publishing, ideally tomorrow.", 'head of publishing'],
    ['I ask for the matter to be reviewed by a senior claims handler.', 'senior claims handler'],
    ['Please assign a senior person to our account.', 'senior person'],
    ["I'll be raising this with Dealer Council and with your UK MD.", 'your UK MD'],
    ['If not, I will be contacting the university Vice-Chancellor.', 'Vice-Chancellor'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
    expectNone(text, 'demand');
  });

  it('a named person asked to call after an escalation request is an escalation too', () => {
    const text = 'I want to speak to your CEO. Have Mr. Whitcombe call me today.';
    expectHas(text, 'escalation', 'Have Mr. Whitcombe call me');
    expectNone(text, 'demand');
  });

  it('someone copied in by name, with their authority in the comma clause after, is an escalation', () => {
    expectHas(
      "I'm copying in Dr Patel, as the clinic director, because I'd like this resolved.",
      'escalation',
      'copying in Dr Patel',
    );
    expectNone("I'm copying in Sarah, as she handled the booking.", 'escalation');
  });

  it('a conditional escalation is a threat and an escalation on the same words', () => {
    for (const [text, phrase] of [
      ["Confirm by Friday or I'm on the phone to your CEO.", 'your CEO'],
      ["I'd rather not have to raise this with the governors, but I will if I need to.", 'the governors'],
    ]) {
      expectHas(text, 'escalation', phrase);
      expectHas(text, 'threat', phrase);
    }
  });

  it('a bare request for a manager is escalation only, not also a demand', () => {
    const text = 'I want to speak to your manager.';
    expectHas(text, 'escalation', 'speak to your manager');
    expectNone(text, 'demand');
  });

  it.each([
    'My manager asked me to send this over.',
    "I'll check with my manager and get back to you.",
    'Our CFO can join the call on Thursday.',
    'The board meets on Thursday.',
    'I met your CEO at the conference last year.',
    'Please send the invoice to the head office.',
    'We had a call with your sales director last week.',
    'I called your manager last week and nothing happened.',
    'Our senior engineer will review the logs tomorrow.',
  ])('not an escalation: %s', (text) => {
    expectNone(text, 'escalation');
  });

  it('"in writing before the review" asks for something; it threatens no review', () => {
    const text = "I'd like that plan in writing before the review, not a verbal assurance on the day.";
    expectNone(text, 'threat');
    expectHas(text, 'demand', "I'd like that plan in writing");
    expectHas('I will be writing a very honest review on Google.', 'threat', 'writing a very honest review');
  });

  it('regulators and lawyers are threats, not escalation', () => {
    const text = "If this isn't fixed, I'll be reporting you to the ombudsman.";
    expectHas(text, 'threat', 'reporting you to the ombudsman');
    expectNone(text, 'escalation');
  });
});

describe('refusals', () => {
  it.each([
    ['And now you want another EUR 2,200 a month? No. Absolutely not.', 'Absolutely not'],
    ['No further discussion.', 'No further discussion'],
    ['No more extensions. Send me a build.', 'No more extensions'],
    ['Not renewing the retainer after March.', 'Not renewing the retainer'],
    ['No refund, no R$ 800. Sold as seen.', 'No refund'],
  ])('a verbless refusal: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each(['No more stalling.', 'No worries.', 'No problem for me, the dark green looks nice.'])(
    'no refusal: %s',
    (text) => {
      expectNone(text, 'refusal');
    },
  );

  it('"No. 5" stays inside its sentence', () => {
    expect(of('Please quote No. 5 on the form.', 'demand').map((p) => p.text)).toEqual([
      'Please quote No. 5 on the form',
    ]);
  });

  it.each([
    [
      'I expect the full £600, not the £150 you mentioned on the phone.',
      'not the £150 you mentioned on the phone',
    ],
    ['I can pay a small fee for the inconvenience, like £20, but not £105.', 'not £105'],
    ['I could deliver by 26 March, not the 24th — two extra days is the minimum.', 'not the 24th'],
  ])('an amount or a day set against what the writer asks or offers is declined: %j', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    "You're trying to scam me, and I'm not falling for it.",
    'We cannot continue like this, our customers are waiting.',
    "Someone left the loo in a state I won't describe.",
  ])('an idiom or an exasperated remark declines nothing: %j', (text) => {
    expectNone(text, 'refusal');
  });

  it('a guess at what the reader did is not an either-or demand', () => {
    expectNone("You either dropped it on the way home or you're trying to scam me.", 'demand');
    expectHas('You either pay the invoice or we go to court.', 'demand', 'You either pay the invoice');
  });

  it('a correction of a figure, with nothing asked or offered, declines nothing', () => {
    expectNone('The invoice says £600, not £500.', 'refusal');
  });

  it.each([
    ["We're unable to offer a refund at this time.", "We're unable to offer a refund"],
    ["I won't be paying the late fee.", "I won't be paying the late fee"],
    ['We cannot accept returns after 30 days.', 'We cannot accept returns'],
    ["That's not something we can do.", 'not something we can do'],
    ["I'm afraid that won't be possible.", "that won't be possible"],
    ["We don't offer discounts on renewals.", "We don't offer discounts"],
    ['I refuse to pay for a service I never received.', 'I refuse to pay'],
    ['Unfortunately we have to decline your offer.', 'we have to decline your offer'],
    ['There will be no further discounts.', 'There will be no further discounts'],
    ["I'm not agreeing to these terms.", "I'm not agreeing to these terms"],
    ["We won't go below 45 per unit.", "We won't go below 45 per unit"],
    ['Not happening.', 'Not happening'],
    ['I will not pay this invoice.', 'I will not pay this invoice'],
    // Stated as a fact about the offer, the subject left out, or the amount "not happening".
    ["We'll renew at 40, and 60 isn't happening.", "60 isn't happening"],
    ["Nadia - can't do it this week, I'm examining in Leeds.", "can't do it this week"],
    [
      'An increase of more than 20% is not something the bakery can absorb.',
      'not something the bakery can absorb',
    ],
    [
      'The minimum of EUR 250,000 is above what we can responsibly forecast.',
      'above what we can responsibly forecast',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    "I can't believe this happened again.",
    "I'm not sure what went wrong.",
    "I don't know who else to ask.",
    "We can't wait to get started!",
    "I'm not an expert, but the numbers look off.",
    "I didn't receive the parcel.",
    "I'm not bluffing this time.",
    "I don't think that's fair.",
    "If that's not possible, please tell me now.",
    'I am told I cannot send a wire on a Saturday.',
    "I don't want this to turn into something we can't come back from.",
    'I am not able to understand what is taking so much time for a simple refund.',
    "We're not threatening anything; we want to fix this.",
  ])('not a refusal: %s', (text) => {
    expectNone(text, 'refusal');
  });
});

describe('commitments', () => {
  it.each([
    ['We are, however, open to discussing an early release from the contract.', 'open to discussing'],
    ['I remain happy to discuss the matter in person.', 'happy to discuss'],
    ['As a gesture of goodwill, the firm is prepared to reduce the invoice by £1,500.', 'reduce the invoice'],
    ['I accept to pay the Travel Pass for the 12 days, £72, and nothing more.', 'accept to pay'],
    ["I'd back you for the CEO title if you want it.", 'back you'],
    ['I can deal with booking him and be there on the day.', 'deal with booking him'],
    ["If it's our repair, I'll put it right for free.", 'put it right'],
    ["I'll just send it again.", 'send it again'],
    ['If you prefer to use another company I will refund the £1,200.', 'I will refund'],
    ["If there is still a problem I'll book an engineer visit for you.", 'book an engineer visit'],
    ["I'm also applying a credit of £18.50 to your account.", 'applying a credit'],
    ["We can book the car in on Monday, and you'll have a courtesy car for the day.", 'courtesy car'],
    ['We are pleased to offer the following rates for A-Z voice termination to India.', 'pleased to offer'],
    [
      "Or we pay the notice days at the day rate. Otherwise I'll work the notice in person.",
      'work the notice',
    ],
    ['If three is too many, I could work with two and revisit in Q3.', 'work with two'],
  ])('an offer in other words: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    "I can't work like this.",
    'We have already worked with two agencies.',
    'Let me get this straight: you want more money?',
    'Our terms are 30 days from invoice.',
    'We have already arranged our production plan based on your promise.',
    "I'll just put it as a list.",
  ])('no offer: %s', (text) => {
    expectNone(text, 'commitment');
  });
  it.each([
    [
      'Can you send the scene description? Then I prepare the license draft in the same week.',
      'I prepare the license draft',
    ],
    [
      'Can everyone send me their weeks until 15 October? Then I make the table and share.',
      'I make the table',
    ],
  ])('the writer’s next step after "Then", in the plain present, is a promise: %j', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    [
      'However, in recognition of the circumstances, the Governors have agreed to reduce the sum to £5,200.',
      'the Governors have agreed to reduce the sum to £5,200',
    ],
    ["What I'm prepared to offer is £500 and a free month.", "What I'm prepared to offer is £500"],
    ['What we would like to offer is a credit of EUR 1,020.', 'What we would like to offer is a credit'],
  ])('an offer or a decision of the writer’s side, after an introductory phrase: %j', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    [
      'I have forwarded your note to Mr Okafor, our site manager, who will contact you on Monday.',
      'who will contact you',
    ],
    ['Thanks for the photos. She will call you after lunch to book the visit.', 'She will call you'],
    ['Priya Nair, our lead fitter, will be there at 8am to measure up.', 'will be there at 8am'],
    ['Our surveyor will inspect the cracks on Thursday.', 'Our surveyor will inspect'],
    ['Sorry about the leak. Our plumber Jesús will come round on Friday morning.', 'Jesús will come round'],
    ['Zoë Hart will call you this afternoon with the figures.', 'Zoë Hart will call you'],
  ])('someone on the writer’s side doing something for the reader: %j', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    'I was told she will call me back, and nobody did.',
    'Every time I ring, someone says "our engineer will come tomorrow".',
    'Please confirm that she will attend on Friday.',
    'If this is not settled, my solicitor will be in touch.',
    "I'm paying £60 a month for a service that doesn't work.",
  ])('no promise of the writer’s side: %s', (text) => {
    expectNone(text, 'commitment');
  });

  it.each([
    ["We're okay to hold the room until Sunday.", "We're okay to hold the room"],
    ['I am totally fine to split the delivery charge.', 'fine to split'],
    ['The replacement blinds will be fitted by Wednesday afternoon.', 'will be fitted'],
    ['The water samples will be tested within two working days of collection.', 'will be tested'],
    ["I'm returning £400 of the deposit today.", "I'm returning £400"],
    ['As an apology I am adding two free classes to your membership.', 'adding two free classes'],
    [
      'The fault is covered by the warranty, so we will not be invoicing you for the visit.',
      'will not be invoicing you',
    ],
    ["We won't add any late fees while the query is open.", "We won't add any late fees"],
    ["We won't add any penalty for the delay.", "We won't add any penalty"],
  ])('an offer or a deliverable of the writer’s side: %j', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it('something handed over is a promise; "I’ll leave it there" is not', () => {
    expectHas(
      'I will leave the key on Friday but I want the money before.',
      'commitment',
      'I will leave the key',
    );
    expectNone("I'll leave it there for now.", 'commitment');
  });

  it('a promise after a comma-less condition, also after a leading "and" or "but"', () => {
    expectHas('And if you can commit to 180 tonnes we can do $1.18.', 'commitment', 'we can do $1.18');
    expectHas(
      'If you cancel the booking I will refund the deposit.',
      'commitment',
      'I will refund the deposit',
    );
  });

  it('"Then" in a past account promises nothing', () => {
    expectNone('We checked the logs. Then we called the client.', 'commitment');
  });

  it('a deliverable due at a named time is a promise; how long a refund takes is not a second one', () => {
    const text =
      'Finance is preparing the transfer, so it should land by Friday. The full bug reports will be in your Jira tonight.';
    expectHas(text, 'commitment', 'it should land');
    expectHas(text, 'commitment', 'The full bug reports will be in your Jira');
    expectNone(
      "We'll process the refund today; it should reach you within 5–7 business days.",
      'commitment',
      'it should reach you',
    );
  });

  it.each([
    [
      'For the first order we can accept 500 pcs MOQ instead of 1,000 pcs, but the unit price will be higher.',
      'we can accept 500 pcs MOQ',
    ],
    ['What we could do is defer £8,000 of it until practical completion.', 'defer £8,000'],
    [
      'Alternatively, we can appoint one of our approved contractors to carry out the repairs.',
      'we can appoint',
    ],
    ['We could also promote the gym in our internal newsletter.', 'promote the gym'],
    [
      'On a fee of £9,600 that comes to £4,800, which we will credit against your next invoice.',
      'we will credit',
    ],
  ])('an offer after a fronted phrase, in a pseudo-cleft or a relative clause: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it('a restrictive relative clause is not the writer promising anything', () => {
    expectNone('These are the figures which we can discuss on the call.', 'commitment');
  });

  it.each([
    ['The replacement ships today and should arrive Wednesday.', 'The replacement ships today'],
    ["I've asked accounts to reverse the late fee.", "I've asked accounts to reverse"],
    ['We agree to waive the cancellation fee on this occasion.', 'We agree to waive'],
    ['ok ill sort it tonight', 'ill sort it'],
    ["I'm putting the paperwork in the post today.", "I'm putting the paperwork in the post"],
    ["I'm holding the date for you until Friday.", "I'm holding the date"],
    ["Accounts will process the payment on Friday's run.", 'Accounts will process the payment'],
    ["We'd offer to split the difference at $4,500.", "We'd offer to split the difference"],
  ])('a promise in another form: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    ['Storage charges of £15 per day will apply from Monday.', 'Storage charges of £15 per day'],
    [
      'If the same repeats, we will be obliged to inform our Group Purchasing.',
      'we will be obliged to inform our Group Purchasing',
    ],
    ["If you don't pay by Friday, then your account is suspended.", 'your account is suspended'],
  ])('a charge that starts running, a repeat, a sanction after a failed condition: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it.each([
    // Offers wished, and "happy to pay that" (only "share/confirm that …" is news).
    ["I'd also like to refund the booking fee as an apology.", "I'd also like to refund the booking fee"],
    ['We would like to offer you a free follow-up appointment.', 'We would like to offer you'],
    ["I accept the charge for the lamp, and I'm happy to pay that today.", "I'm happy to pay that"],
    ["We'd accept £3,000, paid in two instalments.", "We'd accept £3,000"],
    // The reader's thing kept or given back, in the passive; a charge not made.
    ['Your booking for 12 May will be honoured.', 'Your booking for 12 May will be honoured'],
    ['Your current rate will continue to apply until the end of your contract.', 'Your current rate'],
    ['No late fee will be charged on this invoice.', 'No late fee will be charged'],
    [
      "There will be no call-out charge, and you won't be billed for parts.",
      'There will be no call-out charge',
    ],
    ['The £900 balance can be spread over six months interest-free.', 'The £900 balance can be spread'],
    ['The admin fee can be waived if you renew this week.', 'The admin fee can be waived'],
    // The writer's organisation agreeing; a gift added to an offer; an invitation; a free month.
    ['The committee has agreed to refund the full trip fee.', 'The committee has agreed to refund'],
    ['Management has agreed to waive the cancellation charge.', 'Management has agreed to waive'],
    ["I've also included a year of servicing at no charge.", "I've also included a year of servicing"],
    ['Your son is welcome to resit the test in June.', 'Your son is welcome to resit the test'],
    ['As an apology, the next month is on us.', 'the next month is on us'],
    // Other verbs after "I'll" and "I'll be".
    ["I'll take that off the bill.", "I'll take that off the bill"],
    ["I'll be including the credit in next month's statement.", "I'll be including the credit"],
    // A deliverable of the writer's side, by a named time.
    ['The corrected statement will be on your account by Friday.', 'The corrected statement'],
    ['Payment at the agreed price will be made on 20 December.', 'Payment at the agreed price'],
    ['Delivery would be at the loading bay by 7am on Monday.', 'Delivery would be at the loading bay'],
    ['The crew can be back on site on Monday.', 'The crew can be back on site'],
  ])('an offer or promise not in the first person future: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    'I would like to offer my thoughts on the draft.',
    'Your deposit will be retained to cover the cleaning.',
    'The committee has agreed to meet again in March.',
    'The form can be downloaded from our website.',
    "You're welcome to call Diane. She'll tell you the same thing.",
    "You're welcome to take your business elsewhere.",
    'We would like to give you the opportunity to provide supporting documentation.',
    'The mix-up with the bays is on us.',
    "I'd wait until Monday if I were you.",
    "I'd agree with that.",
    "I'll take that as a no.",
    'The crew can do the repair.',
    "I'm not sure how much clearer I can make that.",
    "Let me know if there's anything else I can do.",
    'I call your shop three times today and nobody answer the phone.',
    'I pay every month by standing order, the bank shows payment on 1 March.',
    'We send already the factory license two times on 5 March and 11 March.',
    "Short of waiting for it to grow, there's nothing we can do about the length.",
  ])('not an offer: %s', (text) => {
    expectNone(text, 'commitment');
  });

  it.each([
    'No late fee will be charged on this invoice.',
    'No interest will be added as long as the instalments arrive on time.',
    "If you don't agree with any of the deductions, we will put your comments to the landlord.",
    "I'm waiting on the final utility bills and HMRC's clearance letter before I can make the final distribution.",
    "If nothing happens on the ticket by Friday, I'll call the help desk.",
    // "Until then" is a time; an if-clause the reader does not fail; the reader's own dispute.
    'Until then we will continue on the basis of the original brief.',
    'If your annual volume reaches 40.000 pieces, then the last instalment is cancelled.',
    "Could you either include them in this month's valuation or tell me which ones you're disputing?",
    'Delivery charges will apply.',
    'No storage charges will apply.',
  ])(
    "a charge lifted, the reader's words passed on, an authority's paperwork, a help desk: not a threat: %s",
    (text) => {
      expectNone(text, 'threat');
    },
  );

  it.each([
    "We're organising a small street party on Elm Grove on Saturday 6 June.",
    'We are locking the edit on 15 May, so an answer soon would be ideal.',
    "I've asked you to reverse the late fee twice now.",
  ])('news or a reported request, not a promise: %s', (text) => {
    expectNone(text, 'commitment');
  });

  it.each([
    ["I'll send the updated contract by Monday.", "I'll send the updated contract"],
    ['We will refund the full amount within 5 business days.', 'We will refund the full amount'],
    ['I can offer a 10% discount if you sign this week.', 'I can offer a 10% discount'],
    ['We could extend the deadline to the 30th.', 'We could extend the deadline'],
    ["I'm happy to jump on a call tomorrow.", "I'm happy to jump on a call"],
    ['Let me check with the warehouse and get back to you.', 'Let me check with the warehouse'],
    ['Our engineer will be on site at 9am.', 'Our engineer will be on site'],
    ["You'll receive a confirmation email shortly.", "You'll receive a confirmation email"],
    ["We're offering a 20% discount on your next order.", "We're offering a 20% discount"],
    ["I promise it won't happen again.", 'I promise'],
    ['A technician will call you tomorrow morning.', 'A technician will call you'],
    ['What we can do is waive the setup fee.', 'What we can do is waive the setup fee'],
    // A price after "so", and a present-tense offer under the reader's condition without a comma.
    [
      'You are a community event, so I can do it for EUR 2,000 if you cover the flight.',
      'I can do it for EUR 2,000',
    ],
    ['If you need also the use in festivals we add R$ 2.500,00.', 'we add R$ 2.500,00'],
    ["We'd love to renew for Season 4.", "We'd love to renew"],
    ['We are ready to pay the demurrage for the first two days.', 'We are ready to pay the demurrage'],
    ["I'm putting through a full credit of £312 today.", "I'm putting through a full credit of £312"],
    ["I've also asked our quality lead, Ben, to call you before 2pm.", "I've also asked our quality lead"],
    ['Send the confirmation today, or if you prefer, we can wait until Thursday.', 'we can wait'],
    ["We're coming back tomorrow to reinstate it.", "We're coming back"],
  ])('%s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it('the items under "Here\'s what I\'ll do today:" are promises, not orders', () => {
    const text =
      "Here's what I'll do today:\n- remove the roaming charges from your March bill\n- add a £20 goodwill credit";
    expect(of(text, 'commitment').map((p) => p.text)).toEqual([
      'remove the roaming charges from your March bill',
      'add a £20 goodwill credit',
    ]);
    expectNone(text, 'demand');
  });

  it('the items under "Here\'s what we can offer:" are offers', () => {
    const text = "Here's what we can offer:\n- waive the setup fee\n- move delivery to Friday at no cost";
    expect(of(text, 'commitment').map((p) => p.text)).toEqual([
      'waive the setup fee',
      'move delivery to Friday at no cost',
    ]);
  });

  it('"here\'s what I can do." alone promises nothing; the next sentence does', () => {
    const text = "So here's what I can do. I'll remove the re-handling charge.";
    expect(of(text, 'commitment').map((p) => p.text)).toEqual(["I'll remove the re-handling charge"]);
  });

  it('splits a payment plan into its promises', () => {
    const text = 'I can pay $1,000 this Friday and the remaining $950 on the 20th.';
    expect(of(text, 'commitment').map((p) => p.text)).toEqual(['I can pay $1,000', 'the remaining $950']);
    expect(of(text, 'deadline').map((p) => p.text)).toEqual(['this Friday', 'on the 20th']);
  });

  it.each([
    'Happy to help!',
    "I'll need the PO number before I can release it.",
    "I'll be honest, this is disappointing.",
    "We'll see.",
    "I'll be out of office next week.",
    'My manager asked me to pull the numbers, so I can finish the report.',
    // Named or reported, not promised; an expectation is a demand.
    'This is fraud. Don\'t insult me with another "we\'ll look into it".',
    "You're now saying you should get an extra £25,000.",
    'I shall expect your reply within fourteen days.',
    'If you tell me what we send, I can check it.',
  ])('not a commitment: %s', (text) => {
    expectNone(text, 'commitment');
  });
});

describe('amounts', () => {
  const value = (text: string) => of(text, 'amount').map((p) => [p.text, p.value]);
  it.each([
    ['We paid $17,000 last year.', '$17,000', 'USD', 17000],
    ['The fee is EUR 250.', 'EUR 250', 'EUR', 250],
    ['Der Betrag ist 2.400 € netto.', '2.400 €', 'EUR', 2400],
    ['Total: 2 400,00 € TTC.', '2 400,00 €', 'EUR', 2400],
    ['It was £84.99.', '£84.99', 'GBP', 84.99],
    ['Valor: R$ 6.480,00.', 'R$ 6.480,00', 'BRL', 6480],
    ['Our budget is 17k for the whole project.', '17k', '', 17000],
    ['They offered $1.2m for the division.', '$1.2m', 'USD', 1200000],
    ['That is 2,400 dollars.', '2,400 dollars', 'USD', 2400],
    ['Price 1,249.00 USD.', '1,249.00 USD', 'USD', 1249],
    ['Preis 1.249,00 EUR.', '1.249,00 EUR', 'EUR', 1249],
    ['It costs ¥1,180.', '¥1,180', 'JPY', 1180],
    ['Refund of CAD 229, please.', 'CAD 229', 'CAD', 229],
    ['We charge $95/hour.', '$95', 'USD', 95],
    ['You took 340 euro from me.', '340 euro', 'EUR', 340],
    ['I lost 410 USD.', '410 USD', 'USD', 410],
    ['Costs CHF 1’200.50 in total.', 'CHF 1’200.50', 'CHF', 1200.5],
  ])('%s', (text, span, currency, amount) => {
    expect(value(text)).toEqual([[span, { currency, value: amount }]]);
  });

  it.each([
    'Call me on 617-555-0148 or +33 4 72 00 18 55.',
    'Invoice INV-3302 (order #58213) for PO 7741, account 12345678.',
    'Dated 02/04/2025, due 15 August 2025.',
    'We have 40 people and 600 seats, a 30% increase and 15% off.',
    'The 17k users on the platform love it.',
  ])('not an amount: %s', (text) => {
    expect(of(text, 'amount')).toEqual([]);
  });

  it('reports a repeated amount once', () => {
    const text = 'You charged me $59.99 on the 5th. Refund the $59.99 today.';
    expect(of(text, 'amount').map((p) => p.text)).toEqual(['$59.99']);
  });
});

describe('deadlines', () => {
  it.each([
    [
      'We will refund the April payment. You should see it back on your card within five working days.',
      'within five working days',
    ],
    [
      'The committee has agreed to refund $210. It should arrive within 3–5 business days.',
      'within 3–5 business days',
    ],
    ['Both prices are held until 5pm on Thursday 15 May.', 'until 5pm on Thursday 15 May'],
    ['Please find below our firm offer, for reply by 1600 hrs London today.', 'by 1600 hrs'],
  ])('when a promise reaches the reader, or an offer lapses: %s', (text, phrase) => {
    expectHas(text, 'deadline', phrase);
  });

  it('an arrival time with no promise before it is background', () => {
    expectNone('Refunds normally take a while. It should arrive within 10 days.', 'deadline');
  });

  it.each([
    'We formally request that the outstanding amount be paid in full within 14 days of the date of this letter.',
    'Your response is due within six months of the date of this letter.',
    'You may now pay the reduced charge within 14 days of the date of this letter.',
  ])('a period counted from this letter is due on its own: %s', (text) => {
    expectHas(text, 'deadline', 'of the date of this letter');
  });

  it.each(['By 8:30pm the hot food was finished.', 'By Monday the parcel had still not arrived.'])(
    'a time that opens an account of what happened is no due time: %j',
    (text) => {
      expectNone(text, 'deadline');
    },
  );

  // Monday 16 November 2026.
  const MON = '2026-11-16T09:41:00';
  // Friday 20 November 2026.
  const FRI = '2026-11-20T16:00:00';
  const due = (text: string, date: string | undefined, phrase: string) =>
    expectHas(text, 'deadline', phrase, date).value;

  it.each([
    ['Please send the report by Friday.', MON, 'by Friday', { date: '2026-11-20' }],
    ['Please pay before the 15th.', MON, 'before the 15th', { date: '2026-12-15' }],
    ['Please pay by November 20.', MON, 'by November 20', { date: '2026-11-20' }],
    ['Please pay by 30 September.', MON, 'by 30 September', { date: '2027-09-30' }],
    ['Please reply by tomorrow.', MON, 'by tomorrow', { date: '2026-11-17' }],
    ['Please reply today.', MON, 'today', { date: '2026-11-16' }],
    ['Please pay by the end of the month.', MON, 'by the end of the month', { date: '2026-11-30' }],
    ['I need it delivered this week.', MON, 'this week', { date: '2026-11-20' }],
    ['Please respond within 48 hours.', MON, 'within 48 hours', { date: '2026-11-18' }],
    ['Please respond within 5 business days.', MON, 'within 5 business days', { date: '2026-11-23' }],
    ['Please call me in the next 30 minutes.', MON, 'in the next 30 minutes', { date: '2026-11-16T10:11' }],
    ['Can you send them over by 3pm today?', MON, 'by 3pm today', { date: '2026-11-16T15:00' }],
    ['Please send it by end of day tomorrow.', MON, 'by end of day tomorrow', { date: '2026-11-17' }],
    ["I'll resend the contract tonight.", MON, 'tonight', { date: '2026-11-16' }],
    ['Please confirm by 03/14.', MON, 'by 03/14', { date: '2027-03-14' }],
    ['Please confirm by 14/03/2027.', MON, 'by 14/03/2027', { date: '2027-03-14' }],
    ['Get it done by Monday morning.', MON, 'by Monday morning', { date: '2026-11-23' }],
    [
      'Please deliver no later than Thursday 27 March 2027.',
      MON,
      'no later than Thursday 27 March 2027',
      { date: '2027-03-27' },
    ],
    ['I can pay $1,000 this Friday.', MON, 'this Friday', { date: '2026-11-20' }],
    ['This offer is valid until 31 December.', MON, 'until 31 December', { date: '2026-12-31' }],
    // A firm due marker stands on its own, even when the request around it is not recognised.
    [
      'The final delegate numbers for catering are needed no later than Friday 22 January.',
      MON,
      'no later than Friday 22 January',
      { date: '2027-01-22' },
    ],
    ['Signatures by Friday are fine.', MON, 'by Friday', { date: '2026-11-20' }],
    // Without a reference date: durations for relative expressions, nothing for a bare weekday.
    ['Please respond within 48 hours.', undefined, 'within 48 hours', { duration: 'PT48H' }],
    ['Please reply by tomorrow.', undefined, 'by tomorrow', { duration: 'P1D' }],
    ['Please reply today.', undefined, 'today', { duration: 'P0D' }],
    ['Return the deposit within 14 days.', undefined, 'within 14 days', { duration: 'P14D' }],
    ['Please send the report by Friday.', undefined, 'by Friday', undefined],
  ])('%s (%s)', (text, date, phrase, value) => {
    expect(due(text, date, phrase)).toEqual(value);
  });

  it('an expectation that was held is background, not a due time', () => {
    expectNone("We signed on the understanding we'd be live by April. It's May now.", 'deadline');
  });

  it('"by Friday" written on a Friday means the next Friday', () => {
    expect(due('Please send the signed copy by Friday.', FRI, 'by Friday')).toEqual({ date: '2026-11-27' });
    // "this Friday" written on a Friday is the same day.
    expect(due('I need it rebooked for this Friday.', FRI, 'this Friday')).toEqual({ date: '2026-11-20' });
  });

  it.each([
    'We spoke on Monday about the renewal.',
    'Invoice dated 02/04/2025 was paid on 02/18.',
    'You promised delivery by 1 June.',
    'Our board meets Thursday.',
    'Would Tuesday or Wednesday suit for a call?',
    'Per your own policy, refunds are processed within 10 working days.',
    'The quote is valid for 30 days.',
    'Please send it now.',
    'I need this ASAP.',
    'Please fix this immediately.',
    "I've moved our review from 14 November to 21 November at 10:00 CET.",
    'My sofa was supposed to arrive between 8 and 12 today.',
    'I can offer a Saturday evening window or a Monday morning slot.',
  ])('not a deadline: %s', (text) => {
    expectNone(text, 'deadline');
  });

  it('"by then" pointing back to a labeled date is not labeled again', () => {
    const text = 'Please pay by 30 September. If we have not heard from you by then, we will call.';
    expect(of(text, 'deadline').map((p) => p.text)).toEqual(['by 30 September']);
  });
});

describe('reasons', () => {
  it('attaches "because …" to a demand', () => {
    const text = 'Please ship the order by Friday because our launch is next week.';
    const d = expectHas(text, 'demand', 'Please ship the order');
    expect(d.reason?.text).toBe('because our launch is next week');
  });

  it('attaches ", as …" to a refusal', () => {
    const text = "We can't waive the fee, as the promotion ended in March.";
    expect(expectHas(text, 'refusal', "We can't waive the fee").reason?.text).toBe(
      'as the promotion ended in March',
    );
  });

  it('attaches "due to …" from the next sentence start and "X, so <refusal>"', () => {
    const a = "We're unable to ship on Sundays. Due to courier schedules, weekend slots are closed.";
    expect(expectHas(a, 'refusal', "We're unable to ship").reason?.text).toBe(
      'Due to courier schedules, weekend slots are closed',
    );
    const b = 'The deposit covered the discovery work, so I am not able to refund it.';
    expect(expectHas(b, 'refusal', 'I am not able to refund it').reason?.text).toBe(
      'The deposit covered the discovery work',
    );
  });

  it('does not treat temporal "since" as a reason', () => {
    const text = 'Please fix the export since it has been stuck since Monday.';
    const d = expectHas(text, 'demand', 'Please fix the export');
    expect(d.reason?.text).toBe('since it has been stuck since Monday');
    const t2 = 'Please send the logs, since Tuesday nothing works.';
    expect(expectHas(t2, 'demand', 'Please send the logs').reason).toBeUndefined();
  });
});

describe('scope: quoted history and signatures', () => {
  it('ignores history under a German attribution that names the sender after the verb', () => {
    const text =
      'Thanks, that works for us.\n\nAm Di., 4. März 2025 um 10:14 Uhr schrieb Jane Doe <jane@x.com>:\nPlease pay $500 by Friday or I will call my lawyer.';
    expect(ownTextEnd(text)).toBe(text.indexOf('\n\nAm Di.'));
    expect(extractPositions(text)).toEqual([]);
  });

  it('ignores everything from "On … wrote:"', () => {
    const text =
      'Thanks, that works for us.\n\nOn Tue, 4 Mar 2025, Jane Doe <jane@x.com> wrote:\n> Please pay $500 by Friday or I will call my lawyer.';
    expectNothing(text);
  });

  it('ignores a "-- " signature and the block after a sign-off', () => {
    const text =
      'Please send the revised quote.\n\nBest regards,\nAnna Berg\nHead of Procurement, Nordvik AB\n+46 8 555 010 00\n-- \nSent from my phone';
    expect(extractPositions(text).map((p) => p.kind)).toEqual(['demand']);
    expect(ownTextEnd(text)).toBe(text.indexOf('Best regards'));
  });

  it.each([
    'Please send the corrected statement.\n\nAwaiting your return.\nAbraço,\nCamila Souza\nSupply Chain Coordinator, Bella Cosméticos Ltda.',
    'Please send the corrected statement.\n\nWith thanks and kind regards,\nDorothy\nSupply Manager, Acme Inc.',
  ])('ends the own words at a sign-off in other languages and forms, before a company name: %j', (text) => {
    expect(extractPositions(text).map((p) => p.text)).toEqual(['Please send the corrected statement']);
  });

  it('ignores Outlook "-----Original Message-----" and "From: … Sent: …" history', () => {
    const a =
      'Please send the revised quote.\n\nThanks,\nAnna\n\n-----Original Message-----\nFrom: Bob <bob@x.com>\nSent: Monday\nTo: Anna\n\nI can do $4,000 if you sign today.';
    const b =
      'Please send the revised quote.\n\nAnna Berg | Procurement Lead | Nordvik AB\n+46 8 555 010 00\n\nFrom: Bob Smith <bob@x.com>\nSent: Monday, 5 October 2026 10:00\nTo: Anna Berg\n\nWe will cancel the order unless you pay $4,000 today.';
    for (const text of [a, b]) expect(extractPositions(text).map((p) => p.kind)).toEqual(['demand']);
  });

  it('keeps a P.S. after the signature', () => {
    const text = "Refund me.\n\nRegards,\nTom\n\nP.S. If I don't hear back, I'm filing a chargeback.";
    expectHas(text, 'threat', "I'm filing a chargeback");
  });

  it('ignores a bare name block with a job title', () => {
    const text = 'I want the refund processed this week.\n\nMarco Bellini\nCTO, Farrow Analytics';
    expect(extractPositions(text).map((p) => p.kind)).toEqual(['demand', 'deadline']);
  });
});

describe('offsets', () => {
  const samples = [
    'Hi Dan,\n\nWe’re not paying the “final” $17,000 invoice. Please send a corrected one by Friday — or I’ll dispute it.\n\nGreg',
    'Refund the €59,99 today or I’m disputing it with my bank!!! Also, could you call me?',
    '🙂 Please reply by tomorrow 9am 🙏 — I need R$ 6.480,00 back and I’d like to speak to your manager.',
  ];
  it.each(samples)('text equals input.slice(start, end) and results are sorted: %s', (text) => {
    const ps = extractPositions(text, { date: '2026-11-16T09:41:00' });
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) {
      expect(p.text).toBe(text.slice(p.start, p.end));
      if (p.reason) expect(p.reason.text).toBe(text.slice(p.reason.start, p.reason.end));
    }
    const starts = ps.map((p) => p.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('handles empty and whitespace input', () => {
    expect(extractPositions('')).toEqual([]);
    expect(extractPositions('   \n ')).toEqual([]);
  });
});

describe('generalisation rules (round 2)', () => {
  it('reads "you owe me/us" as a demand', () => {
    expectHas('You still owe us $1,250 for the spring workshop.', 'demand', 'You still owe us');
    expectNone('We owe you an apology for the delay.', 'demand');
  });

  it('reads passive expectations and soft negotiation asks as demands', () => {
    expectHas('I expect to be reimbursed for the taxi fare.', 'demand', 'I expect to be reimbursed');
    expectHas("We'd be looking to keep the total under $8,000.", 'demand', "We'd be looking to keep");
    expectHas("We'd be hoping for a quicker turnaround next time.", 'demand', "We'd be hoping for");
    expectNone('I expect to be honest with you about this.', 'demand');
  });

  it("does not read the writer's own wish about the relationship as a demand", () => {
    expectNone(
      "I'd like to keep working with your studio, but the delays have to end.",
      'demand',
      'keep working',
    );
    expectNone("I'd like to settle this amicably if we can.", 'demand');
  });

  it('reads prohibitions as demands', () => {
    expectHas(
      "And don't even think about billing me for the call-out.",
      'demand',
      "don't even think about billing",
    );
    expectHas(
      'From now on you do not order any materials without my approval.',
      'demand',
      'you do not order any materials without my approval',
    );
    expectHas(
      "Close my account and don't ever send me marketing again.",
      'demand',
      "don't ever send me marketing again",
    );
    expectHas("Close my account and don't ever send me marketing again.", 'demand', 'Close my account');
  });

  it('splits a run of orders separated by commas', () => {
    const text = 'Remove the admin fee, refund the deposit, and send me a receipt.';
    expect(of(text, 'demand').map((p) => p.text)).toEqual([
      'Remove the admin fee',
      'refund the deposit',
      'send me a receipt',
    ]);
  });

  it('splits "I want X waived and a Y" into two demands', () => {
    const text = 'I want the booking fee (£1,200) refunded and a written explanation by Thursday.';
    expect(of(text, 'demand').map((p) => p.text)).toEqual([
      'I want the booking fee (£1,200) refunded',
      'a written explanation',
    ]);
  });

  it('reads bullet items after a "what I need" line as demands', () => {
    const text =
      'Hi Sam,\n\nWhat we need from you:\n- A revised schedule for the fit-out, by 14 March.\n- A refund of the second call-out fee.\n\nThanks,\nLee';
    expectHas(text, 'demand', 'A revised schedule for the fit-out');
    expectHas(text, 'demand', 'A refund of the second call-out fee');
    expectHas(text, 'deadline', 'by 14 March');
    expectNone('The timeline so far:\n- Order placed on 2 May.\n- Engineer visit on 9 May.', 'demand');
  });

  it('drops a lone "please" between commas and put-downs in the imperative', () => {
    const text = "I'd like a callback, please, and I'd like the engineer's report.";
    expect(of(text, 'demand').map((p) => p.text)).toEqual([
      "I'd like a callback",
      "I'd like the engineer's report",
    ]);
    expectNone('Stop patronising me with scripted answers.', 'demand');
  });

  it('treats yes/no questions with "even" or "too busy" as rhetorical', () => {
    expectNone('Did anybody at your office even open my file?', 'demand');
    expectNone('Were you all too busy with the trade show?', 'demand');
    expectHas('Did anybody at your office open my file?', 'demand', 'Did anybody');
  });

  it("reads offers made for a principal, under the reader's condition and with more offer verbs", () => {
    expectHas('My client is willing to accept EUR 900 as a final settlement.', 'commitment', 'My client');
    expectHas('The owner has agreed to repaint the hallway.', 'commitment', 'The owner has agreed');
    expectHas('We are agreeable to a three-month payment plan.', 'commitment', 'We are agreeable');
    expectHas('If you confirm the order today, we reserve the machine for you.', 'commitment', 'we reserve');
    expectHas('I can spread the catch-up charge over two bills.', 'commitment', 'I can spread');
    expectHas('We can sign for three years if the rate stays.', 'commitment', 'We can sign');
    expectHas('The installation will proceed on the 22nd as planned.', 'commitment', 'The installation');
    expectNone('If you cancel now, we keep the deposit.', 'commitment');
    expectNone('If the parcel is lost, we refund it.', 'commitment');
  });

  it('reads more conditional threats and announced escalations', () => {
    expectHas('If the refund is not here by Friday, the photos go on Instagram.', 'threat', 'the photos go');
    expectHas('One more call to my office and my lawyer files suit.', 'threat', 'my lawyer files suit');
    expectHas('My solicitor has already drafted the claim.', 'threat', 'My solicitor');
    expectHas(
      "If the copy isn't fixed, we won't be working together again.",
      'threat',
      "we won't be working",
    );
    expectHas("If the files aren't in by noon, I won't sign the next order.", 'threat', "I won't sign");
    expectHas('If you add this fee, I go to the consumer office.', 'threat', 'consumer office');
    expectHas('I am also informing your MD directly.', 'escalation', 'your MD');
    expectHas("I'll take it to Priya as head of sales.", 'escalation', 'Priya as head of sales');
    expectHas('I want a meeting with your delivery head.', 'escalation', 'your delivery head');
    expectNone('The photos go on our website next week.', 'threat');
    expectNone('Our lawyer has drafted the contract, it is attached.', 'threat');
    expectNone('Kind regards, Dr. Anna Weber, MD', 'escalation');
  });

  it('reads consequences told in the plain present, by a principal, or as a fine', () => {
    expectHas(
      'Refund me by the 3rd. After this my solicitor takes over.',
      'threat',
      'my solicitor takes over',
    );
    expectHas(
      'I wait for your reply for one week, after this I make complaint to the regulator.',
      'threat',
      'I make complaint',
    );
    expectHas('If not, I put a one-star review on every site.', 'threat', 'I put a one-star review');
    expectHas(
      'Should the balance remain unpaid, our client may instruct us to issue proceedings.',
      'threat',
      'our client may instruct us',
    );
    expectHas(
      'If the works are not done by March, a fine of €50 per week will be applied to the account.',
      'threat',
      'a fine of €50 per week will be applied',
    );
    expectHas(
      'Next time it happens the video goes straight to the landlord.',
      'threat',
      'the video goes straight to the landlord',
    );
    const ceo = 'If I get no answer this week, I go directly to Ms. Okafor, the CEO.';
    expectHas(ceo, 'escalation', 'Ms. Okafor, the CEO');
    expectHas(ceo, 'threat', 'Ms. Okafor, the CEO');
    expectNone('After this I put the kettle on and we talk it through.', 'threat');
    expectNone('Our client will instruct us on the wording of the lease next week.', 'threat');
    expectNone('We spoke on Monday, after that we went through the figures.', 'threat');
    expectNone('No fine of any kind will be applied to your account.', 'threat');
  });

  it("reads refusals given for the writer's side, curtly, or with an adverb inside", () => {
    expectHas('I will also not accept the £40 cleaning charge.', 'refusal', 'I will also not accept');
    expectHas('We therefore cannot waive the fee.', 'refusal', 'We therefore cannot waive');
    expectHas('We are not agree with the new prices.', 'refusal', 'We are not agree');
    expectHas('Respectfully, no.', 'refusal', 'Respectfully, no');
    expectHas('Not accepting the revised scope.', 'refusal', 'Not accepting');
    expectHas(
      'Your claim for the second visit is rejected.',
      'refusal',
      'Your claim for the second visit is rejected',
    );
    expectHas('The Landlord does not agree to a rent reduction.', 'refusal', 'The Landlord does not agree');
    expectHas("I don't want another voucher.", 'refusal', "I don't want another voucher");
    expectNone('My claim is rejected every time I call.', 'refusal');
    expectNone('If the card is declined, we will call you.', 'refusal');
    expectNone('So, no problem at all.', 'refusal');
  });

  it('reads offers after a fronted circumstance, slots held for the reader and availability', () => {
    expectHas('However, given the circumstances I can offer £90 off.', 'commitment', 'I can offer £90 off');
    expectNone('Given the investment we will make in tooling, we need a longer notice period.', 'commitment');
    expectHas('We are holding the 4 and 11 May for you until Friday.', 'commitment', 'We are holding');
    expectNone("I'm keeping the receipts for you to see.", 'commitment');
    expectHas('We are available to meet at the depot on Monday.', 'commitment', 'We are available to meet');
    expectHas('We can lease it to you for €900 a month.', 'commitment', 'We can lease it');
  });

  it('reads two accepted outcomes, an organisation asking, list intros with a qualifier, and more put-downs', () => {
    const two = 'I want the deposit back or a written reason for keeping it.';
    expectHas(two, 'demand', 'I want the deposit back');
    expectHas(two, 'demand', 'a written reason for keeping it');
    expect(of(two, 'demand')).toHaveLength(2);
    expect(of('I want to speak to a manager or the owner.', 'demand')).toHaveLength(0);
    expect(of('Please send it by email or the post.', 'demand')).toHaveLength(1);
    expectHas(
      'The committee requests that the hedge be trimmed below two metres.',
      'demand',
      'The committee requests that',
    );
    const list =
      'We need the following in writing by Monday:\n1. the revised drawings\n2. a signed variation';
    expect(of(list, 'demand').map((p) => p.text)).toEqual(['the revised drawings', 'a signed variation']);
    expectNone('Do you have any idea what you have cost us?', 'demand');
    expectNone('Who does he think he is?', 'demand');
    expectNone('How exactly was I supposed to know that?', 'demand');
    expectHas('Do you have any idea when it will arrive?', 'demand', 'Do you have any idea');
  });

  it('ends a sentence after a month abbreviation when a sentence opener follows', () => {
    expectHas(
      'The signed contract went back on 2 Feb. Where is the payment?',
      'demand',
      'Where is the payment',
    );
    expectHas('Please call Mr. Smith by Friday.', 'demand', 'Please call Mr. Smith');
    expectNone('The invoice dated 2 Feb. 2026 was paid.', 'demand');
  });

  it('starts a threat at its announcement when the condition opens the same clause', () => {
    const t = 'If I am not paid by Monday I will take you to small claims court.';
    expect(of(t, 'threat').map((p) => p.text)).toEqual(['I will take you to small claims court']);
    expectHas(t, 'deadline', 'by Monday');
    expectHas(
      "If I'm not rehoused by Friday I'm going to the local paper.",
      'threat',
      "I'm going to the local paper",
    );
    expectNone("If I'm not rehoused by Friday I'm going to the local paper.", 'commitment');
    expect(of('Pay by Friday or I will sue.', 'threat').map((p) => p.text)).toEqual(['or I will sue']);
  });

  it('reads more announced consequences and leaves a bare "we\'re done" alone', () => {
    expectNone("We're done.", 'threat');
    expectNone("I'm done being polite.", 'threat');
    expectHas("Sort it out or we're done.", 'threat', "we're done");
    expectHas(
      'If the leak is not fixed by the end of the month, I want to cancel the contract.',
      'threat',
      'I want to cancel the contract',
    );
    expectHas('I want to cancel my order.', 'demand', 'I want to cancel my order');
    expectHas('If I am not refunded, my lawyer send a demand for payment.', 'threat', 'my lawyer send');
    expectHas("I'll have our lawyer send the final draft.", 'commitment', "I'll have our lawyer send");
    expectNone("I'll have our lawyer send the final draft.", 'threat');
    expectHas('If not, our solicitors in Leeds will issue the claim.', 'threat', 'our solicitors in Leeds');
    expectHas(
      'If the regulator fines us, we will be coming after you for the full cost.',
      'threat',
      'coming after you',
    );
    expectHas(
      'We hold the seats until Friday. After that date we would need to release them to general sale.',
      'threat',
      'release them to general sale',
    );
    expectHas(
      'If we do not hear from you, further costs could be added to your account.',
      'threat',
      'further costs could be added',
    );
    expectNone("I'm sure the national TV campaign was lovely.", 'threat');
  });

  it('reads offers after a greeting or a fronted phrase, accepted terms, held rooms and set-off promises', () => {
    expectHas(
      'Hi Ana, the board has agreed to refund €120 to your account.',
      'commitment',
      'the board has agreed to refund',
    );
    expectHas(
      'Without prejudice, our client is prepared to settle in full and final satisfaction at £9,000.',
      'commitment',
      'our client is prepared to settle in full and final satisfaction at £9,000',
    );
    expect(
      of('Our client is prepared to settle in full and final satisfaction at £9,000.', 'commitment'),
    ).toHaveLength(1);
    expectHas('We will, however, cover the taxi fare.', 'commitment', 'We will, however, cover');
    expectHas("We'd be happy with a two-year term.", 'commitment', "We'd be happy with a two-year term");
    expectNone("I'm not happy with the delay.", 'commitment');
    expectHas('I have reserved two rooms for you until Friday.', 'commitment', 'I have reserved two rooms');
    expectNone('We have reserved the right to charge for storage.', 'commitment');
    expectHas(
      'We would aim to reissue the drawings within a month.',
      'commitment',
      'We would aim to reissue',
    );
  });

  it('reads a team or a post online announced under a condition as a threat', () => {
    expectHas(
      'If the next lot also fails, our purchasing team will start qualifying an alternative supplier.',
      'threat',
      'our purchasing team will start',
    );
    expectNone(
      'If the next lot also fails, our purchasing team will start qualifying an alternative supplier.',
      'commitment',
    );
    expectHas(
      "If you dispute the bill, I'll post the photos online for everyone to see.",
      'threat',
      "I'll post the photos online",
    );
    expectHas('Our team will send the report on Friday.', 'commitment', 'Our team will send the report');
  });

  it('reads "I want / need to <verb>" as a demand only when the verb asks for something', () => {
    expectNone('I need to plan the payroll.', 'demand');
    expectNone('We want to finish this as much as you do.', 'demand');
    expectNone("I'd like to lock in the start date before June.", 'demand');
    expectHas('I want to know when the refund will arrive.', 'demand', 'I want to know');
    expectHas('We need to see the signed invoice.', 'demand', 'We need to see');
    expectHas("I'd like to cancel my membership.", 'demand', "I'd like to cancel");
    expectHas("I'd like to be refunded in full.", 'demand', "I'd like to be refunded");
    // an intention with a due time is a promise
    expectHas(
      'I want to send the final version by Friday.',
      'commitment',
      'I want to send the final version',
    );
    expectNone('We want to finish this as much as you do.', 'commitment');
  });

  it('reads escalations named by role, raised "with your manager" or brought to a board\'s attention', () => {
    expectHas(
      'I want to talk about the missing crates with your manager.',
      'escalation',
      'with your manager',
    );
    expectHas("I've copied in Ms Ortiz as practice manager.", 'escalation', 'Ms Ortiz as practice manager');
    const board = 'If this is not corrected, I will bring it to the attention of the board myself.';
    expectHas(board, 'escalation', 'the attention of the board');
    expectHas(board, 'threat', 'the attention of the board');
    expectNone('I copied in Sam as the designer.', 'escalation');
    expectNone('We talked about it with the team.', 'escalation');
  });

  it('reads numbered options the writer offers as commitments, not orders', () => {
    const text =
      "I can't go below the day rate, but here are two options:\n1. Keep the rate and cut the scope to the landing page.\n2. Keep the scope and split the payment over three months.\n\nWhich do you prefer?";
    const got = extractPositions(text).map((p) => `${p.kind}: ${p.text}`);
    expect(got).toContain('commitment: Keep the rate and cut the scope to the landing page');
    expect(got).toContain('commitment: Keep the scope and split the payment over three months');
    expect(got.filter((p) => p.startsWith('demand: Keep'))).toEqual([]);
    // the reader's options are still orders
    expectHas('Your options are:\n- Pay the balance\n- Return the goods', 'demand', 'Pay the balance');
  });

  it('treats sneering questions about basic work as rhetorical', () => {
    expectNone('Did anyone on your team use a level? The tiles are crooked.', 'demand');
    expectNone('Did you actually expect us to accept that?', 'demand');
    expectHas('Did you receive the samples?', 'demand', 'Did you receive');
  });

  it('leaves a legal footer out of the own words', () => {
    const text =
      'Please confirm the booking by Friday.\n\nKind regards,\nAna\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.';
    expect(extractPositions(text).map((p) => p.text)).toEqual(['Please confirm the booking', 'by Friday']);
  });

  it('leaves promises inside quoted words of someone else', () => {
    expectNone('Your agent told me "we will call you back today" and nobody did.', 'commitment');
    expectHas('We will send the "final" version by Friday.', 'commitment', 'We will send');
  });

  it('reads a shrug ("as you please", "do whatever you like") as no request', () => {
    expectNone('As you please.', 'demand');
    expectNone('Fine, do whatever you like.', 'demand');
    expectHas('Do as you please, I will not pay.', 'refusal', 'I will not pay');
    expectHas('Send the invoice, please.', 'demand', 'Send the invoice');
  });

  it('reads refusals of comfort, offers and money', () => {
    expectHas(
      "I'm not comfortable signing the renewal as drafted.",
      'refusal',
      "I'm not comfortable signing",
    );
    expectHas("We don't want a store credit.", 'refusal', "We don't want a store credit");
    expectHas('Until the leak is fixed you are not getting a cent.', 'refusal', 'you are not getting a cent');
    expectHas('Not going to happen.', 'refusal', 'Not going to happen');
    expectNone("I don't want any trouble with the neighbours.", 'refusal');
    expectNone("I won't be spoken to like that by your staff.", 'refusal');
  });

  it('reads "until you …" after a refusal as a demand', () => {
    const text = "We're not releasing the final payment until you replace the cracked tiles.";
    expectHas(text, 'refusal', "We're not releasing the final payment");
    expectHas(text, 'demand', 'replace the cracked tiles');
    expectNone(text, 'refusal', 'replace the cracked tiles');
  });

  it('reads business-elsewhere, hedged and formal-complaint threats', () => {
    expectHas(
      "If the next delivery is late, we'll be moving our catering and our events budget elsewhere.",
      'threat',
      "we'll be moving our catering and our events budget elsewhere",
    );
    expectNone(
      "If the next delivery is late, we'll be moving our catering and our events budget elsewhere.",
      'commitment',
    );
    expectHas(
      "Please fix the boiler. I hope we don't have to reconsider where we rent next year.",
      'threat',
      'reconsider where we rent',
    );
    expectHas(
      'If your driver blocks my drive again, I will lodge a formal noise complaint.',
      'threat',
      'I will lodge a formal noise complaint',
    );
    expectHas(
      "If the rent is late again, you'll be receiving a notice to quit.",
      'threat',
      "you'll be receiving a notice to quit",
    );
    expectNone("You'll be receiving a notice of dispatch when the parcel leaves.", 'threat');
    expectHas('Replace the unit this week. If not, I not pay the next invoice.', 'threat', 'I not pay');
    expectNone('Replace the unit this week. If not, I not pay the next invoice.', 'refusal');
  });

  it("reads a manager's apology or authority in an if-clause as escalation, not a fee", () => {
    expectHas(
      'I expect a formal apology from your store manager.',
      'escalation',
      'a formal apology from your store manager',
    );
    expectNone('I expect a formal apology from your store manager.', 'demand');
    expectHas(
      "If I don't hear from someone with real authority by Monday, I'll cancel.",
      'escalation',
      'hear from someone with real authority',
    );
    expectNone('I want the management fee for April refunded.', 'escalation');
    expectHas('I want the management fee for April refunded.', 'demand', 'I want the management fee');
  });

  it('keeps an escalation that is already happening out of the threats', () => {
    const text = "Send me the audit log today. I'm copying your regional director on this.";
    expectHas(text, 'escalation', "I'm copying your regional director");
    expectNone(text, 'threat');
  });

  it('reads "I\'d also be glad to …" as a commitment', () => {
    expectHas(
      "I'd also be glad to walk your team through the new dashboard.",
      'commitment',
      "I'd also be glad to walk your team",
    );
  });

  it('reads "in the first week of <month>" and "in early <month>" after a request', () => {
    expectHas(
      'Could you book the inspection in the first week of June?',
      'deadline',
      'in the first week of June',
    );
    expectHas("We'll ship the replacement in early July.", 'deadline', 'in early July');
    expectNone('We moved into the flat in early July.', 'deadline');
  });
  it('reads stated terms, acceptances and offers after an intro colon as commitments', () => {
    expectHas('Our revised quote is USD 3,100 for the full crate.', 'commitment', 'Our revised quote');
    expectHas('My rate stays at $90 an hour.', 'commitment', 'My rate stays');
    expectHas('The most we can pay for the license is EUR 7,000.', 'commitment', 'The most we can pay');
    expectHas('Thanks. The delivery fee of GBP 40 is fine with us.', 'commitment', 'The delivery fee');
    expectHas('We accept your revised proposal.', 'commitment', 'We accept your revised proposal');
    expectHas('We could consider a longer warranty.', 'commitment', 'We could consider');
    expectHas(
      'We can suggest the following: we repaint the hall at our cost next week.',
      'commitment',
      'we repaint the hall',
    );
    expectNone(
      'We can suggest the following: we repaint the hall at our cost next week.',
      'commitment',
      'We can suggest',
    );
    expectHas(
      "We'll waive the call-out fee, as a goodwill gesture, and replace the valve for free.",
      'commitment',
      'replace the valve',
    );
    expectNone('Our price is too high for them, they told us.', 'commitment');
    expectNone('We are pleased to inform you that your application was approved.', 'commitment');
    expectNone('We are glad to share that the venue is confirmed.', 'commitment');
    expectNone('Please skip the "we\'ll call you back" routine and fix it.', 'commitment');
  });

  it('reads inline numbered asks after a list intro, and drops the intro and a restated "I want it"', () => {
    const text =
      'We need three things from you: 1. A corrected invoice. 2. The delivery notes for March. 3. A named contact in billing.';
    expect(of(text, 'demand').map((p) => p.text)).toEqual([
      'A corrected invoice',
      'The delivery notes for March',
      'A named contact in billing',
    ]);
    const again = 'I want a written apology, and I want it by Friday.';
    expect(of(again, 'demand').map((p) => p.text)).toEqual(['I want a written apology']);
    expect(of(again, 'deadline').map((p) => p.text)).toEqual(['by Friday']);
    expectHas('The draft ignores the brief. Rewrite it by Monday.', 'demand', 'Rewrite it');
  });

  it('reads "you have until <date> to <verb>" as a deadline and a demand on the verb', () => {
    const text = 'You have until 12 June to return the keys.';
    expect(extractPositions(text, { date: '2026-06-01' }).map((p) => `${p.kind}: ${p.text}`)).toEqual([
      'deadline: until 12 June',
      'demand: return the keys',
    ]);
    expectHas('Enough excuses. You have until Wednesday.', 'deadline', 'until Wednesday', '2026-06-01');
  });

  it('reads offers after a fronted phrase, a parenthetical or "so", and conditional "we would"', () => {
    expectHas('As a goodwill gesture we will waive the call-out fee.', 'commitment', 'we will waive');
    expectHas(
      'We cannot match it. We can, however, split the fee over two invoices.',
      'commitment',
      'split the fee',
    );
    expectHas('The fence costs £300, so I can pay you £150 now.', 'commitment', 'I can pay you');
    expectHas('I could go as low as €90 a night for the week.', 'commitment', 'I could go as low');
    expectHas('We would also cover the cleaning of the stairwell.', 'commitment', 'We would also cover');
    expectHas("Busy week. You'll have our answer by Thursday.", 'commitment', "You'll have our answer");
    expectNone('I would have to check with my partner.', 'commitment');
    expectNone('The shop is closed, so I can finally rest.', 'commitment');
  });

  it('reads announced sanctions as threats, and refuses an owed debt', () => {
    expectHas(
      'Under clause 9 a late-delivery penalty of 2% applies. We will deduct it from your next payment.',
      'threat',
      'We will deduct it',
    );
    expectHas('We will charge statutory interest on the overdue balance.', 'threat', 'We will charge');
    expectNone('We will apply a service credit to your next invoice.', 'threat');
    expectHas('Until the deposit is paid, we will pause the build.', 'threat', 'we will pause the build');
    expectHas(
      "We'll hold the delivery until your team signs the change order.",
      'threat',
      "We'll hold the delivery",
    );
    expectNone("We'll hold the room until you confirm.", 'threat');
    expectNone('We will hold the price until Friday.', 'threat');
    expectHas('We expressly reserve our rights under clause 14.', 'threat', 'reserve our rights');
    expectHas(
      'If the fee stays, I will denounce you to the tourism office.',
      'threat',
      'I will denounce you',
    );
    expectNone('We reserve the right to refuse service.', 'threat');
    expectHas('I do not owe this money.', 'refusal', 'I do not owe');
    expectHas('Thanks for asking. My answer is still no.', 'refusal', 'My answer is still no');
    expectNone('We had to eat out because we cannot use the kitchen.', 'refusal');
  });
});

const DEV = '../shared/data/dev-emails.jsonl';
/**
 * Micro-F1 on dev-061..090 reached when the rules were written, minus a margin. Round 2 looked at these
 * errors too (for general rules only), so this split is no longer held out; the unseen set is elsewhere.
 */
const HELD_OUT_MICRO_F1_FLOOR = 0.95;

describe('sanctions in plain words, and refusals in the name of others', () => {
  it.each([
    [
      'Pay the 600 euros in 10 days. If not, I give the whole file to the consumer office.',
      'I give the whole file',
    ],
    ['If the review stays online I will give all the pictures to Airbnb.', 'I will give all the pictures'],
    [
      'If the deposit is not back I make a complaint and I publish the full story in the forums.',
      'I publish the full story',
    ],
    [
      "Refund me by Friday, and I'll be posting the story on every travel forum I can find.",
      'posting the story',
    ],
    [
      'Credit the pallets or I will tell all the other buyers in the market how you treat suppliers.',
      'tell all the other buyers',
    ],
    [
      'Settle the invoice this week or you can forget about our strawberries next season.',
      'forget about our strawberries',
    ],
    [
      "If the fees aren't up to date by the 30th I won't be able to keep Mia's place.",
      "won't be able to keep",
    ],
    [
      'Send the signed forms by Monday, otherwise we are not able to include you in this round.',
      'not able to include',
    ],
    ['If the listing stays up, my lawyer will contact you about defamation.', 'my lawyer will contact you'],
  ])('a sanction: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it.each([
    [
      "You've got 48 hours to fix this before I post the invoices on every parents' forum I can find.",
      'I post the invoices',
    ],
    ['You have until Friday to pay before we pass this to our solicitors.', 'we pass this to our solicitors'],
  ])('a consequence after the time given: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it('"before I" after a time given is only a time when nothing is threatened', () => {
    expectNone('I need two days to check the figures before I sign.', 'threat');
  });

  it('a lawyer announced after "and" is a second consequence', () => {
    const text =
      'If the photos stay online I will report you to the platform and my solicitor will write to you.';
    expectHas(text, 'threat', 'I will report you');
    expectHas(text, 'threat', 'my solicitor will write');
    expect(of(text, 'threat')).toHaveLength(2);
  });

  it.each([
    "If your committee can approve the terms by June, I'll get our lawyers instructed straight away.",
    "I'm afraid I can't share another tenant's details with you, for data protection reasons.",
    "I'm asking for four months' pay as a termination payment.",
    'Let me know by Friday, otherwise we talk on Monday.',
    'Please send the drawings by tomorrow, otherwise we lose the slot for the prototype.',
    'If you have a problem with the dates, tell me, then we find a solution together.',
  ])('not a sanction: %s', (text) => {
    expectNone(text, 'threat');
  });

  it.each([
    ['I keep the full deposit of 400 euro.', 'I keep the full deposit'],
    ["We're keeping the £750 security deposit.", 'keeping the £750 security deposit'],
    ['We are therefore not able to pay the second invoice.', 'not able to pay'],
    ['On that basis our client is not prepared to meet the claim.', 'our client is not prepared'],
    ["The landlord won't move on the break clause, I'm afraid.", "won't move on the break clause"],
    ['The work was done, so there is no question of a discount.', 'no question of a discount'],
    ["I'm going to turn down the Oslo offer.", 'turn down the Oslo offer'],
    ['Not in a position to lead the round. We can follow.', 'Not in a position to lead'],
  ])('a refusal: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    "I'm not going to reply to the insults.",
    "I'm not going to get into an argument about it.",
    "I'm not going to defend last week's delivery: it was our mistake.",
    'There is nothing more to pay, and we will not contact you about it again.',
  ])('not a refusal: %s', (text) => {
    expectNone(text, 'refusal');
  });
});

describe('requests in other shapes, and events that are not due times', () => {
  it.each([
    [
      'Pay the storage invoice this week or you can forget about the next harvest.',
      'Pay the storage invoice',
    ],
    ['You pay the balance by Friday or I go to the small claims court.', 'You pay the balance'],
    ['Or you give us back the corner stand, or you refund half the fee.', 'you refund half the fee'],
    ['We would ask to raise our share to EUR 80,000.', 'We would ask to raise our share'],
    [
      'The management is requesting that the rent stays at last year’s level.',
      'The management is requesting',
    ],
    ['Before the tools can leave our plant, this balance needs to be paid.', 'this balance needs to be paid'],
  ])('a demand: %s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('the items under "here is what I\'m asking for:" are demands, in any shape', () => {
    const text =
      "Here is what I'm asking for:\n1. My start date corrected to 2 May.\n2. The late fee cancelled.";
    expectHas(text, 'demand', 'My start date corrected');
    expectHas(text, 'demand', 'The late fee cancelled');
  });

  it('the items under "here\'s what I\'m prepared to do:" are offers', () => {
    const text =
      "Here's what I'm prepared to do:\n- pay the remaining $2,000 this week\n- pay for the extra page";
    expectHas(text, 'commitment', 'pay the remaining $2,000');
    expectNone(text, 'demand');
  });

  it.each([
    'Are you actually joking?',
    'Do you understand now?',
    'Is anybody in your warehouse actually checking anything?',
    'Honestly, what the hell did you lot do in there?',
    "There's nothing further we need from you.",
    'Kindly revert in case of any further queries.',
    'I should be grateful if you would kindly:',
    'I need talk with you about the hours.',
    'I want to ask about the personal trainer package.',
    'We need to talk about your fee.',
    'Where the hell did you take it?',
    'What kind of so-called professional shoots a wedding on one card?',
    'What exactly are your staff doing all day?',
    'Did anyone at your agency actually interview him?',
  ])('no demand: %s', (text) => {
    expectNone(text, 'demand');
  });

  it.each([
    ['Please send the figures before the committee.', 'before the committee'],
    ['I need to fix a price before the harvest starts.', 'before the harvest starts'],
  ])('an event with no date is not a deadline: %s', (text, phrase) => {
    expectNone(text, 'deadline', phrase);
  });

  it.each([
    ['Please send the figures before our board meeting on 9 July.', 'before our board meeting on 9 July'],
    ['Please loop in Sales before the next release goes live.', 'before the next release goes live'],
  ])('an event with a date, or the next one, is: %s', (text, phrase) => {
    expectHas(text, 'deadline', phrase);
  });
});

describe('promises made for a team or a principal, and reasons after a refusal', () => {
  it.each([
    ['Our team is ready to visit your site in Leeds at your convenience.', 'Our team is ready to visit'],
    ['The landlord will offer £48 per sq ft on a ten-year term.', 'The landlord will offer'],
    ["That isn't the full increase; we're absorbing half of it.", "we're absorbing half of it"],
    ['A technician is booked to attend your office tomorrow morning.', 'A technician is booked to attend'],
    ["I'm happy for you to pay April in two halves.", "I'm happy for you to pay"],
    ['Nothing is owed, and we will not contact you about it again.', 'we will not contact you'],
  ])('a commitment: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it.each([
    ['This we cannot accept.', 'This we cannot accept'],
    [
      'This our finance office cannot accept, we need monthly billing.',
      'This our finance office cannot accept',
    ],
  ])('a refusal with its object first: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    ["I cannot come down to £7,000, it's not possible with the same timber.", "it's not possible"],
    [
      "I'm going to decline the Bergen role; the salary is fine, but the move doesn't work for us.",
      "the move doesn't work",
    ],
  ])('the reason after a refusal is not a second one: %s', (text, phrase) => {
    expect(of(text, 'refusal')).toHaveLength(1);
    expectNone(text, 'refusal', phrase);
  });
});

describe('service stopped until the reader acts, and curt refusals (tuned on fresh10 odd ids)', () => {
  it.each([
    ["I can't continue with the Tuesday lessons until the account is up to date.", "I can't continue"],
    [
      "Until this is resolved, we can't release further equipment to your crew.",
      "we can't release further equipment",
    ],
    ["From Monday I don't come until the money is paid.", "I don't come"],
    [
      'Please answer before Friday. If no answer, I will report to the school regulator.',
      'I will report to the school regulator',
    ],
    [
      "If the rent isn't in my account by Sunday, you can take this as your 28 days' notice.",
      'take this as your',
    ],
    ['Bring the cash by 6pm or it goes to the next buyer.', 'or it goes to the next buyer'],
    ["If that's a non-starter, I'd need to go out to market.", 'go out to market'],
  ])('a threat: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it.each([
    "I'm not paying the March invoice until it's done.",
    'We will not release the car until the invoice is settled in full.',
  ])('withholding what the reader wants back stays a refusal: %s', (text) => {
    expect(of(text, 'refusal')).toHaveLength(1);
    expectNone(text, 'threat');
  });

  it.each([
    ['The price is £300. Not a penny less.', 'Not a penny less'],
    ['Approved at $40k, not a cent more.', 'not a cent more'],
    ['Hence we are not in agreement to the debit note as drafted.', 'not in agreement'],
    ["I'm not going to be able to get that through our committee.", 'not going to be able to'],
    ['The Authority is unable to accept late samples.', 'The Authority is unable to accept'],
  ])('a refusal: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it('"If you can send us that number, we will resubmit the claim and cancel the invoice" is an offer', () => {
    const text =
      'If you can send us that number, we will resubmit the claim and cancel the self-pay invoice.';
    expectNone(text, 'threat');
    expectHas(text, 'commitment', 'we will resubmit');
  });

  it('"I\'m not missing it" refuses nothing', () => {
    expectNone("The delivery is Monday and I'm not missing it because of your shop.", 'refusal');
  });
});

describe('refusals by judging a term, by decision and by "nor"; delisting as a threat', () => {
  it.each([
    [
      'A 30% fee on the first-year salary is too high for us.',
      'A 30% fee on the first-year salary is too high for us',
    ],
    ['However, the quoted rent is over our budget for this year.', 'the quoted rent is over our budget'],
    ['Honestly, we cannot work with this rate.', 'we cannot work with this rate'],
    ['We therefore decline the claim for the damaged pallets.', 'We therefore decline the claim'],
    ['Nor will we be paying the storage charges.', 'Nor will we be paying'],
    [
      "I'm ready to pay the quote but I am not ready to pay extra £200 for parking.",
      'I am not ready to pay extra',
    ],
    [
      "Unfortunately we can't keep the loyalty discount at 15% for new bookings.",
      "we can't keep the loyalty discount",
    ],
    [
      'The water damage to the ceiling is not covered under your policy.',
      'The water damage to the ceiling is not covered',
    ],
    [
      "We don't think this should be charged, as it was in the original scope.",
      "We don't think this should be charged",
    ],
  ])('a refusal: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    'I know the deposit is non-refundable, but could you make an exception?',
    'The contract says the fee is non-refundable.',
    'This is not acceptable for me, I have waited three weeks for the engineer.',
    'I think it is too early to tell.',
  ])('no refusal: %s', (text) => {
    expectNone(text, 'refusal');
  });

  it.each([
    ["We'll pay nothing further under this agreement.", "We'll pay nothing further"],
    ['I will pay the corrected invoice within 7 days of receiving it. Not before.', 'Not before'],
  ])('a refusal: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    ['If you sell anything from the house before then, I will contest the will.', 'I will contest the will'],
    [
      'If the arrears are not cleared, we may exercise our right to recover the van.',
      'exercise our right to recover',
    ],
  ])('a threat: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it('removing the reader from a supplier list is a threat; removing a fee is not', () => {
    expectHas(
      'If the test report is not received, we will remove your company from our approved supplier list.',
      'threat',
      'we will remove your company from our approved supplier list',
    );
    expectNone('If you pay by Friday we will remove the late fee.', 'threat');
  });
});

describe('second promises after "and", and promises after a condition without its comma', () => {
  it.each([
    [
      'We will refund the call-out fee of Rs. 900 within 3 working days, and provide a loan heater until the part arrives.',
      'provide a loan heater',
    ],
    [
      'We can waive the exit fee, which brings it to $410, and set you up on a monthly plan of $41.',
      'set you up on a monthly plan',
    ],
    ['If you agree the price, we can confirm the booking this week.', 'we can confirm the booking'],
    ['If you can take all 40 pallets I will do €12 a pallet.', 'I will do €12 a pallet'],
  ])('a commitment: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
    expectNone(text, 'threat');
  });

  it('keeps "provide …" after a request a demand, and "we can confirm that …" news', () => {
    expectHas(
      'Please repair the boiler, and provide a written report.',
      'demand',
      'provide a written report',
    );
    expectNone('We can confirm that the refund went through.', 'commitment');
  });

  it('a past date in a relative clause is not when the request is due', () => {
    expectNone(
      'Kindly waive the consultation charges of Rs. 1,500 which were taken on the same day.',
      'deadline',
    );
  });
});

describe('requests for one action or another, terms laid down, and a second consequence', () => {
  it.each([
    ['Could you move us to the Thursday crossing, or refund the two tickets?', 'refund the two tickets'],
    ['Can you swap the sofa for the grey one or take it back?', 'take it back'],
    [
      "I'd be grateful if you could either waive the late fee or explain in writing how it was worked out.",
      'explain in writing how it was worked out',
    ],
    [
      'Is it possible to pause my membership until June, or to transfer it to my sister?',
      'to transfer it to my sister',
    ],
    [
      'We ask that you either trim the hedge to two metres or apply to the committee for consent.',
      'apply to the committee',
    ],
  ])('two demands: %s', (text, second) => {
    expect(of(text, 'demand')).toHaveLength(2);
    expectHas(text, 'demand', second);
  });

  it.each([
    [
      'I request you to refund the deposit of USD 300 and reimburse the taxi fare.',
      'reimburse the taxi fare',
    ],
    [
      'We ask you to stop contacting our clients and to confirm this in writing.',
      'to confirm this in writing',
    ],
    ['I kindly request you to remove the duplicate charge and restore my plan.', 'restore my plan'],
  ])('two requests under one frame: %s', (text, second) => {
    expect(of(text, 'demand')).toHaveLength(2);
    expectHas(text, 'demand', second);
  });

  it.each([
    'Could you check this and refund the difference to my card?',
    'I want you to come and fix the wall.',
  ])('one request after a light first act: %s', (text) => {
    expect(of(text, 'demand')).toHaveLength(1);
  });

  it.each([
    'Could you give me a call or reply to this email?',
    'Can you repair or replace the kettle?',
    'Could you check whether the 12th works for the crew, or suggest another date?',
  ])('one demand: %s', (text) => {
    expect(of(text, 'demand')).toHaveLength(1);
  });

  it('"Here\'s what happens next:" lays down what the reader does', () => {
    const text =
      "Here's what happens next. You replace the cracked tiles by 30 May, at your cost. You refund the £400 call-out fee. And I am copying this to your area manager.";
    expectHas(text, 'demand', 'You replace the cracked tiles');
    expectHas(text, 'demand', 'You refund the £400 call-out fee');
    expectHas(text, 'deadline', 'by 30 May');
    expectNone('Here is what happened: you sent the wrong invoice and I paid it.', 'demand');
    expectNone('You send the parts by courier, as usual.', 'demand');
  });

  it('a consequence by someone else after "and" is a second threat; by the same writer, one', () => {
    const two =
      "Pay the fee within 7 days. If you don't, my solicitor files a claim and I post the photos on every forum.";
    expect(of(two, 'threat')).toHaveLength(2);
    expectHas(two, 'threat', 'I post the photos on every forum');
    const one =
      'Deliver the wardrobe by Saturday. If not, I write reviews everywhere and I go to the consumer centre.';
    expect(of(one, 'threat')).toHaveLength(1);
  });
});

describe('the other thing a writer would accept, and requests set out as a list', () => {
  it.each([
    ['We need the van back on the road by Monday, or a courtesy vehicle until it is.', 'a courtesy vehicle'],
    [
      "I'd like the full deposit returned, or at least a written breakdown of the deductions.",
      'a written breakdown',
    ],
    ['We require a revised quote, or alternatively to be released from the contract.', 'to be released'],
    ['I want my £80 back, or a voucher for the same amount.', 'a voucher for the same amount'],
  ])('a second demand after ", or": %s', (text, second) => {
    expect(of(text, 'demand')).toHaveLength(2);
    expectHas(text, 'demand', second);
  });

  it.each([
    [
      'I want the boiler working by Friday and written confirmation of the new parts.',
      'written confirmation',
    ],
    ['I want a plumber here within 24 hours and refund of the call-out fee.', 'refund of the call-out fee'],
    ["I'd like the item put on the agenda for the meeting on 3 June and a vote taken.", 'a vote taken'],
    ['I want the £1,250 cancelled and the meter replaced at your cost.', 'the meter replaced'],
    ['I want both heaters fixed by Monday and an engineer on call until they are.', 'an engineer on call'],
  ])('a second thing asked for after "and": %s', (text, second) => {
    expect(of(text, 'demand')).toHaveLength(2);
    expectHas(text, 'demand', second);
  });

  it.each([
    'Could you send the tracking number, or a photo of the label, by Friday?',
    'I want it fixed by Friday, or else.',
  ])('one demand: %s', (text) => {
    expect(of(text, 'demand')).toHaveLength(1);
  });

  it('the items under "I\'d like:" and "our terms:" are the demands', () => {
    const text =
      "Thanks for the call. I'd like:\n- the missing panel replaced\n- a credit for the wasted visit\n\nOur terms are unchanged:\n1. Delivery to the loading bay\n2. Payment at 30 days";
    for (const item of [
      'the missing panel replaced',
      'a credit for the wasted visit',
      'Delivery to the loading bay',
      'Payment at 30 days',
    ])
      expectHas(text, 'demand', item);
  });

  it('a request for a quote "for the following" is one demand; topics to go through are not demands', () => {
    const quote = "We'd like a quotation for the following, delivered to our depot:\n- 40 chairs\n- 6 tables";
    expect(of(quote, 'demand')).toHaveLength(1);
    const topics =
      "There are two points we'd like to go through before we sign:\n1. Insurance. The certificate covers only one site.\n2. Access. The gate code changes weekly.";
    expectNone(topics, 'demand', 'Insurance');
    expectNone(topics, 'demand', 'Access');
  });

  it('each item under "Here\'s what\'s going to happen:" is laid down for the reader', () => {
    const text =
      "Here's what's going to happen:\n1. You return the keys to the office.\n2. The deposit gets split as the inventory says.";
    expectHas(text, 'demand', 'You return the keys');
    expectHas(text, 'demand', 'The deposit gets split');
  });
});

describe('how long a term lasts, and days offered to choose from, are not due times', () => {
  it.each([
    'We can keep the member rate for you until the end of June.',
    "We'll continue the current discount till 31 March if you renew now.",
    'We could defer the rent review until 1 September.',
    'I can drop the van off tomorrow morning or Friday.',
    'We can deliver the boiler on Monday or Tuesday next week.',
    'I can come round any evening next week.',
    'Are you free on the 12th?',
  ])('no deadline: %s', (text) => {
    expectNone(text, 'deadline');
  });

  it.each([
    ['We can hold the quoted price until 30 April.', 'until 30 April'],
    ['Please send the signed form today or tomorrow.', 'today'],
    ['I can keep the other buyers at bay until Friday if we agree terms.', 'until Friday'],
  ])('a deadline: %s', (text, phrase) => {
    expectHas(text, 'deadline', phrase);
  });
});

describe('what an offer leaves out, and "if he wants X he can …", are refusals', () => {
  it.each([
    ['We can cover the parts, but not the labour.', 'not the labour'],
    ["I'm happy to refund the delivery fee but not the restocking charge.", 'not the restocking charge'],
    ['If he wants a bigger stand he can pay for it himself.', 'If he wants a bigger stand'],
    ['If they want the old rate they can find another supplier.', 'they can find another supplier'],
  ])('a refusal: %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    'I can do the work, but not this week.',
    'If you want a copy, you can download it from the portal.',
  ])('no refusal: %s', (text) => {
    expectNone(text, 'refusal');
  });
});

describe('offers with less common verbs', () => {
  it.each([
    'The call-out fee has been waived.',
    'That £120 charge will also be removed.',
    'I can, however, raise a budget amendment with the sponsor.',
    'We can carry over £500 of the deposit to next season.',
    'We could phase the fee over two quarters.',
    'We could swap you to the smaller unit at £90 a month.',
  ])('a commitment: %s', (text) => {
    expect(of(text, 'commitment')).toHaveLength(1);
  });
});

describe('time given to act, further steps of a threat, put-downs and footers (tuned on fresh14 odd ids)', () => {
  it('"You\'ve got until Friday to …": the demand is what is to be done', () => {
    const text = "You've got until Friday to send me the gas safety certificate.";
    expectHas(text, 'demand', 'send me the gas safety certificate');
    expectNone(text, 'demand', "You've got");
  });

  it('"… and I will …" after a threat is the same threat, not a promise', () => {
    const text =
      "If you don't answer, I will report the gym to Trading Standards and I will take my daughter out and tell the other members.";
    expectHas(text, 'threat', 'take my daughter out');
    expectNone(text, 'commitment');
  });

  it.each([
    'Are you having a laugh?',
    "You must think we're stupid.",
    'Please quote your invoice number in all correspondence.',
  ])('no demand: %s', (text) => {
    expectNone(text, 'demand');
  });

  it("calling the reader's superior by name, then title, is an escalation", () => {
    expectHas('If not, I will ring Mrs Adams, your managing director.', 'escalation', 'Mrs Adams');
    expectNone('I will ring Mrs Adams, our finance director, tomorrow.', 'escalation');
  });

  it('"What we can do is:" announces the offers in the list under it', () => {
    const text = 'What we can do is:\n- waive the call-out fee;\n- split the balance over three months.';
    expect(of(text, 'commitment')).toHaveLength(2);
    expectNone(text, 'commitment', 'What we can do is');
  });
});

describe('texting: contractions without apostrophes, an ask without its "I"', () => {
  it.each([
    [
      'if its not fixed by fri im getting my own plumber and taking it off the rent',
      'threat',
      'im getting my own plumber',
    ],
    ['can u do £100 and ill do the rest', 'commitment', 'ill do the rest'],
    ['pls refund it this week or ill do a chargeback', 'threat', 'ill do a chargeback'],
    ['3rd missed appointment. want my money back for the whole week', 'demand', 'want my money back'],
    ['Need someone out by Thursday, the kitchen is flooded.', 'demand', 'Need someone out'],
    ['pls dont put the bins out before thursday', 'demand', 'pls dont put the bins out'],
    ['Im not paying for a second visit.', 'refusal', 'Im not paying'],
    ['i aint paying for a crooked frame', 'refusal', 'i aint paying for a crooked frame'],
  ] as const)('%s', (text, kind, phrase) => {
    const hit = expectHas(text, kind, phrase);
    // Spans are offsets into the text as written.
    expect(hit.text).toBe(text.slice(hit.start, hit.end));
  });

  it('leaves "ill" meaning unwell alone', () => {
    expectNone("I'm ill today so I can't come in.", 'commitment');
    expectNone(
      'He missed the session through injury or ill health, so we will not pay the cancellation fee.',
      'threat',
    );
    expectNone('We want to settle this without lawyers or ill will, so we will pay the balance.', 'threat');
  });
});

describe('formal notices', () => {
  it('"The Landlord requires the Tenant to …" and "within twenty-one (21) days"', () => {
    const text =
      'The Landlord requires the Tenant to make good the damage within twenty-one (21) days of the date of this notice.';
    expectHas(text, 'demand', 'The Landlord requires the Tenant to make good the damage');
    const d = expectHas(text, 'deadline', 'within twenty-one (21) days');
    expect(d.value).toMatchObject({ duration: 'P21D' });
    expectHas('Our client requires a written apology.', 'demand', 'Our client requires a written apology');
  });

  it('"we will be required to …" after a condition, and "After that we …" in the plain present, threaten', () => {
    expectHas(
      'If the arrears are not cleared by that date, we will be required to serve a notice of breach.',
      'threat',
      'we will be required to serve a notice of breach',
    );
    expectHas(
      'You have 14 days to pay. After that we pass the file to our solicitors.',
      'threat',
      'we pass the file to our solicitors',
    );
    expectNone('Sign the form. After that we send you the keys.', 'threat');
    expectHas('You will be required to sign the lease.', 'demand', 'sign the lease');
  });

  it('"After that it\'s a chargeback" is a threat', () => {
    expectHas("Refund me by Friday. After that it's a chargeback.", 'threat', "After that it's a chargeback");
  });
});

describe('refusals stated as decisions', () => {
  it.each([
    ["I'm sure as hell not paying your $1,200 retainer.", "I'm sure as hell not paying"],
    ["I'm damn well not paying that.", "I'm damn well not paying"],
    ["We ain't going to accept that.", "We ain't going to accept"],
  ])('with an intensifier or "ain\'t": %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it.each([
    [
      '4. Stage payment 4 (£11,600) is on hold until items 1–3 are done.',
      'Stage payment 4 (£11,600) is on hold',
    ],
    [
      'The balance of $17,088 stays on hold until you send the sign-off records.',
      'The balance of $17,088 stays on hold',
    ],
  ])('what the writer owes, "on hold until …": %s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
    expectNone(text, 'demand', phrase);
  });

  it("the reader's hold restated is no refusal", () => {
    expectNone('I fully understand that the final instalment stays on hold until then.', 'refusal');
  });

  it.each([
    ['Your appeal has therefore been rejected.', 'Your appeal has therefore been rejected'],
    ['Unfortunately, your claim has been declined.', 'your claim has been declined'],
    ['No further extensions will be granted.', 'No further extensions will be granted'],
    ['There will be no rebooking.', 'There will be no rebooking'],
    [
      'We are not yet in a position to sign the audit opinion.',
      'We are not yet in a position to sign the audit opinion',
    ],
  ] as const)('%s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it("a rejection by the reader's side or the writer's own setback is not the writer refusing", () => {
    expectNone('The request was rejected by your system, can you check?', 'refusal');
    expectNone('My claim was rejected by the insurer.', 'refusal');
  });
});

describe('payment terms as a sanction', () => {
  it('cash on delivery or pro-forma terms after a failed condition is a threat; offered, it is not', () => {
    expectHas(
      "If the invoice isn't paid by Friday, deliveries will move to cash on delivery from Monday.",
      'threat',
      'deliveries will move to cash on delivery from Monday',
    );
    expectHas(
      'Until the arrears are cleared we will put your account on pro-forma terms.',
      'threat',
      'we will put your account on pro-forma terms',
    );
    expectNone('We accept cash on delivery.', 'threat');
    expectNone('Orders will move to cash on delivery as agreed.', 'threat');
    expectNone('We can offer payment in advance with a 2% discount.', 'threat');
  });
});

describe('what comes next, and an organisation reserving its rights', () => {
  it('names the next authority as a threat', () => {
    expectHas(
      'The next letter goes straight to my solicitor.',
      'threat',
      'The next letter goes straight to my solicitor',
    );
    expectHas(
      'Cancel the invoice, or the next person you hear from will be the Financial Ombudsman.',
      'threat',
      'the next person you hear from will be the Financial Ombudsman',
    );
    expectHas(
      'If none of this happens, Ofwat and the Environment Agency will be next.',
      'threat',
      'Ofwat and the Environment Agency will be next',
    );
    expectNone('You will be next in the queue.', 'threat');
  });

  it('"the Carrier reserves its right to terminate" is a threat; a right to inspect is not', () => {
    expectHas(
      'Should performance fall below target again, the Carrier reserves its right to terminate the Agreement for cause.',
      'threat',
      'the Carrier reserves its right to terminate the Agreement for cause',
    );
    expectNone('The landlord reserves the right to inspect the property.', 'threat');
  });
});

describe('word of mouth', () => {
  it('telling a whole community what happened is a threat, praise and news are not', () => {
    expectHas(
      "I'll be telling every bride in our town what happened.",
      'threat',
      "I'll be telling every bride in our town what happened",
    );
    expectHas(
      "I'll be telling the other franchisees at the regional meeting exactly why.",
      'threat',
      "I'll be telling the other franchisees at the regional meeting exactly why",
    );
    expectHas('If this is not fixed I will tell everyone.', 'threat', 'I will tell everyone');
    expectNone("I'll tell everyone I know how good you were.", 'threat');
    expectNone('I will tell all my friends about your great service.', 'threat');
    expectNone('We will inform all our members of the new dates.', 'threat');
    expectNone("I'll tell all the staff to use the side door.", 'threat');
  });

  it('making sure a whole community hears of it, or that nobody deals with the reader again, is a threat', () => {
    expectHas(
      "I'll make sure every owner in our pool hears about it.",
      'threat',
      "I'll make sure every owner in our pool hears about it",
    );
    expectHas(
      'If anything goes wrong tomorrow, I will make sure nobody at this company books you again.',
      'threat',
      'I will make sure nobody at this company books you again',
    );
    expectNone("I'll make sure everyone hears how helpful you were.", 'threat');
    expectNone('We will make sure nobody uses the old invoice template.', 'threat');
  });
});

describe('an ultimatum is not an offer', () => {
  it('"I give you until Friday" sets a deadline and promises nothing', () => {
    const text = 'I give you until Friday to pay the €9.000 complete.';
    expectNone(text, 'commitment');
    expectHas(text, 'deadline', 'until Friday');
    expectHas('I give you the new files until Monday.', 'commitment', 'I give you the new files');
  });
});

describe("an ask after the writer's own step it must come before, without a comma", () => {
  it.each([
    [
      "Before I pay another dollar into that fund I'd like to see an itemized breakdown.",
      "I'd like to see an itemized breakdown",
    ],
    ['Until we get the parts back we need a loan machine.', 'we need a loan machine'],
  ])('%s', (text, phrase) => {
    const d = expectHas(text, 'demand', phrase);
    expect(d.text).toBe(phrase);
  });
});

describe('requests in less common frames (tuned on the odd ids of fresh3–20)', () => {
  it('"kindly" after an opening phrase and a comma asks, as "please" does', () => {
    expectHas('Going forward, kindly adhere to the timelines.', 'demand', 'kindly adhere to the timelines');
    expectHas('As per the contract, kindly process a full refund.', 'demand', 'kindly process a full refund');
  });

  it('a reminder to do something asks for it; a reminder that something is due is not a new request', () => {
    expectHas(
      'Just a friendly reminder to pay the invoice for phase 2 by Friday.',
      'demand',
      'pay the invoice',
    );
    expectHas('A gentle reminder to submit your timesheet.', 'demand', 'submit your timesheet');
    expectNone('This is a reminder to myself.', 'demand');
  });

  it('the time given frames what is to be done in it', () => {
    expectHas('I give you until Friday to pay the €9.000 complete.', 'demand', 'pay the €9.000 complete');
    expectHas(
      'I am giving you final time until Monday 5 PM to clear the full payment.',
      'demand',
      'clear the full payment',
    );
  });

  it('"Awaiting your urgent reply" asks; "awaiting your kind reply" is a sign-off', () => {
    expectHas('Awaiting your urgent reply.', 'demand', 'Awaiting your urgent reply');
    expectNone('Awaiting your kind reply.', 'demand');
  });

  it('tag questions, nouns before "of", processing-time notices and thanks ask for nothing', () => {
    expectNone("It isn't really a solution that works for both households, is it?", 'demand');
    expectNone('You have no idea how a shoot works, do you?', 'demand');
    expectNone('Re: Schedule of Dilapidations', 'demand');
    expectNone('Sub: Refund of membership transfer fee', 'demand');
    expectNone('Please allow up to 7 working days for it to appear on your statement.', 'demand');
    expectNone('I should like first to thank you and your staff for your kindness.', 'demand');
    expectNone('I cannot leave my flat unaided and have been reliant on my neighbours.', 'demand');
  });

  it('"the name and contact of your insurer" is one request, with its due time', () => {
    expectHas(
      'Send me the name and contact of your PI insurer today.',
      'demand',
      'Send me the name and contact',
    );
    expectHas('Send me the name and contact of your PI insurer today.', 'deadline', 'today');
  });
});

describe('due times in a failed condition, possessive days, and new terms with a figure', () => {
  it('the time in the condition of a threat is when the reader must act', () => {
    expectHas("If I don't hear back today I'm leaving reviews on Google.", 'deadline', 'today');
    const d = expectHas(
      'If the money is not in my account in 7 days, I will take you to court.',
      'deadline',
      'in 7 days',
    );
    expect(d.text).toBe('in 7 days');
    expectHas("If it isn't fixed today we cancel the contract.", 'deadline', 'today');
    // Not the reader failing to act: the time of what would trigger it.
    expectNone("If it happens again this weekend I'm ringing the council.", 'deadline');
  });

  it('a possessive day names the date of the occasion it is before', () => {
    const d = expectHas(
      "Can you send the signed DPA before Thursday's security review?",
      'deadline',
      "before Thursday's security review",
      '2026-03-10T10:00:00Z',
    );
    expect(d.value).toEqual({ date: '2026-03-12' });
    expectNone('Please send it before the committee meets.', 'deadline');
  });

  it('orders to lift, reconnect or unblock something are demands', () => {
    expectHas('Lift the stop on account 70215 today.', 'demand', 'Lift the stop');
    expectHas('Lift the stop on account 70215 today.', 'deadline', 'today');
    expectHas('RECONNECT MY SUPPLY TODAY.', 'demand', 'RECONNECT MY SUPPLY');
  });

  it('new terms the writer has set, with their figure, are promises', () => {
    expectHas(
      'In the revised proposal we have reduced the L1 service desk fee to INR 3,60,000 per month.',
      'commitment',
      'we have reduced',
    );
    expectHas(
      'For orders above INR 25,000 per week we are giving additional 5% discount.',
      'commitment',
      'giving',
    );
    expectHas('Approved at $0.31/unit for 200k. PO follows Monday.', 'commitment', 'Approved at');
    expectHas("I'd quote £650 for it.", 'commitment', "I'd quote £650");
    expectNone('We have cut the team to two people.', 'commitment');
    expectNone("We've held the fee at $6,000 per month throughout.", 'commitment');
  });
});

describe('limits, impossibilities, institutions that decline, and an ultimatum with its time', () => {
  it('"not a penny more" after an amount is a refusal, the amount before it still a promise', () => {
    const text = "I'll pay the £1,200 I bid and not a penny more.";
    expectHas(text, 'refusal', 'not a penny more');
    expectHas(text, 'commitment', "I'll pay the £1,200");
    expectHas('We will pay £1,200 as agreed, not more.', 'refusal', 'not more');
    expectHas('Not my problem.', 'refusal', 'Not my problem');
  });

  it('"X is not possible" declines, unless it is a condition', () => {
    expectHas('Shifting is simply not possible.', 'refusal', 'not possible');
    expectHas(
      'Unfortunately we must inform you that a refund according to Art. 117 UCC is not possible in this case.',
      'refusal',
      'is not possible',
    );
    expectNone('If this is not possible, please tell me what the problem is.', 'refusal');
  });

  it('the institution the writer speaks for declining is a refusal', () => {
    expectHas(
      "I'm afraid the Foundation cannot extend the interim report deadline by four weeks.",
      'refusal',
      'the Foundation cannot extend',
    );
    expectHas('Therefore the hospital will not accept the new prices.', 'refusal', 'will not accept');
    expectNone("If the board won't produce those documents, I will file a complaint.", 'refusal');
  });

  it('"I\'m giving you 14 days, then it goes to the Ombudsman": a due time and a threat', () => {
    const text =
      "I'm giving you 14 days, then it goes to the Ombudsman and to every travel forum I can find.";
    expectHas(text, 'deadline', '14 days');
    expectHas(text, 'threat', 'it goes to the Ombudsman');
    expectHas(
      'Send the details by Friday, otherwise this goes to RICS and to our solicitor.',
      'threat',
      'goes to RICS',
    );
    expectNone('We can give you 45 days extra payment term if it helps.', 'deadline');
  });
});

describe('escalations in more forms', () => {
  it.each([
    ["I'm sending everything to the Managing Director.", 'sending everything to the Managing Director'],
    ['I am sending this to your CEO as well.', 'sending this to your CEO'],
    ['I want your Customer Care Director to call me today.', 'Customer Care Director to call me'],
    ['I will contact directly your General Manager.', 'contact directly your General Manager'],
    ['Otherwise I will be forced to escalate to your founders.', 'escalate to your founders'],
    ['The matter will be escalated to our Vice President of Purchasing.', 'will be escalated'],
    ['If you cannot help, please give my case to your supervisor.', 'give my case to your supervisor'],
  ])('%j', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
  });

  it('asking to meet the Head or the producer is one; the head office is not a person', () => {
    expectHas('Also we want to meet the Head to discuss this.', 'escalation', 'meet the Head');
    expectHas('I want to speak to the producer directly.', 'escalation', 'speak to the producer');
    expectNone('Please send it to the head office.', 'escalation');
  });

  it('helping the reader take it to their own CFO is not the writer escalating', () => {
    expectNone(
      "I'll send over both order forms this afternoon so you can take them to your CFO.",
      'escalation',
    );
    expectHas(
      'If I am charged one more time, I will take this to your managing director.',
      'escalation',
      'your managing director',
    );
  });

  it('sending the reader something is not an escalation', () => {
    expectNone("I'm sending you the invoice.", 'escalation');
  });
});

describe('orders in the plain present', () => {
  it('"you pay …" asks when a frame, a due time or a request before it says so', () => {
    expectHas(
      'I want full refund of £420 and also you pay the vet bill £96.',
      'demand',
      'you pay the vet bill',
    );
    expectHas('So I propose: you refund me £40 and I fix it myself.', 'demand', 'you refund me £40');
    expectHas('You send me the complete export of the database before 30 April.', 'demand', 'You send me');
    expectHas(
      'You send someone who knows the job within 14 days, and you pay the £860 to replace the flooring.',
      'demand',
      'you pay the £860',
    );
  });

  it('a story told in the present asks nothing', () => {
    expectNone(
      'Nine months of fundraising, and you cancel our trip eleven days before departure by EMAIL.',
      'demand',
    );
    expectNone('You give me every time the same answer.', 'demand');
  });
});

describe("changing the terms is asked for; extending something of the reader's is offered", () => {
  it.each([
    ['As discussed, we would like to extend the option period by 12 months.', 'extend the option period'],
    ["We would like to reduce Lena's days at the nursery from five to three days.", "reduce Lena's days"],
    ['So we need to adjust the monthly value from £3,900 to £4,260.', 'adjust the monthly value'],
    ['I want to transfer my broadband contract there.', 'transfer my broadband contract'],
  ])('%j', (text, phrase) => {
    expectHas(text, 'demand', phrase);
    expectNone(text, 'commitment');
  });

  it('"we would like to extend your warranty" is an offer', () => {
    expectHas('We would like to extend your warranty by a year.', 'commitment', 'extend your warranty');
  });
});

describe('fronted terms, free services, "so" + order, and consequences in other words (tuned on fresh21 odd ids)', () => {
  it('a short fronted phrase does not hide the offer after it', () => {
    expectHas(
      'For a three-year commitment I can offer $910 per user, fixed for the full term.',
      'commitment',
      'I can offer $910',
    );
  });

  it('a service that will be free is offered; asking whether it will be is not', () => {
    expectHas(
      "I'll refund £30 to your card today, and her next two grooms will be free of charge.",
      'commitment',
      'her next two grooms will be free',
    );
    expectHas('The first two sessions would be free.', 'commitment', 'would be free');
    expectNone('Also, can you confirm this visit will be free of charge?', 'commitment');
  });

  it('"… so take them off the invoice": the order after "so"', () => {
    const text = 'and im not paying for the ones u missed so take them off the invoice';
    expectHas(text, 'refusal', 'im not paying');
    expectHas(text, 'demand', 'take them off the invoice');
  });

  it('hearing about it, other yards, somewhere that does the job: consequences', () => {
    expectHas(
      "If the accounts don't show up, the franchisee association will hear about it from me.",
      'threat',
      'will hear about it',
    );
    expectNone("The whole team will hear about it at Monday's meeting.", 'threat');
    expectHas(
      'I shall need to look at alternative yards if the full increase stands.',
      'threat',
      'alternative yards',
    );
    expectHas(
      'get it done by tmrw or refund the deposit and ill take it somewhere that actually fixes bikes',
      'threat',
      'somewhere that actually fixes bikes',
    );
  });
});

describe('an expiry further back', () => {
  it('"CAN price holds at £312/t delivered until Friday 5pm" is an expiry', () => {
    expectHas('CAN price holds at £312/t delivered until Friday 5pm.', 'deadline', 'until Friday 5pm');
  });
});

describe("the writer's own schedule given as a reason", () => {
  it.each([
    [
      'I need a response by Wednesday, as I have to report back to our marketing director this week.',
      'this week',
    ],
    ['Please revert by EOD today as I have to inform my manager tomorrow.', 'tomorrow'],
    [
      "I'd like to hear from you by Thursday, as I've promised the other editors an answer by Friday.",
      'by Friday',
    ],
    ['I plan to decide this week because my old car MOT expires on 2 April.', 'on 2 April'],
  ])('%j: no due time in the reason', (text, phrase) => {
    expectNone(text, 'deadline', phrase);
  });

  it('the due time before the reason stays', () => {
    expectHas(
      'I need a response by Wednesday, as I have to report back this week.',
      'deadline',
      'by Wednesday',
    );
  });
});

describe('taking the business elsewhere, and the papers', () => {
  it('moving the account or the programme to a named rival is a threat, moving a meeting is not', () => {
    expectHas(
      "If I get one more delivery like this, I'll take the whole group account to Direct Seafoods.",
      'threat',
      'take the whole group account',
    );
    expectNone("We'll move the meeting to Thursday.", 'threat');
  });

  it('complaining at the regulator (non-native "at") is a consequence', () => {
    expectHas(
      'If the money is not back on our account, I will give it back via my bank and I complain at the Bundesnetzagentur.',
      'threat',
      'I complain at the Bundesnetzagentur',
    );
  });

  it('going to the papers under a condition is a threat; a press release is not', () => {
    expectHas("If neither happens, I'm going to the papers.", 'threat', 'going to the papers');
    expectNone("We'll send the press release on Monday.", 'threat');
  });
});

describe('offers under "here\'s what I can do:" with their condition first', () => {
  it('the offer is what follows the condition', () => {
    const text =
      "Here's what I can do:\n- If you sign the three-year renewal before 30 April, I can drop the rate to $18 per seat.\n- Otherwise we keep the list price.";
    const p = expectHas(text, 'commitment', 'I can drop the rate');
    expect(p.text.startsWith('I can drop')).toBe(true);
    expectNone(text, 'commitment', 'If you sign');
    expectHas(text, 'deadline', 'before 30 April');
  });

  it('warnings and what the writer will ignore promise nothing', () => {
    expectNone("Don't imagine we'll just let this go.", 'commitment');
    expectNone("I'll ignore the comments about my office staff.", 'commitment');
  });
});

describe("the writer's own inability is not a refusal", () => {
  it.each([
    'Our tickets are non-refundable, so we will not be able to attend any new date.',
    'In August my visa was refused, so I cannot come.',
    'Please stop the direct debit for this amount, I cannot afford such a big deduction.',
    'The wedding has moved to India and we will not be able to use the venue.',
    "I paid $3,275 for this run and I can't sell these at my launch.",
    'Without the CE mark we can not sell them in the EU.',
    "With the press down we can't ship on time, and I'm sorry for that.",
  ])('%j', (text) => {
    expectNone(text, 'refusal');
  });

  it('declining a price move or a payment still is', () => {
    expectHas('I cannot come down to £7,800.', 'refusal', 'I cannot come down');
    expectHas("I am not paying rent on a floor I can't use.", 'refusal', 'not paying rent');
    expectHas('I cannot sell it for £1,500.', 'refusal', 'I cannot sell it');
  });
});

describe('how to read the message is not a request', () => {
  it.each([
    'Please do not take this as a complaint against staff.',
    "so please don't read this as me having a go.",
    "Don't get me wrong.",
  ])('%j', (text) => {
    expectNone(text, 'demand');
  });

  it('an order not to do something still is', () => {
    expectHas("Don't message me on WhatsApp about this.", 'demand', "Don't message me");
  });
});

describe('sanctions stated as policy', () => {
  it.each([
    ['Any units arriving after 1 December will be refused at the dock.', 'will be refused'],
    [
      'Any further day of delay will be deducted at the contractual rate of EUR 18,500 per day.',
      'will be deducted',
    ],
    [
      "Containers uncollected after 60 days are liable to be sold under the port's by-laws.",
      'liable to be sold',
    ],
    ['This is the last time we trust your agency with anything safety-critical.', 'the last time we trust'],
  ])('%j', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it('what will be answered or refunded, and a request not to repeat, are not', () => {
    expectNone('Any questions will be answered by our team.', 'threat');
    expectNone('Any refund will be credited within 5 days.', 'threat');
    expectNone('Please make sure this is the last time I have to bring it up.', 'threat');
  });
});

describe('more ways of asking', () => {
  it.each([
    ['We further require a written remedial action plan.', 'We further require'],
    ['We humbly request you to reconsider and take the goods.', 'We humbly request you'],
    ['I want to remove both products from the agreement.', 'remove both products'],
    ['We would like to end the lease for the 2nd floor offices early.', 'end the lease'],
  ])('%j', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('"Please let me know if you have any questions" is a sign-off; "please let me know" after an issue asks', () => {
    expectNone('Please let me know if you have any questions.', 'demand');
    expectNone('Please let me know if you would like to discuss.', 'demand');
    expectHas(
      "If there's an issue with the invoice, please let me know and I'll look into it.",
      'demand',
      'please let me know',
    );
  });

  it('"I want to add that …" is a remark', () => {
    expectNone('I want to add that the staff were lovely.', 'demand');
  });
});

describe('the period money is for is not a due time', () => {
  it.each([
    ['I want the £45 for this month credited back.', 'this month'],
    ['I will apply a credit of £340 for this month to your account.', 'this month'],
    ['i want my £38 back for today', 'today'],
  ])('%j', (text, phrase) => {
    expectNone(text, 'deadline', phrase);
  });

  it('a rebooking for a day still is', () => {
    expectHas("If it's not coming today I need it rebooked for this Saturday.", 'deadline', 'this Saturday');
  });
});

describe('"you\'ll have a decision" promises; "you\'ll have a response from our solicitor" threatens', () => {
  it('a decision or an answer the reader will have is a promise, with its due time', () => {
    const text = "I have escalated your case, and you'll have a decision within 48 hours.";
    expectHas(text, 'commitment', "you'll have a decision");
    expectHas(text, 'deadline', 'within 48 hours');
  });

  it('a response from the lawyer under a condition is a threat', () => {
    const text = "If this isn't paid by Friday, you'll have a response from our solicitor.";
    expectHas(text, 'threat', 'response from our solicitor');
    expectNone(text, 'commitment');
  });
});

describe('a request, a preference or an offer that names a sanction is not a threat', () => {
  it('asks, prefers and offers', () => {
    const ask = "I'd ask that you don't leave reviews while we're trying to resolve this.";
    expectNone(ask, 'threat');
    expectHas(ask, 'demand', "I'd ask that you don't leave reviews");
    expectNone("We'd rather negotiate with you than through journalists.", 'threat');
    const offer = "I'm happy to meet with the solicitor so we can agree the division together.";
    expectNone(offer, 'threat');
    expectHas(offer, 'commitment', "I'm happy to meet with the solicitor");
    expectNone("I'm writing about the chargebacks on our March and April remittances.", 'threat');
  });

  it('"I\'d rather not have to …, but I will if I need to" still threatens', () => {
    expectHas(
      "I'd rather not have to raise this with the governors, but I will if I need to.",
      'threat',
      'the governors',
    );
  });
});

describe('a final offer is an offer; a ceiling is what the reader must meet', () => {
  it('"Our final offer is …" and "our best and final offer is …" are promises', () => {
    expectHas('Our final offer is USD 0.30 per pound on all 110 bags.', 'commitment', 'Our final offer');
    expectNone('Our final offer is USD 0.30 per pound on all 110 bags.', 'demand');
    const p = expectHas('Our best and final offer is $42,000.', 'commitment', 'best and final');
    expect(p.text).toBe('Our best and final offer is $42,000');
  });

  it('"Our ceiling is €110" stays a demand', () => {
    expectHas('Our ceiling is €110.', 'demand', 'Our ceiling');
  });
});

describe('"Either X or Y": an ultimatum asks for X; two guesses about the reader ask for nothing', () => {
  it('asks when the other side is what the writer does or wants', () => {
    expectHas(
      'Either Jayden starts on Sunday or I want my money back for this term.',
      'demand',
      'Jayden starts',
    );
    expectHas(
      "Either your team stops headhunting out of our building today, or you're off the PSL.",
      'demand',
      'your team stops headhunting',
    );
    expectHas('Either the deposit is back by Friday or give me the keys.', 'demand', 'the deposit is back');
  });

  it('does not ask when both sides are guesses', () => {
    for (const t of [
      "Either he can't read or he doesn't care. I will not send them again.",
      "Either your team is incompetent or they lied to us, I honestly don't know which.",
      "Either you're clueless or you're liars.",
      "Either none of you can read a quote or you are hoping an old woman won't notice.",
    ])
      expectNone(t, 'demand');
  });
});

describe('why the writer needs something is not a demand; a polite "I would be thankful for" is', () => {
  it('"I need my phone for work" gives a reason', () => {
    for (const t of [
      'I need my phone for work, I am using old phone of my friend now.',
      'I need the car for my taxi work.',
    ])
      expectNone(t, 'demand');
    expectNone('i need it for work so call me back', 'demand', 'need it for work');
  });

  it('a thing to be done, or needed by a time, stays a demand', () => {
    expectHas("If it's not coming today I need it rebooked for this Saturday.", 'demand', 'rebooked');
    expectHas('We need the signed contract for our auditors by Friday.', 'demand', 'signed contract');
    expectHas('I need the figures for the board meeting.', 'demand', 'the figures');
  });

  it('"I would be thankful for an appointment until Friday" asks, by Friday', () => {
    const t = 'I need the phone for my work, so I would be thankful for an appointment until Friday.';
    expectHas(t, 'demand', 'thankful for an appointment');
    expectHas(t, 'deadline', 'until Friday');
    expectNone(t, 'demand', 'for my work');
  });
});

describe('the writer offering when they start names a due time; a start told as background does not', () => {
  it('"We can start on 3rd of March", "I can start the recruiting next week"', () => {
    expectHas(
      'We can start on 3rd of March and the work takes about 10 working days.',
      'deadline',
      '3rd of March',
    );
    expectHas('If you agree, I can start the recruiting of participants next week.', 'deadline', 'next week');
  });

  it('"the shutdown starts on 6 April", "They\'d like you to start on 4 May" are not', () => {
    expectNone('The shutdown starts on 6 April, so plan the visit with us.', 'deadline', '6 April');
    expectNone("They'd like you to start on 4 May.", 'deadline', '4 May');
  });
});

describe('a list intro that names nothing of its own is not a demand; its items are', () => {
  it('"We expect from you:" and "I request you to kindly:" introduce the demands below them', () => {
    for (const intro of [
      'We expect from you:',
      'I request you to kindly:',
      'To move it forward we need three more things from you:',
    ]) {
      const t = `The problem is not new.\n\n${intro}\n1. a fixed date for the gearbox exchange\n2. a written root cause analysis\n\nRegards`;
      expectNone(t, 'demand', intro.slice(0, -1));
      expectHas(t, 'demand', 'a fixed date for the gearbox exchange');
      expectHas(t, 'demand', 'a written root cause analysis');
    }
  });

  it('an intro with its own object or due time stays a demand', () => {
    const t =
      'Please send us the following, as PDF files, by April 10, 2026:\n1. the invoice\n2. the receipt';
    expectHas(t, 'demand', 'Please send us the following');
  });
});

describe('"You\'re not getting £600 back" refuses', () => {
  it('money, a refund or a date the reader will not be given', () => {
    expectHas("You're not getting £239 back, and that's final.", 'refusal', 'not getting £239 back');
    expectHas(
      "You won't get a date for the refactor until your team freezes the spec.",
      'refusal',
      "won't get a date",
    );
    expectHas("You're not getting a refund for the second week.", 'refusal', 'not getting a refund');
  });

  it('not a forecast of what the reader receives', () => {
    expectNone("You're not getting the updates because your email bounced.", 'refusal');
  });
});

describe('charging the reader for the damage is a threat', () => {
  it('"I\'m billing the standby", "we\'ll have to recharge the excess against your royalties"', () => {
    expectHas(
      "So here it is. I'm billing the standby: 24 hours at $118/hr.",
      'threat',
      'billing the standby',
    );
    expectHas(
      "As things stand we'll have to recharge the £1,540 excess against your royalties.",
      'threat',
      'recharge the £1,540 excess',
    );
  });

  it('ordinary invoicing is not', () => {
    expectNone("We'll invoice you for the deposit next week.", 'threat');
    expectNone("I'll send you the invoice for March with the report.", 'threat');
  });
});

describe('asking for the matter to be passed to or reviewed by a manager is an escalation', () => {
  it('"my complaint is passed to the housing manager" (the noun "complaint" is not the verb)', () => {
    const t = 'I also ask that my complaint is passed to the housing manager, because nobody answers.';
    expectHas(t, 'escalation', 'passed to the housing manager');
    expectNone(t, 'demand');
  });

  it('"the extra £294.50 reviewed by the practice manager"; not an approval that happened', () => {
    expectHas(
      "I'd also like the extra £294.50 reviewed by the practice manager.",
      'escalation',
      'practice manager',
    );
    expectNone('The timesheet was approved by the client manager on 23 February.', 'escalation');
    expectNone('The work was reviewed by the site manager last week.', 'escalation');
  });

  it('a complaint filed with a regulator stays a threat, not an escalation', () => {
    const t = "If I don't hear back by Friday I'm filing a complaint with the state veterinary board.";
    expectHas(t, 'threat', 'filing a complaint');
    expectNone(t, 'escalation');
  });
});

describe('a period a rule sets, quoted as background, is not a deadline', () => {
  it('"as per the contract … within 14 days", "according to law … within 30 days", "under our terms"', () => {
    for (const [t, d] of [
      ['As per the contract the balance is then due within 14 days.', 'within 14 days'],
      ['According to law, you must protect the deposit within 30 days.', 'within 30 days'],
      [
        'Under our terms, bookings cancelled more than four weeks before the start are refunded.',
        'four weeks',
      ],
      ['Under the agreement you have 15 business days to resubmit.', '15 business days'],
    ])
      expectNone(t, 'deadline', d);
  });

  it('the writer asking with the rule behind it keeps the deadline', () => {
    expectHas('Under this contract I want the £4,500 back within 14 days.', 'deadline', 'within 14 days');
    expectHas('As per our contract, please pay the balance by 31 March.', 'deadline', 'by 31 March');
  });
});

describe('the time of something that happened is not a deadline', () => {
  it('"… on Monday and by Wednesday night water was coming through the ceiling"', () => {
    expectNone(
      'Your plumber fitted our new kitchen tap on Monday and by Wednesday night water was coming through the ceiling.',
      'deadline',
    );
    expectHas('Please confirm the order, and by Friday we need the deposit.', 'deadline', 'by Friday');
  });
});

describe('supply stopped, a relationship ended, business taken elsewhere: threats in other words', () => {
  it('"No more parts leave this shop for you until it\'s paid", "no further kits are to be booked"', () => {
    expectHas(
      "No more parts leave this shop for you until it's paid in full. Pay it this week.",
      'threat',
      'No more parts',
    );
    expectHas(
      'Until I have it, no further Medora kits are to be booked for elective lists.',
      'threat',
      'no further Medora',
    );
    expectNone('No further questions will be answered.', 'threat');
    expectNone('As of now, no more slots get booked without a 50% deposit up front.', 'threat');
  });

  it('"or we\'re finished", "your contract is finished, full stop"', () => {
    expectHas("Pay the invoice or we're finished.", 'threat', "we're finished");
    expectHas(
      'If Saturday happens again, your contract is finished, full stop.',
      'threat',
      'contract is finished',
    );
    expectNone("I'm finished with the report, attached.", 'threat');
  });

  it('"I\'ll find a lab that can actually do the job" after a demand', () => {
    expectHas(
      "Send back all my open cases' models by Friday. I'll find a lab that can actually do the job.",
      'threat',
      'find a lab',
    );
  });
});

describe('payment terms the writer allows promise; a price limit refuses', () => {
  it('"you can pay in 3 parts", "you can pay half now and half next week"', () => {
    expectHas(
      'If you prefer, you can pay in two parts, no problem for me.',
      'commitment',
      'pay in two parts',
    );
    const t = 'If it is easier, you can pay half now and half next week, that is no problem for me.';
    expectHas(t, 'commitment', 'pay half now');
    expectHas(t, 'deadline', 'next week');
  });

  it('telling the reader how or what to pay is not an offer', () => {
    expectNone('You can pay online or by phone.', 'commitment');
    expectNone('You can pay the £180 release fee yourself.', 'commitment');
  });

  it('"I couldn\'t go above £1,250"', () => {
    expectHas("I'm afraid I couldn't go above £1,250.", 'refusal', "couldn't go above");
  });
});

describe('"For this we need …" asks; "Empty the bin" orders', () => {
  it('a fronted "for this" does not hide the request', () => {
    const t = 'The surcharge would be EUR 22 per tonne. For this we need your confirmation latest 20 March.';
    expectHas(t, 'demand', 'we need your confirmation');
    expectHas(t, 'deadline', 'latest 20 March');
  });

  it('"Empty the bin this week or …"; "the tank is empty" is a fact', () => {
    expectHas(
      "It is pathetic. Empty the bin this week or I'm withholding my next payment.",
      'demand',
      'Empty the bin',
    );
    expectNone('The tank is empty again.', 'demand');
  });
});

describe('"… so please answer before Saturday": the polite order after a reason is its own demand', () => {
  it('splits before "so please" + verb', () => {
    const t = 'We are leaving on Sunday so please answer before Saturday.';
    expectHas(t, 'demand', 'please answer');
    expectHas(t, 'deadline', 'before Saturday');
    const u = 'We need the refund so please send it.';
    expect(of(u, 'demand').map((p) => p.text)).toEqual(['We need the refund', 'please send it']);
  });
});

describe('a bare first verb joined by "and" is one request', () => {
  it.each([
    [
      'If you would like to accept, please sign and return the attached contract summary.',
      'please sign and return the attached contract summary',
    ],
    [
      'Kindly review and revert with your approval by 12 March.',
      'Kindly review and revert with your approval',
    ],
    ['Please check carefully and cancel this invoice.', 'Please check carefully and cancel this invoice'],
    ["Come back and finish it or don't bother invoicing me again.", 'Come back and finish it'],
  ])('%s', (text, phrase) => {
    const demands = of(text, 'demand');
    expect(demands).toHaveLength(1);
    expect(text.slice(demands[0]!.start, demands[0]!.end)).toContain(phrase);
  });

  it('leaves an order after "until then" alone', () => {
    expectHas(
      "When it works, I'll think about paying. Until then, stop emailing me reminders.",
      'demand',
      'stop emailing me reminders',
    );
  });

  it('still splits two acts that each name what they want', () => {
    const text = 'Please remove the charge and send me a corrected statement.';
    expect(of(text, 'demand')).toHaveLength(2);
  });
});

describe('a wish put as a help to the writer', () => {
  it.each([
    [
      'Going forward, it would really help if records came in when we ask for them.',
      'it would really help if records came in',
    ],
    [
      'Because I do not drive any more, it would be very helpful if the appointment could be on a Tuesday.',
      'it would be very helpful if the appointment',
    ],
    [
      "Going forward it'd be really useful to have a date we can rely on.",
      "it'd be really useful to have a date",
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('is not an offer of help, nor help the writer gives', () => {
    expectNone('If it would help to spread the cost, we could invoice half now and half later.', 'demand');
    expectNone('It would be great to see you at the show.', 'demand');
  });
});

describe('how the writer would rather be told', () => {
  it.each([
    [
      "If there's a problem with the invoice, I'd rather hear about it now than keep chasing.",
      "I'd rather hear about it now",
    ],
    [
      'If the client really cut the budget, I prefer you tell me directly and we can talk.',
      'I prefer you tell me directly',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('is not a preference for the reader over others', () => {
    expectNone(
      'Another company offered 1.400 euros, but we prefer you because our neighbours recommended you.',
      'demand',
    );
  });
});

describe('what the writer claims as owed to them', () => {
  it.each([
    [
      'The offer was withdrawn, so according to your own policy I should get the tuition deposit back.',
      'I should get the tuition deposit back',
    ],
    [
      'We have videos with the time. We think is fair you return £800 for the time you did not play.',
      'fair you return £800',
    ],
    [
      'not being funny but i think we should get something off rent for this',
      'we should get something off rent',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('is not a condition or a remark about the reader', () => {
    expectNone('If I should get a refund, please tell me how.', 'demand', 'should get');
    expectNone("It's only fair you know where we stand.", 'demand');
  });
});

describe('a request softened by "perhaps"', () => {
  it.each([
    [
      'They have offered Tuesday 21st or Thursday 23rd; perhaps you could let me know which would suit you better?',
      'perhaps you could let me know',
    ],
    [
      "If that's too much to ask, perhaps you could refund the whole £55 and I'll take it to the tip myself.",
      'perhaps you could refund the whole £55',
    ],
    ['Perhaps you could let me know what you think when convenient.', 'Perhaps you could let me know'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('is not a guess about the reader', () => {
    expectNone('Perhaps you could be right about the dates.', 'demand');
    expectNone('Maybe you might think this is petty.', 'demand');
  });
});

describe('waiting for the reply by a time', () => {
  it.each([
    [
      'I want the money of the 11 lessons back. I wait for your answer until Friday, because I have my test in June.',
      'I wait for your answer',
    ],
    [
      'I am waiting your answer by tomorrow evening, because I must decide before the weekend.',
      'I am waiting your answer',
    ],
    ['I wait your return until next Tuesday, please.', 'I wait your return'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('is a sign-off when no time is given', () => {
    expectNone('Hope you understand our situation. Waiting your reply.', 'demand');
  });
});

describe('an aside between the asking verb and what is asked', () => {
  it('still asks', () => {
    const text = 'I must insist, however, that the limousine is removed from the account.';
    expectHas(text, 'demand', 'the limousine is removed');
  });
});

describe('advice to the reader', () => {
  it.each([
    [
      "We will not be paying this fee and I'd suggest you stop sending us candidates altogether.",
      "I'd suggest you stop sending us candidates",
    ],
    [
      "I'd gently suggest checking with her before we go any further.",
      "I'd gently suggest checking with her",
    ],
    [
      'We would also recommend enabling pre-bid filtering on the affected placements.',
      'We would also recommend enabling',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('is not a proposal of what both sides do', () => {
    expectNone("I'd suggest we meet on Monday morning to work through the numbers.", 'demand');
  });
});

describe('a court that is a place', () => {
  it('is no threat', () => {
    expectNone(
      'Dear Accommodation Office, I am Wang Jing, room 4.12 in Castle Court, I moved out on 30 June.',
      'threat',
    );
  });

  it.each([
    ["If you don't pay by Friday I'll see you in court.", 'see you in court'],
    ['If not paid, I will take you to the county court.', 'take you to the county court'],
    ['Pay by Monday or I file at the small claims court.', 'I file at the small claims court'],
  ])('while the court still is: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });
});

describe('a state after a condition is no act', () => {
  it.each([
    'If the Council is not minded to do so, I would ask that you hold the rate open, as I am on a fixed pension.',
    'If not, I am on holiday next week.',
    "If you don't, I'll cut the branches myself, which I'm legally entitled to do.",
  ])('%s', (text) => {
    expectNone(text, 'threat', 'I am on');
    expectNone(text, 'threat', 'entitled');
  });

  it.each([
    ["If not paid by Friday, I'm cancelling the order.", "I'm cancelling the order"],
    [
      "If we have not heard from you by then, I'm afraid Kemi's place will be released.",
      "Kemi's place will be released",
    ],
  ])('while an act still is: %s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });
});

describe('a dispute made now', () => {
  it.each([
    "I'm disputing the following items: the scuff to the rear bumper, £310.",
    "I'm not disputing that he needed the treatment. I am disputing being billed nearly double without a single phone call.",
  ])('is no threat: %s', (text) => {
    expectNone(text, 'threat');
  });

  it('is one when held over the reader', () => {
    expectHas(
      "If I don't hear back by the weekend I'm disputing the card payment.",
      'threat',
      "I'm disputing the card payment",
    );
  });
});

describe('a higher level asked for without a name', () => {
  it.each([
    [
      "I'm done talking to the bottom rung. I want this passed to someone in senior management today.",
      'I want this passed to someone in senior management',
    ],
    [
      'I should be obliged if this matter were now referred to someone with the authority to resolve it.',
      'referred to someone with the authority',
    ],
    [
      "If I don't have a response from someone with actual authority by tomorrow morning I'm going to the ombudsman.",
      'a response from someone with actual authority',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
  });

  it('is not help passed on to a colleague', () => {
    expectNone("I've passed your note to someone in our accounts team.", 'escalation');
  });
});

describe('a senior or managing partner is an authority', () => {
  it.each([
    [
      "I'm copying Richard Bates, your managing partner, because frankly I'm past dealing with the project team.",
      'copying Richard Bates, your managing partner',
    ],
    [
      'I have forwarded your email to Mrs Adair, the senior partner, as you asked.',
      'forwarded your email to Mrs Adair, the senior partner',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
  });

  it('someone at a senior level, or with the authority to decide, is asked for', () => {
    expectHas(
      'Please have my complaint passed to someone at a senior level, as the branch has not replied.',
      'escalation',
      'passed to someone at a senior level',
    );
    expectHas(
      'Could someone with the authority to actually agree a refund ring me this week?',
      'escalation',
      'Could someone with the authority to actually agree a refund ring me',
    );
    expectNone('Could someone at the depot check the pallet count?', 'escalation');
  });

  it('a business partner is not', () => {
    expectNone("I'm copying Richard, my business partner, so he has the figures.", 'escalation');
  });
});

describe("the writer's act refused after the reader's failure is a threat", () => {
  it.each([
    [
      "Please settle the invoice by Friday. If we haven't received it by then, we won't deliver the May order.",
      "we won't deliver the May order",
    ],
    [
      'Sign the variation today, otherwise we are not returning to site next week.',
      'we are not returning to site next week',
    ],
    ["If the cheque isn't here by Monday, I'm not handing over the keys.", "I'm not handing over the keys"],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
    expectNone(text, 'refusal');
  });

  it('stays a refusal with no condition before it', () => {
    const text = 'We cannot release the cargo before the payment is received.';
    expectHas(text, 'refusal', 'We cannot release the cargo');
    expectNone(text, 'threat');
  });

  it('is no threat when what follows is a state, not an act', () => {
    expectNone("If you can't make Tuesday, I'm not sure what else I can offer.", 'threat');
    expectNone("If it doesn't suit you, we don't need to meet.", 'threat');
  });
});

describe('"again" after the reader being ready is no repeated misconduct', () => {
  it('is a promise', () => {
    const text = "When you're ready to train again, just let us know and we'll reactivate your membership.";
    expectHas(text, 'commitment', "we'll reactivate your membership");
    expectNone(text, 'threat');
  });

  it('misconduct repeated still makes a threat', () => {
    expectHas(
      "If you're late again, we'll charge the full session.",
      'threat',
      "we'll charge the full session",
    );
  });
});

describe('a dispute withdrawn is a promise; small claims is a threat', () => {
  it('reads both', () => {
    const text = "Pay back the £120 and I'll withdraw the chargeback. Otherwise see you in small claims.";
    expectHas(text, 'commitment', "I'll withdraw the chargeback");
    expectHas(text, 'threat', 'see you in small claims');
    expect(of(text, 'threat')).toHaveLength(1);
  });

  it('withdrawing a service after a failure stays a threat', () => {
    expectHas(
      "If it isn't paid by Friday, we will withdraw the night cover.",
      'threat',
      'we will withdraw the night cover',
    );
  });
});

describe('a sanction in the plain present after a fuller failed condition', () => {
  it('is a threat', () => {
    expectHas(
      'If the refund is not made this week, I open a dispute with my bank.',
      'threat',
      'I open a dispute with my bank',
    );
  });

  it('a plain step that names no sanction is not', () => {
    expectNone("If the parcel doesn't come today, I call you tomorrow.", 'threat');
  });
});

describe('the writer moving on price is an offer', () => {
  it.each([
    [
      'We cannot do EUR 90,000. We can go to EUR 75,000 for two seasons.',
      'We can go to EUR 75,000 for two seasons',
    ],
    [
      "We'd be comfortable going up to around £1,800 all in.",
      "We'd be comfortable going up to around £1,800 all in",
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });

  it('a move to something that is not money is not', () => {
    expectNone('Prices may go up to $500 next year.', 'commitment');
  });
});

describe('accusing questions ask for nothing', () => {
  it.each([
    'Did you honestly think the client would not notice?',
    'Did your surveyor actually measure the north wall?',
    'Honestly, do you check these invoices at all or do you just post whatever the system prints?',
    'Have you honestly got nothing better to do?',
    'Who the bloody hell approved this layout?',
    'Who exactly signed off the £12,000 "refresh"?',
    'How is that even possible?',
    "Did anyone actually read my brief, or did you just copy last year's deck?",
    'are u even a real cleaner or do u just send invoices??',
  ])('%s', (text) => {
    expectNone(text, 'demand');
  });

  it('a real question or request is still asked', () => {
    expectHas('Could you tell me when the payment will actually be made?', 'demand', 'Could you tell me');
    expectHas('Can you confirm whether the hall is actually free on the 12th?', 'demand', 'Can you confirm');
  });
});

describe('after a failed condition, what is taken away or held back is a threat', () => {
  it.each([
    [
      'We need the payment by 20 March. If not, we will remove your logo from the shirts.',
      'we will remove your logo from the shirts',
    ],
    [
      'Send the corrected invoice by Friday, otherwise I will pay only the amount I think is correct.',
      'I will pay only the amount I think is correct',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
    expectNone(text, 'commitment');
  });

  it('a charge lifted is still a favour', () => {
    expectHas('If you pay by Friday we will waive the late fee.', 'commitment', 'we will waive the late fee');
    expectNone("If you don't pay by Friday, we will remove the late fee anyway.", 'threat');
  });
});

describe('a schedule date naming which payment is meant is no deadline', () => {
  it.each([
    'Please confirm that the first instalment due on 1 April will be adjusted.',
    "We're not paying the £6,000 retainer instalment due this month.",
    'I would also ask that the direct debit due on the 15th is not taken until this is resolved.',
  ])('%s', (text) => {
    expectNone(text, 'deadline');
  });

  it('a payment said to be due on a date still is one', () => {
    expectHas('Your next instalment of £450 is due on 15 December.', 'deadline', 'due on 15 December');
  });
});

describe('"let me" promises only a step taken for the reader', () => {
  it('checking, chasing or sorting it out is a promise', () => {
    expectHas(
      'Let me chase the courier and come back to you today.',
      'commitment',
      'Let me chase the courier and come back to you',
    );
  });

  it.each([
    "I'm not going to argue by email. Let me set out where we are.",
    'Please keep my price at £28 as promised, or let me leave the contract without a fee.',
  ])('%s', (text) => {
    expectNone(text, 'commitment');
  });
});

describe('"I\'m done asking" is frustration, "or we\'re done" a threat', () => {
  it('reads both', () => {
    expectNone('Fix the gate today. I am done asking nicely.', 'threat');
    expectNone("Send the report. I'm done waiting for excuses.", 'threat');
    expectHas("Fix it today or we're done.", 'threat', "or we're done");
  });
});

describe('a meeting asked for by a time has that time as its deadline', () => {
  it.each([
    ['Please arrange a meeting with the surveyor this week to close this matter.', 'this week'],
    ['I want a phone call today from someone who knows where my order is.', 'today'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'deadline', phrase);
  });

  it('a meeting proposed for a date is not one', () => {
    expectNone('I request a meeting with you and Ms. Clarke next week if possible.', 'deadline');
    expectNone('Could we meet on Tuesday to go through the figures?', 'deadline');
  });
});

describe('what the writer does once the time given runs out is a threat', () => {
  it.each([
    [
      "Let us know by the end of next week if you want it. After that we'll release the design to the wall.",
      "we'll release the design to the wall",
    ],
    [
      'I can hold the room until Friday; after that I will have to give it to the next enquiry.',
      'I will have to give it to the next enquiry',
    ],
    [
      'We need your answer by Friday 6pm. After that the board will move on to other targets.',
      'the board will move on to other targets',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it('a next step that informs, helps or follows no time limit is not one', () => {
    expectNone(
      'Please sign the form by Friday. After that we will send you the countersigned copy.',
      'threat',
    );
    expectNone("Please confirm by Monday. After that I'll call you to book the engineer.", 'threat');
    expectNone("We deliver the sofa on Monday. After that we'll fit the cushions.", 'threat');
  });
});

describe("a call or meeting with the reader's superior is an escalation wherever it is asked for", () => {
  it.each([
    [
      'I want a full root cause report, the logs, and a call with your COO by Friday.',
      'a call with your COO',
    ],
    [
      'Next step: a meeting with the regional director, not another account manager.',
      'a meeting with the regional director',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
    expectNone(text.replace(/^.*?(?=a (?:call|meeting))/, ''), 'demand');
  });

  it("a call that already happened, or with the writer's own side, is not one", () => {
    expectNone('We had a call with your operations director in May and nothing changed.', 'escalation');
    expectNone('I can set up a call with our director if that helps.', 'escalation');
  });
});

describe('a charge the writer forgoes is a concession, not a refusal', () => {
  it.each([
    ['For this collection we do not charge the callout fee of £65.', 'we do not charge the callout fee'],
    ["We don't charge for the lost days, of course.", "We don't charge for the lost days"],
  ])('%s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
    expectNone(text, 'refusal');
  });

  it('also after a short opening', () => {
    expectNone('Please give us 24 hours notice next time. This time we will not charge the fee.', 'refusal');
  });

  it('refusing to pay a charge is still a refusal', () => {
    expectHas("We don't pay the callout fee: nobody came.", 'refusal', "We don't pay the callout fee");
  });
});

describe('what the writer holds back in the conversation is no refusal', () => {
  it.each([
    "I'm not going to make excuses. The order left late and that's on us.",
    "I'm not going to speculate about that in writing until the survey is back.",
    "I won't ask for the deposit until the full draft is with you.",
    "We won't have time for legal review before the launch.",
  ])('%s', (text) => {
    expectNone(text, 'refusal');
  });

  it('declining what was asked still is one', () => {
    expectHas(
      "I'm not going to pay for a second visit.",
      'refusal',
      "I'm not going to pay for a second visit",
    );
    expectHas(
      'We will not ask our crane driver to lift above the limit.',
      'refusal',
      'We will not ask our crane driver to lift above the limit',
    );
  });
});

describe('"still waiting for" is the complaint, not the ask', () => {
  it.each([
    "I'm still waiting for a breakdown of the £78 production fee.",
    'We are still awaiting the signed documents from your end.',
  ])('%s', (text) => {
    expectNone(text, 'demand');
  });

  it('the ask that follows it is a demand', () => {
    expectHas("I'm still waiting for the breakdown. Please send it by Friday.", 'demand', 'Please send it');
    expectHas('I am waiting your reply today.', 'demand', 'I am waiting your reply');
  });
});

describe('a schedule date given as the reason for an earlier time is not the deadline', () => {
  it.each([
    ['Renewal is due on 3 April, so I will need an answer by 1 April.', 'by 1 April', 'on 3 April'],
    [
      'The annuity is due on 18 April. To pay on time we need your instruction latest by 4 April.',
      'latest by 4 April',
      'on 18 April',
    ],
  ])('%s', (text, deadline, notDeadline) => {
    const found = of(text, 'deadline').map((p) => p.text);
    expect(found.some((t) => t.includes(deadline))).toBe(true);
    expect(found.some((t) => t.includes(notDeadline))).toBe(false);
  });

  it('two due times side by side are both deadlines', () => {
    const found = of(
      'The first draft is due on 27 June, and the print-ready files are due by 11 July.',
      'deadline',
    ).map((p) => p.text);
    expect(found.some((t) => t.includes('27 June'))).toBe(true);
    expect(found.some((t) => t.includes('11 July'))).toBe(true);
  });
});

describe('the clock time of a promised visit is its deadline', () => {
  it.each([
    ['Our engineer will be on site at 7:30 tomorrow to fit the board.', '7:30 tomorrow'],
    ['The replacement parts will be delivered at 9am Monday, as agreed.', '9am Monday'],
  ])('%s', (text, phrase) => {
    expect(of(text, 'deadline').some((p) => p.text.includes(phrase))).toBe(true);
  });

  it('a clock time asked about, or with no day, is not one', () => {
    expectNone('Could we meet at 3pm in your office?', 'deadline');
    expectNone("I'll be at the depot at 7:30 if you want to talk.", 'deadline');
  });
});

describe('a bare weekday closing a promise before the next clause', () => {
  it('is its deadline', () => {
    expectHas(
      "We'll ship the corrected units Monday and I'll email the tracking number once it's out.",
      'deadline',
      'Monday',
    );
  });

  it('a weekday naming something is not', () => {
    expectNone('We spoke Monday and you said it would ship.', 'deadline');
  });
});

describe('a request put as a hope is a demand', () => {
  it.each([
    ['We hope you can waive this fee, since we are loyal customers.', 'We hope you can waive this fee'],
    ['I hope to have news from you this week.', 'I hope to have news from you'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('a polite hope about the reader is not', () => {
    expectNone('I hope you will forgive me for writing rather than calling.', 'demand');
    expectNone('I hope you are well.', 'demand');
    expectNone('We hope you enjoyed the stay.', 'demand');
  });
});

describe("copying in the reader's superior, titled after the name or by a copy sent", () => {
  it.each([
    "I'm copying in Helen Strand (Commercial Director) on this email.",
    "I've cc'd Mark Evans, Head of Property, so he can see how this was handled.",
    'I am sending a copy of this email to your CEO.',
  ])('%s', (text) => {
    expect(of(text, 'escalation')).toHaveLength(1);
    expectNone(text, 'commitment');
  });

  it('copying in someone without a senior title is not', () => {
    expectNone("I'm copying in Laura Diaz (our intern) so she has the file.", 'escalation');
  });
});

describe("the reader's superior asked for after a condition, as a call, or as a review", () => {
  it.each([
    [
      "If you want to dispute that, have your CEO call me directly, because I'm done with account managers.",
      'have your CEO call me directly',
    ],
    ['And the manager can ring me, not the teenager on the desk.', 'the manager can ring me'],
    [
      'Please review again by a senior claims handler and give me a written explanation.',
      'senior claims handler',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
    expectNone(text, 'demand', phrase);
  });

  it("the writer's own manager offering a call, or the reader's wish before a welcome, is not", () => {
    expectNone('The manager can call you tomorrow to arrange access.', 'escalation');
    expectNone('If you wish to challenge this, you are welcome to send additional evidence.', 'commitment');
  });
});

describe('"can\'t keep" doing something the reader expects is a refusal', () => {
  it.each([
    "We can't keep guarding the Eastfield site on 90-day payment terms.",
    "I can't keep moving the release date around an album that doesn't exist yet.",
    'We cannot keep the original installation date of 20 April for level 3.',
    'I can not keep the clock in my small workshop for longer time.',
  ])('%s', (text) => {
    expect(of(text, 'refusal')).toHaveLength(1);
  });

  it('keeping up, keeping track, chasing or asking again is not', () => {
    for (const text of [
      "I can't keep up with all the changes to the brief.",
      "I can't keep track of which invoice is which.",
      "I can't keep chasing you for this.",
      "I'm not going to keep asking nicely.",
      'I cant keep living like this.',
    ])
      expectNone(text, 'refusal');
  });
});

describe('a time in the condition after a threat is when the reader must act', () => {
  it.each([
    [
      "We'll be filing a complaint with the Department of Insurance if I don't hear something real from you by Monday.",
      'by Monday',
    ],
    ['I will cancel the whole order unless the invoice is corrected by Friday.', 'by Friday'],
    ["If it can't be settled before the 15th, I will cancel the booking.", 'before the 15th'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'deadline', phrase, '2026-03-02');
    expect(of(text, 'threat')).toHaveLength(1);
  });

  it('the time of the consequence itself is not', () => {
    expectNone("I'll cancel the order on Friday if you don't reply.", 'deadline');
    expectNone("If you don't reply, we will cancel the order on Friday.", 'deadline');
  });
});

describe('"we\'d ask for the following:" introduces the demands in the list under it', () => {
  it('the items are the demands, the intro is not', () => {
    const text =
      "To move forward, we'd ask for the following:\n- payment of Milestone 4 by 20 March;\n- written confirmation of the date the site will be ready;\n- agreement, in principle, to the standing-time claim.";
    expectHas(text, 'demand', 'payment of Milestone 4');
    expectHas(text, 'demand', 'written confirmation of the date');
    expectHas(text, 'demand', 'agreement, in principle');
    expectNone(text, 'demand', "we'd ask for the following");
  });
});

describe('more imperative verbs open a demand', () => {
  it.each([
    ['Run an off-cycle payroll for everyone affected today.', 'Run an off-cycle payroll'],
    [
      'Please share the status by EOD today, and deploy additional resources for the pending cases.',
      'deploy additional resources',
    ],
    ['Assign a second engineer to the site from Monday.', 'Assign a second engineer'],
    ['Either fix the roof properly or cover the cost of my own roofer.', 'cover the cost of my own roofer'],
    ['Please clean the kitchen tonight before the new tenants arrive.', 'clean the kitchen'],
    ['Kindly treat this as top priority.', 'treat this as top priority'],
    ['Reconcile the account and itemise the invoice by Friday.', 'Reconcile the account'],
    ['Upgrade us to the 1 Gbps line at the same price.', 'Upgrade us to the 1 Gbps line'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });
});

describe('the matter taken to an outside body is a threat', () => {
  it.each([
    ["If I have to, I'll take this to the Society of Authors.", "I'll take this to the Society of Authors"],
    [
      'If the office cannot solve this, I will raise it with the tenancy deposit scheme.',
      'I will raise it with the tenancy deposit scheme',
    ],
    ["If it isn't paid by the end of March we'll be referring the matter to adjudication.", 'adjudication'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
    expectNone(text, 'commitment');
  });

  it("taking it to the writer's own people, or to a place, is not", () => {
    expectNone("I'll raise it with the team and come back to you by Friday.", 'threat');
    expectNone("Refund the £55 and I'll take it to the tip myself.", 'threat');
  });
});

describe("the writer's crew kept away until the reader pays is a threat", () => {
  it.each([
    "My lads won't be back on site until it's paid.",
    "We won't be back on site until the stage payment is received.",
    "Our fitters won't return until the invoice is paid.",
  ])('%s', (text) => {
    expect(of(text, 'threat')).toHaveLength(1);
    expectNone(text, 'refusal');
  });
});

describe('"not up for discussion" closes the point like "non-negotiable"', () => {
  it.each([
    ["The price is €3,750 and it's not up for discussion.", "it's not up for discussion"],
    ["That's not up for debate.", "That's not up for debate"],
    ["The rate's non-negotiable.", "rate's non-negotiable"],
  ])('%s', (text, phrase) => {
    const [r] = of(text, 'refusal');
    expect(r?.text).toBe(phrase);
  });
});

describe('a purpose before "I\'d need" leaves the need as the ask', () => {
  it.each([
    ["To hold the date I'd need a £150 deposit.", "I'd need a £150 deposit"],
    ['To secure the date we would need a £100 deposit by Friday.', 'we would need a £100 deposit'],
  ])('%s', (text, phrase) => {
    const [d] = of(text, 'demand');
    expect(d?.text).toBe(phrase);
  });

  it('a purpose with no need after it asks nothing', () => {
    expectNone('To hold the date we kept Saturday free.', 'demand');
  });
});

describe("asking for the reader's superior's number is an escalation", () => {
  it.each([
    ["SEND ME YOUR OPERATIONS DIRECTOR'S NUMBER", "YOUR OPERATIONS DIRECTOR'S NUMBER"],
    ["I want your MD's email address by tonight.", "your MD's email address"],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
    expectNone(text, 'demand', phrase);
  });

  it("someone else's title in passing is not", () => {
    expectNone("You shipped 200 brochures with a typo in the CEO's name.", 'escalation');
    expectNone("Our director's number is on the website.", 'escalation');
  });
});

describe('a meeting or appointment asked of the reader by a time has that deadline', () => {
  it.each([
    [
      'I want a meeting with the club chairman this week, and I want the unused squad fees refunded.',
      'this week',
    ],
    ['Can you give me an appointment this week?', 'this week'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'deadline', phrase, '2026-03-02');
  });

  it('a meeting the writer proposes is not', () => {
    expectNone('Could we meet on Tuesday?', 'deadline');
  });
});

describe('"X needs to be <done>" asks for it with more verbs', () => {
  it.each([
    ['Your insurer needs to be notified today as well.', 'Your insurer needs to be notified'],
    ['The variation has to be signed before we start.', 'The variation has to be signed'],
    ['The snag list must be completed by Friday.', 'The snag list must be completed'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });
});

describe('"however", "moreover" … before "kindly" / "please" still lead into an order', () => {
  it.each([
    [
      'However kindly share the revised proposal before our committee meets.',
      'kindly share the revised proposal',
    ],
    ['Moreover please send the signed copy.', 'please send the signed copy'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });
});

describe('the alternative offered to an ask, in words of its own, is a threat', () => {
  it.each([
    [
      'Send the lab report by Monday. Otherwise we must start qualification of a second supplier.',
      'we must start qualification of a second supplier',
    ],
    ['Fix the boiler this week, or the photos go to the council.', 'the photos go to the council'],
    [
      'Please return the deposit by Friday, or it’s coming out of your next invoice.',
      'coming out of your next invoice',
    ],
    ['pay me the difference by tmrw or im done bringing u anything', 'im done bringing u anything'],
    ['pay it by friday or its going to small claims', 'its going to small claims'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
  });

  it.each([
    // the writer's own loss
    ['Please confirm the order by Tuesday, otherwise we lose the slot in production.'],
    // another way the writer offers
    ["Please send the form by Friday, or I can pick it up on Monday if that's easier."],
    ['Send me the invoice or we can settle in cash.'],
    ['Please let me know, or we could talk it over on the phone.'],
    // a requirement, and another thing the writer would accept
    ['Please pay by bank transfer, or it must be from a bank in Dubai.'],
    ['Please replace the unit, or the full refund of the £240.'],
  ])('%s', (text) => {
    expectNone(text, 'threat');
  });
});

describe('"I don\'t want vouchers": a remedy declined, also without an article', () => {
  it.each([
    ["I don't want vouchers.", "I don't want vouchers"],
    ['We do not want store credit, we want our money back.', 'We do not want store credit'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it('no trouble wanted is no refusal', () => {
    expectNone("I don't want trouble, I just want the tap fixed.", 'refusal');
  });
});

describe('"I am of course happy for you to …", "I am quite happy to …" offer', () => {
  it.each([
    ['I am of course happy for you to use it the rest of the week.', 'happy for you to use it'],
    ['I am quite happy to sign whatever paperwork is required.', 'happy to sign whatever paperwork'],
    ['Happy for you to pay both together next time.', 'Happy for you to pay both together'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });
});

describe('a meeting asked with the reader and their manager is an escalation', () => {
  it('names the manager after "you and"', () => {
    expectHas(
      'We ask for a meeting with you and your category manager before we plan the volumes.',
      'escalation',
      'meeting with you and your category manager',
    );
  });

  it('"week 2 of the project" is no due time', () => {
    expectNone('Please note we are now in week 2 of the project.', 'deadline');
  });
});

describe('"we can <verb>" offers with more service verbs', () => {
  it.each([
    ['We can refurbish it in-house for £3,450.', 'We can refurbish it in-house'],
    ['We can install the other levels as planned.', 'We can install the other levels'],
    ['We can apply for it on your behalf.', 'We can apply for it on your behalf'],
    ['I can turn the change request around the same day.', 'I can turn the change request around'],
    ['We can print the banners on the heavier stock at no extra cost.', 'We can print the banners'],
    ['We can adjust the delivery schedule to suit you.', 'We can adjust the delivery schedule'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
  });
});

describe('words the writer quotes from someone else are no position of theirs', () => {
  it.each([
    ["I don't want a credit, I don't want 'we'll make it up next time', I want my money back.", 'commitment'],
    ["Not a draft, not a 'we'll sort the paperwork later'. Nothing.", 'commitment'],
    ['Your project manager keeps saying "tomorrow".', 'deadline'],
    ['Your agent told me "it\'s a rustic property, what did you expect?"', 'demand'],
  ] as const)('%s', (text, kind) => {
    expectNone(text, kind);
  });

  it("the writer's own words around a quote still count", () => {
    const text = "I want my £140 back tonight, not 'in 5-7 days'.";
    expectHas(text, 'demand', 'I want my £140 back');
    expectHas(text, 'deadline', 'tonight');
    expectHas(text, 'amount', '£140');
  });
});

describe("writing to the reader's head office goes over their head", () => {
  it.each([
    [
      'If this is not sorted by the 20th I will be writing to your head office in Mumbai.',
      'writing to your head office',
    ],
    ['I am taking this to your headquarters.', 'taking this to your headquarters'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'escalation', phrase);
  });

  it('a visit offered is none', () => {
    expectNone(
      'Our team is ready to visit your headquarters in Stockholm at your convenience.',
      'escalation',
    );
  });
});

describe('what the writer will do once the reader has not done what was asked is a sanction', () => {
  it.each([
    [
      'Please transfer your share by 15 April. If the money is not on the JV account by then, we will order the line alone.',
      'we will order the line alone',
    ],
    [
      'Can you get the crane back on site this week? If not, we will bring in another contractor.',
      'we will bring in another contractor',
    ],
    [
      'Please pay by Friday. If the money is not on the account by then, we will make other arrangements.',
      'we will make other arrangements',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
    expectNone(text, 'commitment');
  });

  it.each([
    [
      "Please confirm the numbers by Friday. If you can't attend those, please tell me and we will refund €95 per student instead.",
      'we will refund',
    ],
    [
      "Please check with your neighbours today. If the parcel can't be found we'll refund the full value of £74.99.",
      "we'll refund the full value",
    ],
    [
      'Please confirm the 14th. If that does not suit, we will find another date with you.',
      'we will find another date',
    ],
  ])('after an ask, a service step stays a promise: %s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
    expectNone(text, 'threat');
  });
});

describe('a further "that …" the ask governs is a request of its own', () => {
  it('"…, and that the settlement be revisited"', () => {
    const text =
      "I must insist that a second surveyor be appointed at the company's expense, and that the settlement be revisited once their report is available.";
    expectHas(text, 'demand', 'a second surveyor be appointed');
    expectHas(text, 'demand', 'that the settlement be revisited');
    expect(of(text, 'demand')).toHaveLength(2);
  });
});

describe('the time in the condition of a threat is when the reader must act', () => {
  it.each([
    ["If it's not settled by Friday, I'll pass it to our collections agent.", 'by Friday'],
    [
      "If I haven't received payment or an agreed plan by 27 February, I'll have to pass the debt to a collection agency.",
      'by 27 February',
    ],
    ['If the invoice is not signed by the 12th we will stop work.', 'by the 12th'],
  ])('a negated condition is not background: %s', (text, phrase) => {
    expectHas(text, 'deadline', phrase);
    expectHas(text, 'threat', text.slice(text.search(/(?:I'll|we will)/)).replace(/\.$/, ''));
  });

  it('a settled or agreed past event still dates nothing', () => {
    expectNone('The invoice was settled on 3 March, as we agreed on Friday.', 'deadline');
  });

  it('"today … by tonight": a second due time for the threat is kept', () => {
    const text =
      "I want my deposit back today. If the money isn't back by tonight I'm reporting you to PayPal.";
    expectHas(text, 'deadline', 'today');
    expectHas(text, 'deadline', 'by tonight');
    // The same time said again for the same request is reported once.
    expect(of('Please pay today. I need it today.', 'deadline')).toHaveLength(1);
  });

  it.each([
    [
      "If I don't hear from someone senior within 48 hours, it goes straight to the Financial Ombudsman.",
      'hear from someone senior',
      'it goes straight to the Financial Ombudsman',
    ],
    [
      "If I don't hear from the GM by 6pm, the photos go on TripAdvisor.",
      'hear from the GM',
      'the photos go on TripAdvisor',
    ],
  ])('an escalation asked in the condition stays apart from the threat: %s', (text, esc, threat) => {
    const e = expectHas(text, 'escalation', esc);
    const th = expectHas(text, 'threat', threat);
    expect(th.text).toBe(threat);
    expect(e.end).toBeLessThanOrEqual(th.start);
    expectHas(text, 'deadline', text.includes('48') ? 'within 48 hours' : 'by 6pm');
  });

  it('when to answer, not a date for the call: "let me know today whether you\'ll join a call"', () => {
    expectHas("Can you let me know today whether you'll join a call?", 'deadline', 'today');
    expectNone('Could we have a call on Tuesday?', 'deadline');
  });
});

describe('"I would ask you to do the following:" introduces requests, not offers', () => {
  it('the items after it are demands', () => {
    const text =
      'I would ask you to do the following:\n(a) cancel the current bill;\n(b) confirm in writing that no late payment charge will be applied;\n(c) put a note on the account.';
    expectHas(text, 'demand', 'cancel the current bill');
    expectHas(text, 'demand', 'confirm in writing that no late payment charge will be applied');
    expectHas(text, 'demand', 'put a note on the account');
    expectNone(text, 'commitment');
    expectNone(text, 'demand', 'I would ask you to do the following');
  });

  it('"We can do the following:" still introduces offers', () => {
    const text = 'We can do the following:\n- refund the delivery charge;\n- replace the damaged panel.';
    expectHas(text, 'commitment', 'refund the delivery charge');
    expectNone(text, 'demand');
  });
});

describe('taking what the reader is owed is a sanction', () => {
  it.each([
    [
      'We will deduct these charges from your invoice starting from 5th March.',
      'We will deduct these charges',
    ],
    ["We're also docking the full $27,500 monthly service fee for November.", "We're also docking"],
    [
      'We will not be paying invoice LX-2291, and we will be seeking every dollar of the cost of the motion from you.',
      'we will be seeking every dollar',
    ],
  ])('%s', (text, phrase) => {
    expectHas(text, 'threat', phrase);
    expectNone(text, 'commitment');
  });

  it("a deduction from the writer's own invoice is a credit, not a sanction", () => {
    const text = "On the cancellation charges, we'll deduct the £1,150 from our next invoice in full.";
    expectHas(text, 'commitment', "we'll deduct the £1,150");
    expectNone(text, 'threat');
  });
});

describe('"I want to have a call with your director" asks for the superior', () => {
  it('is an escalation with its due time', () => {
    const text = 'I also want to have a call with your quality director this week.';
    expectHas(text, 'escalation', 'a call with your quality director');
    expectHas(text, 'deadline', 'this week');
    expectNone(text, 'demand');
  });

  it('a call already had or planned asks for nothing', () => {
    expectNone('We had a call with your director last week and nothing happened.', 'escalation');
    expectNone('I have a call with your manager on Monday.', 'escalation');
  });
});

describe('"items I need to raise:" introduces issues, not requests', () => {
  it('the numbered points after it are no demands', () => {
    const text =
      'Before I sign, there are three items I need to raise:\n1. Your commission is shown at 1.5% plus VAT, totalling £5,940.\n2. There is a £295 "marketing pack" fee.';
    expectNone(text, 'demand');
    expectHas(text, 'amount', '£295');
  });

  it('"What I need from you:" still introduces requests', () => {
    const text = 'What I need from you:\n1. The updated certificate.\n2. A refund of £40.';
    expectHas(text, 'demand', 'The updated certificate');
    expectHas(text, 'demand', 'A refund of £40');
  });
});

describe('an adverb after the auxiliary does not hide the verb', () => {
  it.each([
    [
      'We are therefore prepared to grant an extension of time of 11 days.',
      'commitment',
      'prepared to grant',
    ],
    ['The request for the remaining 34 days is accordingly rejected.', 'refusal', 'is accordingly rejected'],
    ['We cannot, however, permit redistribution of the raw audio.', 'refusal', 'permit redistribution'],
    ['We will not therefore be renewing the contract.', 'refusal', 'renewing the contract'],
    [
      'We will, regrettably, withhold the final payment until the defects are fixed.',
      'threat',
      'withhold the final payment',
    ],
  ] as const)('%s', (text, kind, phrase) => {
    const p = expectHas(text, kind, phrase);
    // Spans are slices of the text as written.
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('"we would be prepared to …" is an offer, not a threat', () => {
  it('capping damages is a concession', () => {
    const text =
      'Should you submit a credible programme by 30 June, we would be prepared to cap liquidated damages at £150,000.';
    expectHas(text, 'commitment', 'we would be prepared to cap liquidated damages');
    expectNone(text, 'threat');
  });

  it('"we are prepared to issue proceedings" is still a threat', () => {
    expectHas(
      'If the invoice is not paid by Friday, we are prepared to issue proceedings.',
      'threat',
      'issue proceedings',
    );
  });
});

describe('"we have decided not to …" declines', () => {
  it.each([
    ["We've decided not to renew the PR retainer when it ends on 30 June.", "We've decided not to renew"],
    [
      'After discussion, we have decided not to file the opposition at this stage.',
      'we have decided not to file',
    ],
    ["We've decided against the upgrade for now.", "We've decided against the upgrade"],
  ])('%s', (text, phrase) => {
    expectHas(text, 'refusal', phrase);
  });

  it('a decision in a condition declines nothing', () => {
    expectNone('If we decided not to renew, would there be a fee?', 'refusal');
  });
});

describe('the writer giving something up is a promise', () => {
  it.each([
    ['We agree to remove the termination-for-convenience right from our side.', 'We agree to remove'],
    ['We will not claim any ownership of models trained on the corpus.', 'We will not claim any ownership'],
    ["We won't pursue the late payment interest.", "We won't pursue the late payment interest"],
  ])('%s', (text, phrase) => {
    expectHas(text, 'commitment', phrase);
    expectNone(text, 'refusal');
  });

  it('declining what the reader asks is still a refusal', () => {
    expectHas('We will not accept the revised terms.', 'refusal', 'We will not accept');
  });
});

describe('"<something> would be ideal" asks for it', () => {
  it.each([
    [
      'We close our financial year soon, so a revised invoice by Friday 20 March would be ideal.',
      'a revised invoice',
    ],
    ['Otherwise a refund of £23 would be ok for me.', 'a refund of £23'],
    ['Your confirmation will be appreciated.', 'Your confirmation'],
  ])('%s', (text, phrase) => {
    expectHas(text, 'demand', phrase);
  });

  it('accepting a proposal or a remark asks nothing', () => {
    expectNone('The new date would be fine for us.', 'demand');
    expectNone('I think the transcripts will be useful for you.', 'demand');
    expectNone('Our revised plan would be ideal for both sides.', 'demand');
  });
});

describe('a time inside "tell me if / whether …" is asked about, not due', () => {
  it.each([
    ['can u pls tell me straight if theyre coming tmrw or not', 'tmrw'],
    ['Please let me know whether next Tuesday still works for the visit.', 'next Tuesday'],
  ])('%s', (text, phrase) => {
    expectNone(text, 'deadline', phrase);
    expect(of(text, 'demand')).toHaveLength(1);
  });

  it('a due preposition keeps it', () => {
    expectHas('Please confirm whether you can deliver by 18 March.', 'deadline', 'by 18 March');
  });
});

describe.runIf(existsSync(DEV))('dev set', () => {
  // Read lazily: the describe body runs even when the set is absent (a fresh clone without ../shared).
  const rows = existsSync(DEV)
    ? readFileSync(DEV, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string; positions: GoldPosition[] })
    : [];
  const split = (lo: number, hi: number) =>
    rows.filter((r) => {
      const n = Number(r.id.slice(-3));
      return n >= lo && n <= hi;
    });
  const run = (set: typeof rows) =>
    scorePositions(
      set.map((r) => r.positions),
      set.map((r) => extractPositions(r.text)),
      set.map((r) => r.text),
    );

  it('held-out micro-F1 stays at the level reached', () => {
    const held = run(split(61, 90));
    expect(held.micro.f1).toBeGreaterThanOrEqual(HELD_OUT_MICRO_F1_FLOOR);
  });

  it('every predicted span is an exact slice of its email', () => {
    for (const r of rows)
      for (const p of extractPositions(r.text)) expect(p.text).toBe(r.text.slice(p.start, p.end));
  });
});

// Levels reached (fresh3: odd 0.933, even 0.840; fresh4: odd 0.900, even 0.837; fresh5 blind: odd 0.854,
// even 0.870; fresh6 blind: odd 0.864, even 0.824; fresh7 blind: odd 0.853, even 0.873; fresh8 blind: odd
// 0.862, even 0.849; fresh9 blind: odd 0.879, even 0.883; fresh10 blind: odd 0.865, even 0.862; fresh11 blind: odd 0.873, even 0.865; fresh12 blind: odd 0.862, even 0.887; fresh13 blind: odd 0.884, even 0.874; fresh14 blind: odd 0.886, even 0.899; fresh15 blind: odd 0.893, even 0.882; fresh16 blind: odd 0.864, even 0.869; fresh17 blind: odd 0.877, even 0.857; fresh18 blind: odd 0.885, even 0.854; fresh19 blind: odd 0.895, even 0.883; fresh20 blind: odd 0.885, even 0.878; fresh21 blind: odd 0.869, even 0.871; fresh22 blind: odd 0.885, even 0.895; fresh23 blind: odd 0.892, even 0.893;
// fresh24 blind: odd 0.887, even 0.883; fresh25 blind: odd 0.894, even 0.895;
// fresh26 blind: odd 0.884, even 0.892; fresh27 blind: odd 0.888, even 0.871;
// fresh28 blind: odd 0.907, even 0.894; fresh29 blind: odd 0.891, even 0.871;
// fresh30 blind: odd 0.906, even 0.899) minus a margin; `npm run eval` prints the figures.
describe.each([
  ['tests/data/labeled-fresh3.jsonl', 0.91, 0.82],
  ['tests/data/labeled-fresh4.jsonl', 0.88, 0.82],
  ['tests/data/labeled-fresh5.jsonl', 0.84, 0.85],
  ['tests/data/labeled-fresh6.jsonl', 0.85, 0.81],
  ['tests/data/labeled-fresh7.jsonl', 0.84, 0.86],
  ['tests/data/labeled-fresh8.jsonl', 0.84, 0.83],
  ['tests/data/labeled-fresh9.jsonl', 0.85, 0.85],
  ['tests/data/labeled-fresh10.jsonl', 0.84, 0.84],
  ['tests/data/labeled-fresh11.jsonl', 0.85, 0.84],
  ['tests/data/labeled-fresh12.jsonl', 0.84, 0.86],
  ['tests/data/labeled-fresh13.jsonl', 0.86, 0.85],
  ['tests/data/labeled-fresh14.jsonl', 0.86, 0.87],
  ['tests/data/labeled-fresh15.jsonl', 0.87, 0.86],
  ['tests/data/labeled-fresh16.jsonl', 0.84, 0.85],
  ['tests/data/labeled-fresh17.jsonl', 0.85, 0.83],
  ['tests/data/labeled-fresh18.jsonl', 0.86, 0.83],
  ['tests/data/labeled-fresh19.jsonl', 0.87, 0.86],
  ['tests/data/labeled-fresh20.jsonl', 0.86, 0.85],
  ['tests/data/labeled-fresh21.jsonl', 0.85, 0.85],
  ['tests/data/labeled-fresh22.jsonl', 0.86, 0.87],
  ['tests/data/labeled-fresh23.jsonl', 0.87, 0.87],
  ['tests/data/labeled-fresh24.jsonl', 0.87, 0.86],
  ['tests/data/labeled-fresh25.jsonl', 0.87, 0.87],
  ['tests/data/labeled-fresh26.jsonl', 0.86, 0.87],
  ['tests/data/labeled-fresh27.jsonl', 0.87, 0.85],
  ['tests/data/labeled-fresh28.jsonl', 0.88, 0.87],
  ['tests/data/labeled-fresh29.jsonl', 0.87, 0.85],
  ['tests/data/labeled-fresh30.jsonl', 0.88, 0.88],
])('%s: regression guards, not measures of generalisation', (file, oddAtLeast, evenAtLeast) => {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; positions: GoldPosition[] });
  const micro = (set: typeof rows) =>
    scorePositions(
      set.map((r) => r.positions),
      set.map((r) => extractPositions(r.text)),
      set.map((r) => r.text),
    ).micro.f1;

  it('keeps positions micro-F1 on both halves', () => {
    expect(micro(idHalf(rows, 1))).toBeGreaterThanOrEqual(oddAtLeast);
    expect(micro(idHalf(rows, 0))).toBeGreaterThanOrEqual(evenAtLeast);
  });
});
