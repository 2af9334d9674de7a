/**
 * `npm run eval`: how well Parley's analysis agrees with human labels. Prints per-label precision,
 * recall and F1 on the project's own labeled emails (tests/data/labeled-emails.jsonl, never used for
 * tuning) and, when the shared data is beside the repository, on ../shared/data/dev-emails.jsonl (the
 * set the rules were tuned on) and the public sets (politeness quartiles, email requests; held-out
 * parts the models never saw).
 */
import { existsSync, readFileSync } from 'node:fs';
import { formatDeadlineScores, parseDeadlineItems, scoreDeadlines } from '../utils/analysis/eval-deadlines';
import { join } from 'node:path';
import { analyzeMessage } from '../utils/analysis/analyze';
import { idHalf, scorePositions } from '../utils/analysis/eval-positions';
import { evalPoliteness, evalRequests } from '../utils/analysis/eval-public';
import type { PositionKind, SignalKind, ToneLevel } from '../utils/analysis/types';

interface Labeled {
  id: string;
  text: string;
  tone: ToneLevel;
  signals: SignalKind[];
  positions: { kind: PositionKind; text: string }[];
}

const SHARED = process.env.PARLEY_SHARED ?? join(process.cwd(), '../shared');

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(3);

function load(path: string): Labeled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labeled);
}

export interface SetReport {
  name: string;
  n: number;
  toneAccuracy: number;
  hostileF1: number;
  positionsMicroF1: number;
  perKind: Record<string, { f1: number }>;
}

function evaluate(name: string, rows: Labeled[]): SetReport {
  const predicted = rows.map((r) => analyzeMessage(r.text));
  console.log(`\n## ${name} (${rows.length} emails)`);

  // Tone: three levels, and hostile vs not.
  let correct = 0;
  const levels: ToneLevel[] = ['calm', 'tense', 'hostile'];
  const conf: Record<string, Record<string, number>> = {};
  for (const l of levels) conf[l] = { calm: 0, tense: 0, hostile: 0 };
  rows.forEach((r, i) => {
    conf[r.tone][predicted[i].tone.level]++;
    if (predicted[i].tone.level === r.tone) correct++;
  });
  console.log(`tone: three-level accuracy ${fmt(correct / rows.length)}`);
  console.log('  gold \\ predicted   calm  tense  hostile');
  for (const l of levels) {
    console.log(
      `  ${l.padEnd(18)} ${[conf[l].calm, conf[l].tense, conf[l].hostile].map((n) => String(n).padStart(5)).join('  ')}`,
    );
  }
  const tp = conf.hostile.hostile;
  const fp = conf.calm.hostile + conf.tense.hostile;
  const fn = conf.hostile.calm + conf.hostile.tense;
  const hostile = f1(tp, fp, fn);
  console.log(`  hostile vs not: P ${fmt(hostile.p)}  R ${fmt(hostile.r)}  F1 ${fmt(hostile.f)}`);

  // Signals: per kind, presence in the email (the labels are per email).
  const kinds = [...new Set(rows.flatMap((r) => r.signals))].sort() as SignalKind[];
  console.log('signals (present in the email)     P      R      F1    support');
  for (const k of kinds) {
    let t = 0;
    let p = 0;
    let n = 0;
    rows.forEach((r, i) => {
      const got = predicted[i].tone.signals.some((s) => s.kind === k);
      const gold = r.signals.includes(k);
      if (got && gold) t++;
      else if (got) p++;
      else if (gold) n++;
    });
    const s = f1(t, p, n);
    console.log(`  ${k.padEnd(32)} ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}  ${String(t + n).padStart(5)}`);
  }

  // Positions: span-matched on overlap, same kind.
  const scores = scorePositions(
    rows.map((r) => r.positions),
    predicted.map((p) => p.positions),
    rows.map((r) => r.text),
  );
  console.log('positions (span overlap)           P      R      F1    support');
  const perKind: Record<string, { f1: number }> = {};
  for (const [kind, s] of Object.entries(scores.perKind)) {
    perKind[kind] = { f1: s.f1 };
    console.log(
      `  ${kind.padEnd(32)} ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}  ${String(s.tp + s.fn).padStart(5)}`,
    );
  }
  const m = scores.micro;
  console.log(
    `  ${'micro'.padEnd(32)} ${fmt(m.precision)}  ${fmt(m.recall)}  ${fmt(m.f1)}  ${String(m.tp + m.fn).padStart(5)}`,
  );
  return {
    name,
    n: rows.length,
    toneAccuracy: correct / rows.length,
    hostileF1: hostile.f,
    positionsMicroF1: m.f1,
    perKind,
  };
}

/**
 * Fully labeled emails written later, independently, to LABELS.md, each set by two writers who saw no code
 * and no other set, and each scored blind once; then the rules were extended looking at the odd ids'
 * misses only, so the even ids are the unseen test. How each half was used, with its blind figures.
 */
