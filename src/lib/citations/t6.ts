/**
 * Words abbreviated in case names in citations (The Bluebook, table T6, with
 * rule 10.2.2). Only entries the table gives for whole words; a plural adds "s"
 * before the closing period ("Services" → "Servs.") unless listed itself.
 */
const T6: Readonly<Record<string, string>> = {
  academy: 'Acad.',
  administration: 'Admin.',
  administrative: 'Admin.',
  administrator: "Adm'r",
  advertising: 'Advert.',
  agricultural: 'Agric.',
  agriculture: 'Agric.',
  america: 'Am.',
  american: 'Am.',
  and: '&',
  associate: 'Assoc.',
  association: "Ass'n",
  atlantic: 'Atl.',
  attorney: "Att'y",
  authority: 'Auth.',
  automobile: 'Auto.',
  automotive: 'Auto.',
  avenue: 'Ave.',
  board: 'Bd.',
  broadcasting: 'Broad.',
  brotherhood: 'Bhd.',
  brothers: 'Bros.',
  building: 'Bldg.',
  business: 'Bus.',
  casualty: 'Cas.',
  center: 'Ctr.',
  centre: 'Ctr.',
  central: 'Cent.',
  chemical: 'Chem.',
  coalition: 'Coal.',
  college: 'Coll.',
  commission: "Comm'n",
  commissioner: "Comm'r",
  committee: 'Comm.',
  communication: "Commc'n",
  community: 'Cmty.',
  company: 'Co.',
  compensation: 'Comp.',
  condominium: 'Condo.',
  congress: 'Cong.',
  congressional: 'Cong.',
  consolidated: 'Consol.',
  construction: 'Constr.',
  continental: "Cont'l",
  cooperative: 'Coop.',
  corporation: 'Corp.',
  correction: 'Corr.',
  correctional: 'Corr.',
  corrections: 'Corr.',
  county: 'Cnty.',
  criminal: 'Crim.',
  defense: 'Def.',
  department: "Dep't",
  detention: 'Det.',
  development: 'Dev.',
  director: 'Dir.',
  distribution: 'Distrib.',
  distributor: 'Distrib.',
  district: 'Dist.',
  division: 'Div.',
  east: 'E.',
  eastern: 'E.',
  economic: 'Econ.',
  economics: 'Econ.',
  economy: 'Econ.',
  education: 'Educ.',
  educational: 'Educ.',
  electric: 'Elec.',
  electrical: 'Elec.',
  electricity: 'Elec.',
  electronic: 'Elec.',
  employee: 'Emp.',
  employer: 'Emp.',
  employment: 'Emp.',
  enforcement: "Enf't",
  engineer: "Eng'r",
  engineering: "Eng'g",
  enterprise: 'Enter.',
  entertainment: 'Ent.',
  environment: "Env't",
  environmental: "Env't",
  equipment: 'Equip.',
  exchange: 'Exch.',
  executive: 'Exec.',
  federal: 'Fed.',
  federation: "Fed'n",
  fidelity: 'Fid.',
  finance: 'Fin.',
  financial: 'Fin.',
  financing: 'Fin.',
  foundation: 'Found.',
  general: 'Gen.',
  government: "Gov't",
  guaranty: 'Guar.',
  hospital: 'Hosp.',
  housing: 'Hous.',
  immigration: 'Immigr.',
  incorporated: 'Inc.',
  indemnity: 'Indem.',
  independent: 'Indep.',
  industrial: 'Indus.',
  industries: 'Indus.',
  industry: 'Indus.',
  information: 'Info.',
  institute: 'Inst.',
  institution: 'Inst.',
  insurance: 'Ins.',
  international: "Int'l",
  investment: 'Inv.',
  laboratory: 'Lab.',
  liability: 'Liab.',
  limited: 'Ltd.',
  litigation: 'Litig.',
  machinery: 'Mach.',
  maintenance: 'Maint.',
  management: 'Mgmt.',
  manufacturer: 'Mfr.',
  manufacturing: 'Mfg.',
  maritime: 'Mar.',
  market: 'Mkt.',
  marketing: 'Mktg.',
  medical: 'Med.',
  medicine: 'Med.',
  memorial: "Mem'l",
  merchant: 'Merch.',
  metropolitan: 'Metro.',
  mortgage: 'Mortg.',
  municipal: 'Mun.',
  mutual: 'Mut.',
  national: "Nat'l",
  north: 'N.',
  northern: 'N.',
  northeast: 'Ne.',
  northeastern: 'Ne.',
  northwest: 'Nw.',
  northwestern: 'Nw.',
  number: 'No.',
  organization: 'Org.',
  pacific: 'Pac.',
  partnership: "P'ship",
  personal: 'Pers.',
  personnel: 'Pers.',
  pharmaceutical: 'Pharm.',
  preservation: 'Pres.',
  probation: 'Prob.',
  product: 'Prod.',
  production: 'Prod.',
  professional: 'Pro.',
  property: 'Prop.',
  protection: 'Prot.',
  public: 'Pub.',
  publication: "Publ'n",
  publishing: "Publ'g",
  railroad: 'R.R.',
  railway: 'Ry.',
  refining: 'Ref.',
  regional: "Reg'l",
  rehabilitation: 'Rehab.',
  research: 'Rsch.',
  resource: 'Res.',
  resources: 'Res.',
  restaurant: 'Rest.',
  retirement: 'Ret.',
  road: 'Rd.',
  savings: 'Sav.',
  school: 'Sch.',
  schools: 'Schs.',
  science: 'Sci.',
  secretary: "Sec'y",
  securities: 'Sec.',
  security: 'Sec.',
  service: 'Serv.',
  shareholder: "S'holder",
  social: 'Soc.',
  society: "Soc'y",
  south: 'S.',
  southern: 'S.',
  southeast: 'Se.',
  southeastern: 'Se.',
  southwest: 'Sw.',
  southwestern: 'Sw.',
  steamship: 'S.S.',
  street: 'St.',
  subcommittee: 'Subcomm.',
  surety: 'Sur.',
  system: 'Sys.',
  systems: 'Sys.',
  technology: 'Tech.',
  telecommunication: 'Telecomm.',
  telegraph: 'Tel.',
  telephone: 'Tel.',
  temporary: 'Temp.',
  township: 'Twp.',
  transcontinental: 'Transcon.',
  transport: 'Transp.',
  transportation: 'Transp.',
  trustee: 'Tr.',
  turnpike: 'Tpk.',
  uniform: 'Unif.',
  university: 'Univ.',
  utilities: 'Util.',
  utility: 'Util.',
  village: 'Vill.',
  west: 'W.',
  western: 'W.',
};

