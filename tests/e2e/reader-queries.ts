/**
 * Realistic reader queries and the section that answers each. Search must put
 * that section in the top 3, and where `part` is given, list that heading
 * (its published anchor, see content/published-anchors.json) under it; where
 * `answer` is given, the section's excerpt must say it. Written from what the
 * sections say, as a reader would type it: short, informal, sometimes a case
 * name or a form number. The last three come from the reader review.
 */
export const READER_QUERIES: Array<{ query: string; expect: string; part?: string; answer?: RegExp }> = [
  { query: 'can I sue an ICE agent', expect: 'short-answer' },
  { query: 'official capacity', expect: 'two-routes' },
  { query: 'who can I sue', expect: 'who-can-be-sued' },
  { query: 'FTCA', expect: 'ftca' },
  { query: 'discretionary function exception', expect: 'ftca' },
  { query: 'Martin v. United States wrong house', expect: 'ftca' },
  { query: 'deadline', expect: 'filing-an-ftca-claim' },
  { query: 'SF-95', expect: 'filing-an-ftca-claim' },
  { query: 'sum certain', expect: 'filing-an-ftca-claim' },
  { query: 'Westfall Act', expect: 'westfall-act' },
  { query: 'scope of employment certification', expect: 'westfall-act' },
  { query: 'Bivens', expect: 'suing-the-agent' },
  { query: 'Egbert v. Boule', expect: 'suing-the-agent' },
  { query: 'qualified immunity', expect: 'qualified-immunity' },
  { query: 'clearly established law', expect: 'qualified-immunity' },
  { query: 'judgment bar', expect: 'suing-both' },
  { query: 'section 1983', expect: 'section-1983-and-287g' },
  { query: '287(g) deputy', expect: 'section-1983-and-287g' },
  { query: 'who pays the damages', expect: 'who-pays' },
  { query: 'professional liability insurance', expect: 'who-pays' },
  { query: 'criminal charges against ICE agent', expect: 'criminal-liability' },
  { query: 'Supremacy Clause immunity', expect: 'criminal-liability' },
  { query: 'Horiuchi Ruby Ridge', expect: 'criminal-liability' },
  { query: 'injunction', expect: 'other-remedies' },
  { query: 'Lopez-Mendoza exclusionary rule', expect: 'other-remedies' },
  { query: 'administrative warrant I-205', expect: 'warrants-and-home-entry' },
  { query: 'can ICE enter my home', expect: 'warrants-and-home-entry' },
  { query: 'Operation Midway Blitz', expect: 'raids-and-lawsuits-2025-2026' },
  { query: 'mask law California', expect: 'raids-and-lawsuits-2025-2026' },
  { query: 'ICEBlock app', expect: 'raids-and-lawsuits-2025-2026' },
  { query: 'find a lawyer', expect: 'practical-steps' },
  { query: 'HIPAA hospital', expect: 'practical-steps' },
  { query: 'ruinous liability', expect: 'competing-perspectives' },
  { query: 'what is still unknown', expect: 'what-we-do-not-know' },
  { query: 'glossary', expect: 'glossary' },
  { query: 'how much money', expect: 'ftca', part: 'what-a-winning-claim-can-and-cannot-get' },
  { query: 'can I sue the officer', expect: 'short-answer' },
  { query: 'can ice enter my home', expect: 'warrants-and-home-entry', answer: /judge/i },
];
