/**
 * The parts of a threat written as a sentence: the writer saying what they
 * will do to someone (`I will find you and hurt you`, `I'm gonna kill @x`,
 * `we'll destroy them`). Words are as the normaliser writes them: lower
 * case, apostrophes turned into spaces (`i ll`, `i m`).
 */

/** Verbs of violence: with the writer as subject and a person as object, always a threat. */
export const VIOLENT_VERBS: readonly string[] = [
  'kill', 'murder', 'hurt', 'harm', 'stab', 'shoot', 'punch', 'slap', 'strangle', 'choke', 'batter', 'attack',
  'assault', 'rape', 'torture', 'knife', 'behead', 'lynch', 'shank', 'maim', 'kneecap', 'drown', 'poison',
  'suffocate', 'strangulate', 'bash', 'thump', 'stomp', 'beat up',
];

/**
 * Verbs of violence that have everyday senses too (`I'll cut you a slice`,
 * `I'll hit you up`): a threat only as the whole of what is said (`I will
 * cut you.`) or joined to another (`I'll find you and cut you`).
 */
export const AMBIGUOUS_VIOLENT_VERBS: readonly string[] = [
  'cut', 'hit', 'kick', 'break', 'deck', 'glass', 'skin', 'burn', 'bury', 'hang', 'smash', 'gut', 'butcher',
  'slaughter', 'execute', 'eliminate', 'beat',
];

/** Verbs that threaten only as the whole of what is said: `I will find you.`, not `I will find you a seat`. */
export const PURSUIT_VERBS: readonly string[] = ['find', 'get', 'hunt', 'track', 'come for', 'come after', 'deal with'];

/** Verbs of ruin that threaten as the whole of what is said, more weakly: `I will destroy you.` */
export const RUIN_VERBS: readonly string[] = ['destroy', 'ruin', 'end', 'crush', 'finish', 'wreck', 'annihilate', 'obliterate'];

/** People a threat is made against: the reader or someone pointed at. */
export const THREAT_OBJECTS: readonly string[] = ['you', 'u', 'ya', 'yall', 'him', 'her', 'them', 'yourself', 'ye'];

/** Possessives before what a violent verb threatens: `I will kill your dog`. */
export const THREAT_POSSESSIVES: readonly string[] = ['your', 'ur', 'his', 'her', 'their'];

/** Words allowed between the intent and the verb: `I will fucking kill you`, `I'll come and find you`. */
export const THREAT_FILLERS: readonly string[] = [
  'fucking', 'fuckin', 'effing', 'freaking', 'bloody', 'literally', 'personally', 'really', 'just', 'actually',
  'seriously', 'definitely', 'absolutely', 'totally', 'so', 'come', 'go', 'and', 'gladly', 'happily', 'still', 'then',
  'physically',
];

/** Words after the object that make a pursuit a threat: `hunt you down`, `beat you up`. */
export const THREAT_PARTICLES: readonly string[] = ['down', 'up'];