/**
 * Geographical units that are parties keep their full names (rule 10.2.2), and
 * "United States" is never abbreviated as a party (rule 10.2.2).
 */
const KEEP_WHOLE = ['District of Columbia', 'United States'];

function abbreviateWord(word: string): string {
  const lower = word.toLowerCase();
  const direct = T6[lower];
  if (direct !== undefined) return direct;
  // A regular plural of a listed word: "Services" → "Servs.", "Departments" → "Dep'ts".
  if (lower.endsWith('s')) {
    const singular = T6[lower.slice(0, -1)];
    if (singular !== undefined && singular !== '&') return singular.endsWith('.') ? `${singular.slice(0, -1)}s.` : `${singular}s`;
  }
  return word;
}

/**
 * A case name in the form law reviews print in citations: words in T6
 * abbreviated ("U.S. Department of Homeland Security" → "U.S. Dep't of Homeland
 * Sec."), except inside a geographical party name such as "District of Columbia".
 * Words already abbreviated, and capitalised acronyms, are left alone.
 */
export function abbreviateCaseName(name: string): string {
  const kept: string[] = [];
  // Protect whole phrases first, so "District" in "District of Columbia" stays.
  let text = name;
  for (const phrase of KEEP_WHOLE) {
    text = text.replaceAll(phrase, () => {
      kept.push(phrase);
      return `\u0000${kept.length - 1}\u0000`;
    });
  }
  const abbreviated = text.replace(/\p{L}+(?:['’]\p{L}+)?/gu, (word, offset: number, whole: string) => {
    // Leave "Inc." and the like as they are: a word followed by a period is already abbreviated.
    if (whole[offset + word.length] === '.') return word;
    // Only capitalised words are party-name words; "of", "the" and lower-case words stay.
    if (word === word.toUpperCase() && word.length > 1) return word;
    if (!/^\p{Lu}/u.test(word) && word.toLowerCase() !== 'and') return word;
    return abbreviateWord(word);
  });
  return abbreviated.replace(/\u0000(\d+)\u0000/g, (_match, index: string) => kept[Number(index)] ?? '');
}