const LATER_LABELED = [
  {
    // consumer and business mail
    name: 'labeled-fresh3',
    even: 'held out, never looked at; blind: three-level 0.756, hostile F1 0.765, positions micro-F1 0.834',
    odd: 'used for tuning, so fit; blind: three-level 0.778, hostile F1 0.857, positions micro-F1 0.856',
  },
  {
    // everyday services; professional settings. Blind on all 180: three-level 0.783, hostile F1 0.864,
    // positions micro-F1 0.826 (the rules of the day before scored 0.778 / 0.864 / 0.824 there).
    name: 'labeled-fresh4',
    even: 'held out, never looked at; blind: three-level 0.800, hostile F1 0.757, positions micro-F1 0.829',
    odd: 'used for tuning, so fit; blind: three-level 0.767, hostile F1 0.955, positions micro-F1 0.822',
  },
  {
    // travel, consumer services and freelancers; business-to-business trade. Blind on all 180: three-level
    // 0.750, hostile F1 0.881, positions micro-F1 0.862 (the rules of the session before scored 0.733 /
    // 0.840 / 0.857 there).
    name: 'labeled-fresh5',
    even: 'held out, never looked at; blind: three-level 0.711, hostile F1 0.800, positions micro-F1 0.870',
    odd: 'used for tuning, so fit; blind: three-level 0.789, hostile F1 0.955, positions micro-F1 0.854',
  },
  {
    // schools, clinics, landlords, councils and other institutions; SaaS, publishing, venues, outsourcing
    // and colleagues. Blind on all 180: three-level 0.761, hostile F1 0.916, positions micro-F1 0.844 (the
    // rules of the session before scored 0.767 / 0.902 / 0.840 there).
    name: 'labeled-fresh6',
    even: 'held out, never looked at; blind: three-level 0.822, hostile F1 0.947, positions micro-F1 0.824',
    odd: 'used for tuning, so fit; blind: three-level 0.700, hostile F1 0.889, positions micro-F1 0.864',
  },
  {
    // builders and trades, insurance, travel, utilities, gyms, recruiters, tutors; manufacturing,
    // freight, commercial leases, law and accounting fees, agencies, research, start-ups and colleagues.
    // Blind on all 180: three-level 0.783, hostile F1 0.878, positions micro-F1 0.863 with the rules of
    // the session before; 0.811 / 0.905 / 0.863 with the learned tone level fitted without this set.
    name: 'labeled-fresh7',
    even: 'held out, never looked at; blind: three-level 0.722, hostile F1 0.810, positions micro-F1 0.873',
    odd: 'used for tuning, so fit; blind: three-level 0.844, hostile F1 0.950, positions micro-F1 0.853',
  },
  {
    // tenants, schools, clinics, wedding vendors, removals, car leasing, marketplaces, neighbours, debt
    // collectors; SaaS, IT outsourcing, publishing, production, construction, food distribution,
    // franchises, labs and managers. Blind on all 180: three-level 0.839, hostile F1 0.916, positions
    // micro-F1 0.855 (the rules of the session before scored 0.833 / 0.902 / 0.849 there).
    name: 'labeled-fresh8',
    even: 'held out, never looked at; blind: three-level 0.878, hostile F1 0.923, positions micro-F1 0.849',
    odd: 'for tuning; blind: three-level 0.800, hostile F1 0.909, positions micro-F1 0.862',
  },
  {
    // travellers, subscriptions, broadband, home trades, insurance claims, students, car sales, ticketing,
    // freelancers and cleaners; freight, agencies, law and accounting fees, recruiters, contract
    // manufacturing, energy, commercial leases, venues, licence audits, grants, growers, start-ups and
    // employees. Blind on all 180: three-level 0.822, hostile F1 0.894, positions micro-F1 0.881 (the
    // rules of the session before scored 0.839 / 0.907 / 0.876 there).
    name: 'labeled-fresh9',
    even: 'held out, never looked at; blind: three-level 0.833, hostile F1 0.880, positions micro-F1 0.883',
    odd: 'for tuning; blind: three-level 0.811, hostile F1 0.914, positions micro-F1 0.879',
  },
  {
    // neighbours, homeowner associations, wedding vendors, removals, car rental, solar installers, clinics,
    // schools and nurseries, clubs, marketplaces, deliveries, tutors, lodgers, crowdfunding; SaaS renewals,
    // construction subcontracts, franchises, publishing, production, IT outsourcing, public procurement,
    // food wholesale, chartering, garment factories, game publishing, facilities contracts, dealers,
    // research vendors, sponsors, co-founders, staffing platforms, warehouses. Blind on all 180:
    // three-level 0.850, hostile F1 0.920, positions micro-F1 0.864 (the rules of the session before
    // scored 0.856 / 0.920 / 0.860 there).
    name: 'labeled-fresh10',
    even: 'held out, never looked at; blind: three-level 0.900, hostile F1 0.947, positions micro-F1 0.862',
    odd: 'for tuning; blind: three-level 0.800, hostile F1 0.898, positions micro-F1 0.865',
  },
  {
    // travel and airlines, venues, gyms, insurance claims, broadband, garages and car dealers, builders and
    // trades, ticket resale, student housing, nannies and cleaners, gardeners, livery yards, marinas,
    // photographers, families splitting an inheritance, club committees; law firms and accountants,
    // agencies, freelancers, influencers, recruiters, freight forwarders, CROs, farm co-ops, energy
    // brokers, hotel groups, architects, research sponsors, sports agents, record labels, leasing,
    // insurance brokers, packaging, device distributors, joint ventures, departments over budgets. Blind on
    // all 180: three-level 0.811, hostile F1 0.843, positions micro-F1 0.869 (the rules of the session
    // before scored 0.811 / 0.843 / 0.868 there).
    name: 'labeled-fresh11',
    even: 'held out, never looked at; blind: three-level 0.800, hostile F1 0.750, positions micro-F1 0.865',
    odd: 'for tuning; blind: three-level 0.822, hostile F1 0.902, positions micro-F1 0.873',
  },
  {
    // tenants and letting agents, holiday rentals, private clinics, dentists and vets, nurseries and tutors,
    // removals, marketplaces, repair shops, solar installers and roofers, weddings, funerals, neighbours,
    // private parking, care homes, residents' associations; SaaS renewals and licence audits, managed
    // services, construction subcontracts, commercial leases, franchises, film production, translation,
    // catering and security contracts, food suppliers, garment factories, publishers, game studios,
    // conferences, locum agencies, van hire, auditors, grant funders, licensing claims, co-founders. Blind
    // on all 180: three-level 0.933, hostile F1 0.977, positions micro-F1 0.875 (the rules and weights of
    // the session's start, before the tone level weighed the wording: 0.822 / 0.952 / 0.874).
    name: 'labeled-fresh12',
    even: 'held out, never looked at; blind: three-level 0.944, hostile F1 1.000, positions micro-F1 0.887',
    odd: 'for tuning; blind: three-level 0.922, hostile F1 0.960, positions micro-F1 0.862',
  },
  {
    // kitchen fitters and trades, garages and car dealers, insurance claims, broadband and mobile
    // contracts, gyms, ticket resale, student housing, childminders, photographers, estate agents, sports
    // clubs, storage yards, allotments, debt collection, car parks; law-firm fee bills, recruiters,
    // marketing agencies, freight forwarders, device distributors, architects, software consultancies,
    // hotel room blocks, farm co-ops, machinery leasing, research sponsors, sponsorship, festivals, telecom
    // wholesale, packaging, facility management, interim executives, licensing claims. Blind on all 180:
    // three-level 0.911, hostile F1 0.956, positions micro-F1 0.879 (the rules of the session's start:
    // 0.917 / 0.956 / 0.876).
    name: 'labeled-fresh13',
    even: 'held out, never looked at; blind: three-level 0.856, hostile F1 0.905, positions micro-F1 0.874',
    odd: 'for tuning; blind: three-level 0.967, hostile F1 1.000, positions micro-F1 0.884',
  },
  {
    // landlords and tenants, wedding venues and caterers, vets, private clinics, lost luggage, furniture
    // delivery, solar installers, driving schools, nurseries, removals, holiday lets, neighbours, school
    // trips, dressmakers, cleaners, window fitters, kennels, bike shops, music teachers, residents'
    // associations; SaaS renewals and licence audits, construction subcontracts, film production, shipping
    // and charter, franchises, managed-service SLAs, clinical trials, auditors, food wholesale, publishers,
    // commercial leases, energy brokers, temp staffing, trade shows, caterers, data licences, translators,
    // fleet leasing. Blind on all 180: three-level 0.922, hostile F1 0.965, positions micro-F1 0.892 (the
    // rules of the session's start: 0.922 / 0.965 / 0.892).
    name: 'labeled-fresh14',
    even: 'held out, never looked at; blind: three-level 0.933, hostile F1 0.930, positions micro-F1 0.899',
    odd: 'for tuning; blind: three-level 0.911, hostile F1 1.000, positions micro-F1 0.886',
  },
  {
    // gyms, garages and dealerships, phone and broadband contracts, opticians, salons, photographers, ticket
    // resellers, student lets, nannies, pest control, roofers, plumbers, kitchen fitters, estate agents,
    // insurance claims, couriers, marketplaces, tutors, funeral directors, hotels, cruises, gardeners, pool
    // builders, marinas; creative agencies, fixed-price software, freight and customs, tooling, pharma
    // distribution, grain, wine importers, hotels vs travel agencies, ground handling, university IT, grant
    // funders, sponsors, record labels, architects, engineering consultancies, recruiters, law-firm bills,
    // hosting, payroll, security and cleaning contractors, printers, event venues. Blind on all 180:
    // three-level 0.900, hostile F1 0.978, positions micro-F1 0.887 (the same with the session-start rules).
    name: 'labeled-fresh15',
    even: 'held out, never looked at; blind: three-level 0.956, hostile F1 1.000, positions micro-F1 0.882',
    odd: 'for tuning; blind: three-level 0.844, hostile F1 0.952, positions micro-F1 0.893',
  },
  {
    // councils (parking, council tax, planning), schools, sports clubs, charities, promoters, e-bike hire,
    // self-storage, utilities, health and travel insurance, private clinics, language schools, timeshares,
    // new-build snagging, conveyancers, tax accountants, mortgage brokers, jewellers, auction houses,
    // ride-hailing, allotments, hall bookings, local papers; bar suppliers, textile mills, component
    // distributors, car-parts suppliers, telecom carriers, colocation, equipment leasing, 3PL warehouses, ad
    // networks, talent agencies, conferences, consultants vs start-ups, co-working, lift maintenance, medical
    // devices, hotel management, game publishers, VFX, plant hire, farm machinery, seed and fertiliser.
    // Blind on all 180: three-level 0.878, hostile F1 0.957, positions micro-F1 0.866 (session-start rules:
    // 0.878 / 0.957 / 0.865).
    name: 'labeled-fresh16',
    even: 'held out, never looked at; blind: three-level 0.889, hostile F1 0.980, positions micro-F1 0.869',
    odd: 'for tuning; blind: three-level 0.867, hostile F1 0.927, positions micro-F1 0.864',
  },
  {
    // vets and pet insurers, dentists, removals, dry cleaners, furniture retailers, solar installers, driving
    // schools, nurseries, care homes, window fitters, bike and computer repair, caterers, kennels, lost
    // luggage, car-rental damage, campsites, holiday cottages, private car sales, neighbours, housing
    // associations, tenancy deposits, music teachers; subcontractors vs main contractors, steel and timber,
    // translators, market research, SaaS renewals and SLA credits, managed IT, franchises, container
    // detention, film locations, supermarket buyers, wholesale bakeries and roasters, fleet leasing, couriers,
    // workwear, test and dental labs, trade shows, PR agencies, payroll, insurance brokers, solar-farm leases.
    // Blind on all 180: three-level 0.928, hostile F1 0.989, positions micro-F1 0.867 (session-start rules:
    // 0.928 / 0.989 / 0.865).
    name: 'labeled-fresh17',
    even: 'held out, never looked at; blind: three-level 0.911, hostile F1 0.978, positions micro-F1 0.857',
    odd: 'for tuning; blind: three-level 0.944, hostile F1 1.000, positions micro-F1 0.877',
  },
  {
    // phone repair, boiler cover, subscription boxes, online courses, matchmaking, personal trainers,
    // flooring, chimney sweeps, tree surgeons, locksmiths, appliance delivery, children's camps, package
    // holidays, delay compensation, ferries, parking charge notices, debt collectors, card disputes, pensions,
    // buy-now-pay-later, wedding venues, tattoo studios; oilfield services, shipyards, aircraft leasing and
    // MRO, wind and solar O&M, tower leases, hospital procurement, publishers vs authors, stock photos,
    // broadcasters, esports sponsors, signage, fit-out and HVAC, lifts, waste contracts, warehouse staffing,
    // offshore software teams, licence audits, pen-test scope, B2B marketplaces, coffee co-operatives,
    // seafood, toy chargebacks. Blind on all 180: three-level 0.894, hostile F1 0.921, positions micro-F1
    // 0.870 (session-start rules: 0.894 / 0.921 / 0.868).
    name: 'labeled-fresh18',
    even: 'held out, never looked at; blind: three-level 0.878, hostile F1 0.857, positions micro-F1 0.854',
    odd: 'for tuning; blind: three-level 0.911, hostile F1 0.979, positions micro-F1 0.885',
  },
  {
    // gyms, salons, opticians, hearing aids, roaming bills, broadband, energy back-billing, water, councils,
    // school trips, student accommodation, estate agents, mortgage brokers, surveyors, roofers, plumbers,
    // electricians, landscapers, pest control, cleaners, au pairs, cancelled concerts, hotels, cruises;
    // architects' fee stages, engineers, accountants, recruiters' rebates, event agencies, office catering,
    // security guarding, facilities management, print, packaging, chemicals, farm co-operatives, grain, fruit,
    // wine, pub tenancies, hotels vs travel agencies, ground handling, demurrage, customs brokers, line-stoppage
    // charges, medical devices, clinical research, game publishers' milestones, record labels. Blind on all
    // 180: three-level 0.944, hostile F1 0.966, positions micro-F1 0.889 (session-start rules: the same).
    name: 'labeled-fresh19',
    even: 'held out, never looked at; blind: three-level 0.978, hostile F1 0.980, positions micro-F1 0.883',
    odd: 'for tuning; blind: three-level 0.911, hostile F1 0.947, positions micro-F1 0.895',
  },
  {
    // tenants and landlords, service charges, extensions, kitchen and bathroom fitters, pools, car dealers,
    // MOT garages, breakdown cover, write-offs, flood claims, travel and gadget insurance, marketplace sales,
    // second-hand furniture, concert venues, amateur theatre, sports clubs, youth football, wedding
    // photographers, florists, cake makers, funeral directors, estates, family loans; freelancers vs agencies,
    // co-founders' equity, rent reviews and dilapidations, co-working, plant and crane hire, scaffolding,
    // demolition, hauliers, coach charter, school transport, grant funders, tenders, nursing agencies, vet
    // suppliers, pharmacy wholesale, textile mills, garment orders, footwear, component brokers, batteries,
    // mining equipment, fishing fleets. Blind on all 180: three-level 0.917, hostile F1 0.955, positions
    // micro-F1 0.882 (session-start rules: the same).
    name: 'labeled-fresh20',
    even: 'held out, never looked at; blind: three-level 0.900, hostile F1 0.917, positions micro-F1 0.878',
    odd: 'for tuning; blind: three-level 0.933, hostile F1 1.000, positions micro-F1 0.885',
  },
  {
    // dentists and orthodontists, physiotherapists, groomers and kennels, dog walkers, riding stables, driving
    // instructors, tutors, nurseries, summer camps, language schools, removals and storage, timber frames,
    // windows, solar and heat pumps, chimney sweeps, tree surgeons, neighbours, allotments, residents'
    // associations, holiday cottages, campervans, bike, phone and computer repair, subscription boxes, tattoo
    // and bridal shops; licence audits, SaaS seat true-ups and SLA credits, IT outsourcing, colocation,
    // carriers and resellers, agency retainers, PR, influencers, translation, publishers and authors, film
    // locations, rental houses, sponsorship, franchises, shopping centres, supermarket deductions, dairy and
    // meat, seed and fertiliser, steel, timber, glass, yacht yards, aircraft maintenance, rail freight, ports,
    // waste contracts, environmental consultants, joint ventures, bridge loans. Blind on all 180 (scored after
    // this session's rules were in): three-level 0.961, hostile F1 1.000, positions micro-F1 0.870
    // (session-start rules: 0.961 / 1.000 / 0.870).
    name: 'labeled-fresh21',
    even: 'held out, never looked at; blind: three-level 0.956, hostile F1 1.000, positions micro-F1 0.871',
    odd: 'for tuning; blind: three-level 0.967, hostile F1 1.000, positions micro-F1 0.869',
  },
  {
    // vets and pet insurance, caterers and florists, salons, cake bakers, furniture makers, piano tuners,
    // locksmiths, roofers, gardeners, pool builders, kitchen fitters, skip hire, car parks and clamping, lost
    // baggage, train delays, ticket resale, festivals, escape rooms, golf, tennis and sailing clubs, livery
    // yards, student rooms, school and tuition fees, choirs, charity shops, car dealers, caravan parks,
    // funeral plans, care homes, opticians, mobility scooters; mining equipment, oilfield services, pharma
    // distributors, catering, cleaning and security contracts, facility management, event venues, hotel
    // groups, airlines and travel agents, customs brokers, cold chain, packaging, chemicals, textile mills,
    // footwear, toys, chip allocation, solar-farm leases, wind farms, water utilities, telecom towers, crop
    // insurance, wineries, coffee and cocoa, fisheries, restaurant landlords, co-working, engineering
    // consultancies, academic publishers, grant funders, football clubs, esports, game studios, record
    // labels, podcasts. Blind on all 180 (scored once, with the session-start rules): three-level 0.889,
    // hostile F1 0.953, positions micro-F1 0.890 (after the session's first four rule commits: 0.891).
    name: 'labeled-fresh22',
    even: 'held out, never looked at; blind: three-level 0.911, hostile F1 0.970, positions micro-F1 0.895',
    odd: 'for tuning; blind: three-level 0.867, hostile F1 0.943, positions micro-F1 0.885',
  },
  {
    // cleaners and home help, nannies, exam tutors, wedding DJs and bands, photo booths, marquees, personal
    // trainers, yoga and martial arts, swimming and ski schools, cycling holidays, boat charters, fishing
    // lakes, campsites, B&Bs, pubs and restaurants, takeaway and grocery apps, meal kits, pet sitters,
    // farriers, hedges, fencing, paving, loft conversions, damp-proofing, glazing, boilers, electricians,
    // plumbers, carpets, antiques, auctions, pawnbrokers, private car sales, scooters, parking permits,
    // council tax, school trips and uniforms; car-parts and tyre wholesalers, farm machinery, grain, poultry,
    // flower auctions, fruit exporters, seafood, flour mills, maltings, bottling, paper mills, inks,
    // moulders, die-casting, machine shops, industrial gases, lift, fire-safety and HVAC contracts, data
    // annotation, call centres, payroll bureaus, background checks, trial translation, medical devices,
    // dental labs, vet wholesalers, school photographers, student travel, university housing, stadium
    // concessions, ticketing, museum loans, art shipping, cinemas, broadcast rights. Blind on all 180
    // (scored once, with the session-start rules): three-level 0.933, hostile F1 0.977, positions micro-F1
    // 0.892 (with this session's rules when it arrived: 0.893).
    name: 'labeled-fresh23',
    even: 'held out, never looked at; blind: three-level 0.922, hostile F1 0.974, positions micro-F1 0.893',
    odd: 'for tuning; blind: three-level 0.944, hostile F1 0.980, positions micro-F1 0.892',
  },
  {
    // hearing aids and opticians, stairlifts, self-storage, instrument repair, bike and phone repair, dry
    // cleaners, bridal alterations, cakes and party decorators, festival camping, student halls, flatmates'
    // bills, hall hire, scouts, dance schools, chess clubs, aquarium shops, garden centres, pest control,
    // car valeting, MOTs, breakdown cover, static caravans, canal boats, hot tubs, kids' parties, tattoos,
    // hairdressers, dog groomers, catteries, allotments, shared driveways, chimney sweeps, skips, framing,
    // marketplace sales, theatre refunds; crane hire, scaffolding, demolition, road marking, ground labs,
    // timber frames, façades, shopfitters, exhibition stands, event AV, corporate travel, airline group desks,
    // air freight, customs, bonded warehouses, packaging film, labels, contract cosmetics, CROs, clinical
    // couriers, hospital laundries, facilities management, guard rosters, waste oil and e-waste, EV chargers,
    // telematics, SaaS resellers, cloud overages, pen testing, trademark agents, franchises, music royalties,
    // podcasts, esports, stock photos, syndication. Blind on all 180 (scored once, with the session-start
    // rules): three-level 0.922, hostile F1 0.966, positions micro-F1 0.885 (with this session's first six
    // rule commits: 0.886).
    name: 'labeled-fresh24',
    even: 'held out, never looked at; blind: three-level 0.922, hostile F1 0.980, positions micro-F1 0.883',
    odd: 'for tuning; blind: three-level 0.922, hostile F1 0.950, positions micro-F1 0.887',
  },
  {
    // wedding photographers, DJs, party hire, driving instructors, swimming and music lessons, tutoring
    // agencies, personal trainers, retreats, cosmetic dentistry, laser eye clinics, physiotherapy, funeral
    // directors, house clearance, antique restorers, watch servicing, jewellers, carpet cleaners, curtains
    // and blinds, smart-home and aerial fitters, rural broadband, locksmiths, garage doors, driveways, ponds,
    // pet sitters, pet insurance, farriers, hobby shops, trading cards, record dealers, vintage clothing,
    // costume hire, school uniforms and trips, nursery fees, summer camps, language schools, visa agents,
    // currency exchange, parcel forwarding, international removals, sports clubs, golf and sailing, ticket
    // resale; ship chandlers, port agents, dredging, offshore-wind charters, marine surveyors, yacht brokers,
    // aircraft maintenance, flight schools, drone surveys, satellite imagery, weather data, seed and
    // fertiliser, agricultural contractors, grain storage, dairy co-ops, growers vs supermarkets, flower
    // importers, coffee, tea and spices, contract brewing, bottles and corks, dye houses, uniforms, hotel
    // channel managers, restaurant POS, delivery platforms, kitchen leasing, vending, print management,
    // translation and subtitling, voice-over, game outsourcing, QA and data labelling, market-research
    // panels, recruitment and executive search, payroll, pensions, insurance brokers, architects, quantity
    // surveyors, planning, acoustic and fire-safety consultants. Blind on all 180 (scored once, with the
    // session-start rules): three-level 0.956, hostile F1 0.989, positions micro-F1 0.895 (the same with
    // this session's first rule commit).
    name: 'labeled-fresh25',
    even: 'held out, never looked at; blind: three-level 0.933, hostile F1 0.978, positions micro-F1 0.895',
    odd: 'for tuning; blind: three-level 0.978, hostile F1 1.000, positions micro-F1 0.894',
  },
  {
    // orthodontists, hearing-aid clinics, opticians, mobility scooters, tattoo studios, salons, escape rooms,
    // theatre tickets, zoo memberships, DNA tests, ghostwriters, print on demand, 3D printing, computer
    // repair, heat pumps, water softeners, septic tanks, tree surgeons, chimney sweeps, window cleaners, skip
    // hire, scaffolding, marinas, caravan parks, glamping, ski schools, scuba diving, livery yards, kennels,
    // dog groomers, e-scooters, car wraps, upholsterers, piano tuners, wedding cakes, hot-tub hire; cold-chain
    // logistics, pallet networks, forklift leasing, industrial cleaning, contract manufacturers, CROs,
    // medical-device distributors, lab consumables, component brokers, PCB assembly, injection moulding,
    // label printers, textile mills, tanneries, furniture OEMs, toy importers, 3PL warehouses, freight audit,
    // telecom carriers, colocation, managed print, pen testing, SEO and influencer agencies, stage rigging,
    // music licensing, podcasts, esports, stadium catering, school meals, hospital cleaning, facilities
    // management, security guarding, waste and scrap metal, timber, ready-mix concrete, steel fabricators,
    // glazing, HVAC contracts, wind-turbine servicing, battery recyclers. Blind on all 180 (scored once,
    // with the session-start rules, and the same with this session's first rule commit): three-level
    // 0.933, hostile F1 0.989, positions micro-F1 0.888.
    name: 'labeled-fresh26',
    even: 'held out, never looked at; blind: three-level 0.900, hostile F1 0.974, positions micro-F1 0.892',
    odd: 'for tuning; blind: three-level 0.967, hostile F1 1.000, positions micro-F1 0.884',
  },
  {
    // tailors, shoe repair, locksmiths, garage doors, pool maintenance, landscapers, fencing, loft
    // conversions, basement waterproofing, stained glass and antiques, clock repair, framers, jewellers,
    // vintage clothing, beekeeping, community theatre, party entertainers, DJ and photo-booth hire, golf and
    // tennis clubs, sailing and surf schools, climbing gyms, fishing charters, farriers, pet sitters, reptile
    // shops, classic cars, motorbikes, boat repair, driving instructors, tutors, music teachers, student lets,
    // au pairs, home carers, funeral directors, self-storage, removals, tyres, solar panels, broadband, pet
    // insurance, physiotherapists, cosmetic clinics, holiday cottages, lost luggage; aircraft maintenance,
    // rolling-stock leasing, port terminals, customs brokers, grain, coffee and cocoa traders, seafood, meat
    // packers, dairy co-ops, contract brewing, vineyards, flour mills, bakeries, franchising, hotel
    // management, airline catering, localization, e-learning, payroll, recruitment, executive search,
    // background screening, insurance brokers, architects and engineers, quantity surveyors, demolition,
    // crane hire, road surfacing, drone surveying, satellite data, market research, call centres, debt
    // collection, document storage, office fit-out, coworking, vending, uniforms and PPE, chemicals,
    // coatings, glass bottles, aluminium extrusion, foundries, robotics and SCADA integrators. Blind on all
    // 180 (scored once, with the session-start rules): three-level 0.956, hostile F1 0.979, positions
    // micro-F1 0.880.
    name: 'labeled-fresh27',
    even: 'held out, never looked at; blind: three-level 0.956, hostile F1 0.955, positions micro-F1 0.871',
    odd: 'for tuning; blind: three-level 0.956, hostile F1 1.000, positions micro-F1 0.888',
  },
  {
    // chimney sweeps, septic tanks, pest control, window and carpet cleaners, livery yards, kennels, dog
    // groomers, bike and phone repair, appliance repair, opticians, orthodontists, hairdressers and salons,
    // spa days, soft play, scouts, village halls, yoga teachers, personal chefs, meal kits, grocery delivery,
    // airport car hire, private parking, EV chargers, heat pumps, double glazing, tree surgeons, skip hire,
    // hot tubs and bouncy castles, ice-cream vans, wedding bands, sign writers, print shops, model railways,
    // coin and stamp dealers, online auctions, glamping, ski chalets, cruises, language schools, dance and
    // martial-arts clubs, allotments, wedding cakes; bulk fuel and LPG, linen hire, hospital cleaning, fire
    // alarms, CCTV, colocation, cloud and API overages, mobile games, sports sponsorship, arena catering,
    // signage, boxes and pallets, forklifts, cold storage, tank cleaning, ship chandlers and bunkers, marine
    // surveyors, air charter, pilot training, rail maintenance, bus and school transport, taxi fleets, EV
    // leasing, battery, e-waste and textile recycling, composting, water treatment, lab equipment, medical
    // devices, veterinary wholesale, seeds and fertiliser, flower auctions, quarries and concrete,
    // scaffolding, HVAC commissioning, lifts, exhibition stands, post-production, stock photos, music
    // licensing, journal publishers, clinical labs, occupational health, corporate travel and relocation.
    // Blind on all 180 (scored once, with the session-start rules): three-level 0.950, hostile F1 0.948,
    // positions micro-F1 0.901.
    name: 'labeled-fresh28',
    even: 'held out, never looked at; blind: three-level 0.933, hostile F1 0.943, positions micro-F1 0.894',
    odd: 'for tuning; blind: three-level 0.967, hostile F1 0.955, positions micro-F1 0.907',
  },
  {
    // home and pet insurance claims, used cars and warranties, boiler cover, gyms and personal trainers,
    // physios, dentists, vets, nurseries and childminders, clubs and summer camps, student housing, estate
    // and letting agents, holiday lets, lost baggage, train-delay refunds, tickets, wedding venues and
    // photographers, florists, caterers, kitchen and bathroom fitters, roofers, plasterers, electricians and
    // plumbers, flooring, blinds, furniture and mattress returns, marketplace sellers, crowdfunding, app
    // subscriptions, phone contracts, energy and water bills, parking permits, neighbours and party walls,
    // residents' associations, classified ads, hobby clubs, musical instruments, antiques fairs, garden
    // centres, tuition agencies; SaaS true-ups, ERP consultancies, offshore development, web agencies,
    // incident response, managed IT, cloud migration, data labelling, dataset licensing, translators and
    // copywriters, PR, conference venues, trade associations, commercial leases and service charges, vending
    // and coffee machines, office furniture, workwear, merchandise, industrial gases, chemicals, paints, solar
    // EPC and batteries, grid connections, farm machinery, grain storage, greenhouses, fish farms, container
    // leasing, freight forwarders, couriers, air cargo, warehouse robotics, auto parts, tyres, dealer groups,
    // film and book distribution, game localisation, model makers, captioning, legal process outsourcing,
    // court reporting, patent attorneys and pension administrators.
    // Blind on all 180 (scored once, with the session-start rules): three-level 0.911, hostile F1 0.980,
    // positions micro-F1 0.881.
    name: 'labeled-fresh29',
    even: 'held out, never looked at; blind: three-level 0.878, hostile F1 0.980, positions micro-F1 0.871',
    odd: 'for tuning; blind: three-level 0.944, hostile F1 0.979, positions micro-F1 0.891',
  },
  {
    // car-insurance write-offs, motorbike and bicycle shops, caravans, moorings, driving and music teachers,
    // tuition and language schools, au pairs, cleaners, window cleaners, pest control, chimney sweeps, home
    // solar and EV chargers, broadband, alarms and CCTV, locksmiths, garage doors, driveways, fencing,
    // gardeners, pools, loft conversions, architects, surveyors, conveyancers, removals and storage, house
    // clearance, funeral directors, probate, care-home fees, hearing aids, eye surgery, cosmetic and
    // fertility clinics, pharmacies, meal kits, wine clubs, pet groomers, horse sales, courses, bridal shops,
    // jewellers, watch repairs, art commissions, printers; payroll bureaus, audit and tax fees, business
    // insurance brokers, commercial cleaning, facilities management, lifts, fire safety, waste contracts,
    // fleet leasing, van hire, chauffeur accounts, corporate travel, hotel room blocks, group fares, stand
    // builders, AV rental, recruitment and temp staffing, e-learning, market research, call centres, debt
    // collection, invoice finance, equipment leasing, CNC machining, fabrication, injection moulding,
    // packaging, pallets, food ingredients, bakery and dairy, coffee and wine importers, breweries and pub
    // chains, restaurant franchises, linen services, medical consumables, lab equipment, clinical trials,
    // veterinary wholesale, school transport, university procurement, housing associations, council grants,
    // fundraising agencies, sponsorship, broadcast rights, podcast and influencer marketing, app studios and
    // hosting.
    // Blind on all 180 (scored once, with the session-start rules): three-level 0.956, hostile F1 0.970,
    // positions micro-F1 0.903.
    name: 'labeled-fresh30',
    even: 'held out, never looked at; blind: three-level 0.967, hostile F1 0.974, positions micro-F1 0.899',
    odd: 'for tuning; blind: three-level 0.944, hostile F1 0.967, positions micro-F1 0.906',
  },
];

