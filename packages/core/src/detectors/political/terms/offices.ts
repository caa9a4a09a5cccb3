import type { TopicGroup } from './types.js';

/** Briefs of secretaries of state and ministers: `home secretary`, `shadow health secretary`, `housing minister`. */
const BRIEFS = [
  'home', 'foreign', 'health', 'education', 'justice', 'defence', 'culture', 'business', 'transport',
  'environment', 'work and pensions', 'energy', 'levelling up', 'housing', 'northern ireland', 'scottish',
  'welsh', 'trade', 'science', 'communities', 'treasury', 'immigration', 'policing', 'security', 'prisons',
  'schools', 'armed forces', 'veterans', 'europe', 'brexit', 'finance', 'digital', 'equalities', 'development',
];

const SECRETARIES = BRIEFS.flatMap((b) => [`${b} secretary`, `shadow ${b} secretary`]);
const MINISTERS = BRIEFS.flatMap((b) => [`${b} minister`, `shadow ${b} minister`]);

/**
 * Offices held by politicians. `the chancellor` and `minister` are cased
 * because they have other senses (a university's chancellor, a church
 * minister); `secretary` alone is no office at all (the chess club has one).
 */
export const OFFICES: readonly TopicGroup[] = [
  {
    topic: 'the Prime Minister', kind: 'office', clarity: 0.85, terms: [
      'prime minister', 'prime ministers', 'pm s', 'prime minister s questions', 'pmqs', 'deputy prime minister',
      'number 10', 'no 10', 'no10', 'downing street', 'potus', 'the president of the united states',
    ],
  },
  { topic: 'the Prime Minister', kind: 'office', clarity: 0.6, cased: true, terms: ['the pm', 'our pm'] },
  { topic: 'the Chancellor', kind: 'office', clarity: 0.75, cased: true, terms: ['chancellor'] },
  {
    topic: 'the Chancellor', kind: 'office', clarity: 0.9, terms: [
      'chancellor of the exchequer', 'shadow chancellor', 'the exchequer',
    ],
  },
  {
    topic: 'a secretary of state', kind: 'office', clarity: 0.85, terms: [
      ...SECRETARIES, 'secretary of state', 'secretaries of state', 'shadow secretary of state',
    ],
  },
  {
    topic: 'a minister', kind: 'office', clarity: 0.85, terms: [
      ...MINISTERS, 'government minister', 'government ministers', 'cabinet minister', 'cabinet ministers',
      'junior minister',
      'shadow minister', 'shadow ministers', 'shadow cabinet', 'first minister', 'deputy first minister',
      'tory minister', 'labour minister',
    ],
  },
  { topic: 'a minister', kind: 'office', clarity: 0.6, cased: true, terms: ['minister', 'ministers', 'cabinet'] },
  {
    topic: 'the Leader of the Opposition', kind: 'office', clarity: 0.88, terms: [
      'leader of the opposition', 'opposition leader', 'opposition parties', 'opposition mps',
    ],
  },
  {
    topic: 'an MP', kind: 'office', clarity: 0.72, cased: true, terms: [
      'mp', 'mps', 'msp', 'msps', 'mep', 'meps', 'mla', 'mlas',
    ],
  },
  {
    topic: 'an MP', kind: 'office', clarity: 0.85, terms: [
      'member of parliament', 'members of parliament', 'your mp', 'my mp', 'local mp', 'backbencher', 'backbenchers',
      'backbench mps', 'frontbench', 'frontbencher', 'chief whip', 'party whip', 'lose the whip', 'constituency mp',
      'peers in the lords', 'life peer', 'councillor', 'councillors',
    ],
  },
  {
    topic: 'the mayor', kind: 'office', clarity: 0.7, terms: [
      'mayor of london', 'metro mayor', 'mayor of manchester', 'mayoral election', 'mayoral candidate',
    ],
  },
  {
    topic: 'US politics', kind: 'office', clarity: 0.75, terms: [
      'senator', 'senators', 'congressman', 'congresswoman', 'congressmen', 'congressional', 'presidential',
      'presidential candidate', 'presidential race', 'presidential campaign', 'presidential election',
      'presidential run', 'president of the united states', 'vice president', 'white house', 'oval office', 'scotus',
      'supreme court', 'speaker of the house', 'house republicans', 'house democrats', 'senate republicans',
      'senate democrats', 'capitol hill', 'governor of', 'attorney general', 'state department',
      'secretary of state clinton', 'executive order', 'executive orders', 'filibuster',
    ],
  },
  {
    topic: 'US politics', kind: 'office', clarity: 0.6, cased: true, terms: [
      'senate', 'congress', 'governor', 'presidency',
    ],
  },
  { topic: 'US politics', kind: 'office', clarity: 0.45, cased: true, terms: ['president'] },
  {
    topic: 'politics', kind: 'office', clarity: 0.6, terms: [
      'politician', 'politicians', 'politics', 'political', 'politically', 'political party', 'political parties',
      'statesman', 'polititians', 'pols',
    ],
  },
];

