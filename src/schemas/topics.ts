/**
 * The fixed list of topics a section may be filed under. Search filters and the
 * home page group by these, so an unknown topic is a content error, not a new topic.
 */
export const TOPICS = {
  overview: 'Overview',
  ftca: 'Suing the United States (FTCA)',
  'personal-liability': 'Suing the agent personally',
  bivens: 'Bivens claims',
  'westfall-act': 'Westfall Act',
  'qualified-immunity': 'Qualified immunity',
  'who-pays': 'Who pays',
  'state-and-local': 'State and local law',
  criminal: 'Criminal liability',
  complaints: 'Complaints and oversight',
  warrants: 'Warrants and home entry',
  'practical-steps': 'Practical steps',
  litigation: 'Lawsuits and court findings',
  'policy-debate': 'Policy debate',
  'open-questions': 'Open questions',
} as const;

export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];
