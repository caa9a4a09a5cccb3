/**
 * Nouns for groups of people by politics, identity, origin, faith, trade or
 * age. An insult with one of these as its subject (`all X are …`, `X are
 * idiots`, `typical X`) generalises about a group, which is an attack on it.
 * Plural forms come from the term matcher's inflections.
 */
export const GROUPS: readonly string[] = [
  // Politics.
  'liberal', 'conservative', 'democrat', 'republican', 'dem', 'lib', 'leftist', 'lefty', 'lefties', 'rightist',
  'right winger', 'left winger', 'progressive', 'socialist', 'communist', 'marxist', 'libertarian', 'tory',
  'tories', 'labour voter', 'labour supporter', 'lib dem', 'remainer', 'leaver', 'brexiteer', 'brexiter',
  'nationalist', 'unionist', 'trump supporter', 'maga', 'antifa', 'snp', 'voter', 'politician', 'mp',
  'minister', 'councillor', 'activist', 'protester', 'campaigner', 'globalist', 'feminist', 'vegan',
  // Identity, origin and faith.
  'woman', 'women', 'man', 'men', 'girl', 'boy', 'female', 'male', 'gay', 'lesbian', 'trans', 'black',
  'white', 'asian', 'muslim', 'christian', 'jew', 'jewish people', 'hindu', 'sikh', 'catholic', 'protestant',
  'atheist', 'immigrant', 'migrant', 'refugee', 'asylum seeker', 'foreigner', 'mexican', 'american', 'brit',
  'english', 'scot', 'scottish people', 'welsh', 'irish', 'pole', 'romanian', 'african', 'arab', 'chinese',
  'indian', 'pakistani', 'russian', 'european', 'traveller', 'gypsy', 'gypsies', 'illegals',
  // Trades, ages and other crowds.
  'people', 'folk', 'journalist', 'reporter', 'media', 'teacher', 'nurse', 'doctor', 'police', 'cop',
  'civil servant', 'bureaucrat', 'banker', 'lawyer', 'millennial', 'boomer', 'gen z', 'kid', 'teen',
  'student', 'fan', 'supporter', 'follower', 'celebrity', 'elite', 'rich', 'poor', 'northerner', 'southerner',
  'londoner', 'yank',
];

/** Words that introduce a generalisation about a whole group: `all`, `typical`, `these`. */
export const GROUP_QUANTIFIERS: readonly string[] = [
  'all', 'every', 'most', 'typical', 'these', 'those', 'bloody', 'fucking', 'damn', 'stupid', 'dumb', 'you',
];