/** Government and parliament, and the departments of state. */
export const INSTITUTIONS: readonly TopicGroup[] = [
  {
    topic: 'the government', kind: 'institution', clarity: 0.55, terms: [
      'government', 'governments', 'govt', 'the govt', 'gov t', 'governing party', 'ruling party', 'this government',
      'the regime', 'obama administration', 'trump administration', 'biden administration', 'federal government',
      'big government', 'nanny state', 'uk government', 'uk gov', 'ukgov', 'hmg', 'his majesty s government',
      'scottish government', 'welsh government',
    ],
  },
  {
    topic: 'Parliament', kind: 'institution', clarity: 0.7, terms: [
      'parliament', 'parliamentary', 'house of commons', 'the commons', 'house of lords', 'holyrood', 'senedd',
      'stormont', 'select committee', 'commons vote', 'lords vote', 'queen s speech', 'king s speech',
      'dissolution of parliament', 'hung parliament', 'unelected lords',
    ],
  },
  { topic: 'Parliament', kind: 'institution', clarity: 0.6, cased: true, terms: ['westminster', 'whitehall'] },
  {
    topic: 'a government department', kind: 'institution', clarity: 0.6, terms: [
      'home office', 'foreign office', 'hm treasury', 'cabinet office', 'ministry of defence', 'ministry of justice',
      'department for education', 'department of health', 'department of health and social care',
      'department for work and pensions', 'dwp', 'department for transport', 'department for business',
      'department for environment', 'defra', 'dhsc', 'dfe', 'fcdo', 'mhclg', 'dluhc', 'desnz', 'dcms', 'dsit', 'beis',
      'hmrc', 'border force', 'ofsted', 'department for culture',
    ],
  },
  { topic: 'a government department', kind: 'institution', clarity: 0.5, cased: true, terms: ['treasury'] },
];

/** Elections and the machinery of voting. */
export const ELECTIONS: readonly TopicGroup[] = [
  {
    topic: 'an election', kind: 'election', clarity: 0.75, terms: [
      'general election', 'general elections', 'election', 'elections', 'by election', 'by-election',
      'local elections', 'snap election', 'election campaign', 'election day', 'polling day', 'polling station',
      'polling stations', 'referendum', 'referendums', 'electorate', 'electoral', 'constituency', 'constituencies',
      'constituents', 'marginal seat', 'marginal seats', 'safe seat', 'campaign trail', 'ballot box', 'postal vote',
      'postal votes', 'voter id', 'voter turnout', 'swing voters', 'voters', 'primaries', 'primary election',
      'caucus', 'caucuses', 'midterms', 'midterm elections', 'candidacy', 'running mate', 'presumptive nominee',
      'party nominee', 'frontrunner', 'front runner', 'opinion poll', 'opinion polls', 'polling', 'the polls',
      'exit poll', 'manifesto', 'manifestos', 'election pledge', 'campaign promise', 'ge2015', 'ge2017', 'ge2019',
      'ge2024', 'ge15', 'ge17', 'ge19', 'ge24', 'generalelection', 'election2016', 'election2024', '2016 election',
      '2020 election', '2024 election', 'purdah', 'pre election period',
    ],
  },
  {
    topic: 'an election', kind: 'election', clarity: 0.3, terms: [
      'candidate', 'candidates', 'ballot', 'ballots', 'voting',
    ],
  },
];
