/**
 * Words and phrases of anger and exasperation. On their own they are
 * ordinary; the heat detector reports them because a post written while
 * angry is the one most likely to be regretted once it is out.
 */
export const ANGER_WORDS: readonly string[] = [
  'furious', 'fuming', 'livid', 'seething', 'enraged', 'incensed', 'outraged', 'outrageous', 'infuriating',
  'infuriated', 'apoplectic', 'raging', 'rage', 'angry', 'angrier', 'angriest', 'pissed off', 'hacked off',
  'cheesed off', 'fed up', 'sick of', 'sick and tired', 'had enough', 'had it up to here', 'lost my temper',
  'lose my temper', 'seeing red', 'beyond a joke', 'joke of a', 'disgusted', 'disgusting',
  'disgrace', 'disgraceful', 'appalled', 'appalling', 'scandalous', 'shameful', 'shocking',
  'unacceptable', 'unbelievable', 'unforgivable', 'inexcusable', 'absurd', 'ridiculous', 'pathetic',
  'how dare', 'hate', 'hated', 'hates', 'hating', 'loathe', 'despise', 'detest', 'cannot stand',
  "can't stand", 'cant stand', 'makes my blood boil', 'blood boil', 'fury', 'wrath', 'rant', 'ranting',
  'screw this', 'screw that', 'to hell with', 'enough is enough', 'last straw', 'final straw', 'never again',
  'shut up', 'stop lying', 'liar', 'liars', 'lying', 'betrayal', 'betrayed', 'traitor',
];