function main() {
  console.log('# Parley evaluation');
  const own = join(process.cwd(), 'tests/data/labeled-emails.jsonl');
  if (existsSync(own)) evaluate("project's own labeled emails (never tuned on)", load(own));
  const deadlineDev = join(process.cwd(), 'tests/data/deadline-dev.jsonl');
  if (existsSync(deadlineDev)) {
    // The deadline rules were extended looking at this set's misses: fit, not generalisation.
    console.log('\n## deadline forms (tests/data/deadline-dev.jsonl; the deadline rules were tuned on it)');
    console.log(
      formatDeadlineScores(
        'deadline-dev',
        scoreDeadlines(parseDeadlineItems(readFileSync(deadlineDev, 'utf8'))),
      ),
    );
  }
  // Sets written later, independently, to LABELS.md, each scored blind once before any rule looked at it;
  // then the rules were extended looking at the odd ids' misses (fit). For the first set the even ids were
  // used later too; for the second they are still held out.
  const freshSets = [
    {
      file: 'tests/data/deadline-fresh.jsonl',
      note: 'blind F1 0.843; odd ids then even ids used for tuning',
      name: 'fresh',
    },
    {
      file: 'tests/data/deadline-fresh2.jsonl',
      note: 'blind F1 0.744; odd ids used for tuning, even ids held out (blind 0.785)',
      name: 'fresh2',
    },
  ];
  for (const set of freshSets) {
    const path = join(process.cwd(), set.file);
    if (!existsSync(path)) continue;
    const items = parseDeadlineItems(readFileSync(path, 'utf8'));
    console.log(`\n## deadline set written later (${set.file}; ${set.note})`);
    console.log(formatDeadlineScores(`${set.name}, odd ids`, scoreDeadlines(idHalf(items, 1))));
    console.log(formatDeadlineScores(`${set.name}, even ids`, scoreDeadlines(idHalf(items, 0))));
  }

  for (const set of LATER_LABELED) {
    const path = join(process.cwd(), `tests/data/${set.name}.jsonl`);
    if (!existsSync(path)) continue;
    const rows = load(path);
    evaluate(`${set.name}, even ids (${set.even})`, idHalf(rows, 0));
    evaluate(`${set.name}, odd ids (${set.odd})`, idHalf(rows, 1));
  }

  const dev = join(SHARED, 'data/dev-emails.jsonl');
  if (!existsSync(dev)) {
    console.log(`\n(${SHARED}/data not found: shared dev and public sets skipped)`);
    return;
  }
  // The rules were developed looking at all 90 dev emails, so these figures show fit, not
  // generalisation: the project's own labeled set above is the unseen test.
  evaluate('dev-emails (all 90; the rules were tuned on these)', load(dev));

  const politeness = join(SHARED, 'data/public/politeness-wikipedia.csv');
  const requests = join(SHARED, 'data/public/email-requests-train.tsv');
  console.log('\n## public sets (held-out parts; the models never saw them in training)');
  if (existsSync(politeness)) {
    const r = evalPoliteness(readFileSync(politeness, 'utf8'));
    console.log(
      `politeness, Wikipedia top vs bottom quartile: accuracy ${fmt(r.accuracy)} on ${r.n} requests`,
    );
  }
  if (existsSync(requests)) {
    const r = evalRequests(readFileSync(requests, 'utf8'));
    console.log(
      `email requests (Yes = the sentence asks for something): accuracy ${fmt(r.accuracy)} on ${r.n} sentences`,
    );
  }
}

main();
