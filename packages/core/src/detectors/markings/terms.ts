/**
 * The vocabulary of protective markings and handling instructions: the
 * Government Security Classifications (2014) with their descriptors, the
 * markings they replaced, handling caveats, embargoes, drafts, leaks and the
 * everyday ways people say "this is not for sharing".
 */

/** A classification word or phrase; its rule decides how sure a match is. */
export interface MarkingTerm {
  text: string;
  /** The canonical marking, in capitals, for the label. */
  marking: string;
}

/** Classifications, current and legacy. Every one is also an ordinary English word, so case and layout decide. */
export const CLASSIFICATIONS: readonly MarkingTerm[] = [
  { text: 'official', marking: 'OFFICIAL' },
  { text: 'official sensitive', marking: 'OFFICIAL-SENSITIVE' },
  { text: 'officialsensitive', marking: 'OFFICIAL-SENSITIVE' },
  { text: 'secret', marking: 'SECRET' },
  { text: 'top secret', marking: 'TOP SECRET' },
  { text: 'topsecret', marking: 'TOP SECRET' },
  { text: 'restricted', marking: 'RESTRICTED' },
  { text: 'confidential', marking: 'CONFIDENTIAL' },
  { text: 'protect', marking: 'PROTECT' },
];

/** Descriptors and national caveats that may follow a classification (`OFFICIAL-SENSITIVE COMMERCIAL`). */
export const DESCRIPTORS: readonly string[] = [
  'commercial', 'personal', 'locsen', 'uk eyes only', 'eyes only', 'nato', 'eu', 'strap', 'hmg', 'policy',
  'security', 'management', 'staff', 'medical', 'contracts', 'investigation', 'appointments', 'honours',
  'regulatory', 'market sensitive', 'national security',
];

/** A phrase that is a handling instruction in itself, with how sure it is and its label. */
export interface HandlingTerm {
  text: string;
  confidence: number;
  label: string;
}

/** Handling caveats and confidentiality phrases. */
export const HANDLING: readonly HandlingTerm[] = [
  { text: 'uk eyes only', confidence: 0.92, label: 'handling caveat UK EYES ONLY' },
  { text: 'eyes only', confidence: 0.75, label: 'handling caveat EYES ONLY' },
  { text: 'for your eyes only', confidence: 0.55, label: 'handling caveat EYES ONLY' },
  { text: 'not for publication', confidence: 0.88, label: 'handling caveat NOT FOR PUBLICATION' },
  { text: 'not for circulation', confidence: 0.85, label: 'handling caveat NOT FOR CIRCULATION' },
  { text: 'not for onward circulation', confidence: 0.88, label: 'handling caveat NOT FOR CIRCULATION' },
  { text: 'not for wider circulation', confidence: 0.85, label: 'handling caveat NOT FOR CIRCULATION' },
  { text: 'not for distribution', confidence: 0.82, label: 'handling caveat NOT FOR DISTRIBUTION' },
  { text: 'not for onward distribution', confidence: 0.85, label: 'handling caveat NOT FOR DISTRIBUTION' },
  { text: 'not for onward transmission', confidence: 0.85, label: 'handling caveat NOT FOR DISTRIBUTION' },
  { text: 'not for release', confidence: 0.75, label: 'handling caveat NOT FOR RELEASE' },
  { text: 'not for public release', confidence: 0.85, label: 'handling caveat NOT FOR RELEASE' },
  { text: 'not for external use', confidence: 0.8, label: 'handling caveat INTERNAL ONLY' },
  { text: 'internal use only', confidence: 0.78, label: 'handling caveat INTERNAL ONLY' },
  { text: 'for internal use only', confidence: 0.8, label: 'handling caveat INTERNAL ONLY' },
  { text: 'internal only', confidence: 0.6, label: 'handling caveat INTERNAL ONLY' },
  { text: 'do not circulate', confidence: 0.8, label: 'handling caveat NOT FOR CIRCULATION' },
  { text: 'do not distribute', confidence: 0.8, label: 'handling caveat NOT FOR DISTRIBUTION' },
  { text: 'do not forward', confidence: 0.7, label: 'handling caveat DO NOT FORWARD' },
  { text: 'strictly confidential', confidence: 0.85, label: 'confidential' },
  { text: 'private and confidential', confidence: 0.8, label: 'confidential' },
  { text: 'commercial in confidence', confidence: 0.88, label: 'confidential' },
  { text: 'commercially sensitive', confidence: 0.65, label: 'confidential' },
  { text: 'market sensitive', confidence: 0.7, label: 'confidential' },
  { text: 'in strict confidence', confidence: 0.8, label: 'confidential' },
  { text: 'in strictest confidence', confidence: 0.85, label: 'confidential' },
  { text: 'in confidence', confidence: 0.55, label: 'confidential' },
  { text: 'sensitive information', confidence: 0.5, label: 'confidential' },
  { text: 'classified information', confidence: 0.6, label: 'confidential' },
  { text: 'classified document', confidence: 0.7, label: 'confidential' },
  { text: 'need to know basis', confidence: 0.6, label: 'confidential' },
  { text: 'need to know only', confidence: 0.7, label: 'confidential' },
];

/** Embargo phrases that are unmistakable. */
export const EMBARGO_STRONG: readonly HandlingTerm[] = [
  { text: 'embargoed', confidence: 0.85, label: 'embargo' },
  { text: 'embargoed until', confidence: 0.93, label: 'embargo' },
  { text: 'embargoed till', confidence: 0.93, label: 'embargo' },
  { text: 'embargoed to', confidence: 0.9, label: 'embargo' },
  { text: 'under embargo', confidence: 0.88, label: 'embargo' },
  { text: 'strictly embargoed', confidence: 0.93, label: 'embargo' },
  { text: 'embargo until', confidence: 0.9, label: 'embargo' },
  { text: 'embargo till', confidence: 0.9, label: 'embargo' },
  { text: 'embargo lifts', confidence: 0.85, label: 'embargo' },
  { text: 'embargo ends', confidence: 0.8, label: 'embargo' },
  { text: 'embargo is lifted', confidence: 0.8, label: 'embargo' },
  { text: 'not to be published before', confidence: 0.88, label: 'embargo' },
  { text: 'not for publication before', confidence: 0.9, label: 'embargo' },
  { text: 'not for publication until', confidence: 0.9, label: 'embargo' },
  { text: 'not to be released before', confidence: 0.85, label: 'embargo' },
  { text: 'not to be published until', confidence: 0.88, label: 'embargo' },
];

/** Words before `embargo` that make it a trade measure, not a press embargo. */
export const TRADE_EMBARGO_WORDS: readonly string[] = [
  'trade', 'arms', 'oil', 'economic', 'weapons', 'import', 'export', 'grain', 'gas', 'food', 'us', 'eu', 'un',
  'international', 'total', 'an', 'the', 'imposed', 'impose', 'lift', 'lifted', 'sanctions', 'cuba', 'russia',
];

/** Nouns that make `draft` (and `leaked`) refer to a document. */
export const DOCUMENT_NOUNS: readonly string[] = [
  'document', 'doc', 'report', 'paper', 'papers', 'version', 'copy', 'guidance', 'policy', 'strategy', 'plan',
  'proposal', 'proposals', 'minutes', 'letter', 'response', 'statement', 'press release', 'release', 'speech',
  'budget', 'bill', 'white paper', 'green paper', 'legislation', 'regulations', 'text', 'agreement', 'contract',
  'manifesto', 'figures', 'findings', 'memo', 'brief', 'briefing', 'submission', 'announcement', 'review',
  'slides', 'deck', 'email', 'emails', 'note', 'notes', 'paragraph', 'chapter', 'section', 'annex', 'terms',
  'consultation', 'framework', 'spending', 'bid', 'business case', 'cabinet paper', 'assessment', 'analysis',
  'data', 'results', 'plans', 'documents', 'reports', 'dossier', 'files', 'file', 'cable', 'cables', 'audio',
  'recording', 'recordings', 'messages', 'whatsapp', 'transcript', 'order', 'orders', 'directive', 'circular',
];

/** Words before or after `draft` that make it something else: beer, sport, wind, conscription. */
export const NON_DOCUMENT_DRAFT_WORDS: readonly string[] = [
  'beer', 'beers', 'ale', 'lager', 'cider', 'pint', 'pints', 'tap', 'on', 'pick', 'picks', 'day', 'night',
  'nfl', 'nba', 'mlb', 'nhl', 'fantasy', 'excluder', 'excluders', 'dodger', 'dodgers', 'dodging', 'board',
  'horse', 'horses', 'cold', 'the', 'military', 'lottery', 'round', 'class', 'prospect', 'prospects', 'kings',
];

/** Words before `leak` that make it a pipe, a roof or a program. */
export const NON_INFORMATION_LEAK_WORDS: readonly string[] = [
  'gas', 'water', 'oil', 'memory', 'roof', 'pipe', 'radiation', 'fuel', 'air', 'slow', 'sewage', 'chemical',
  'toxic', 'fluid', 'coolant', 'tyre', 'tire', 'bladder', 'blood',
];

/** Phrases that keep a remark off the record. */
export const OFF_THE_RECORD: readonly HandlingTerm[] = [
  { text: 'off the record', confidence: 0.82, label: 'off the record' },
  { text: 'strictly off the record', confidence: 0.9, label: 'off the record' },
  { text: 'not for attribution', confidence: 0.82, label: 'off the record' },
  { text: 'unattributable', confidence: 0.6, label: 'off the record' },
  { text: 'non attributable', confidence: 0.6, label: 'off the record' },
  { text: 'on background only', confidence: 0.7, label: 'off the record' },
  { text: 'between you and me', confidence: 0.75, label: 'off the record' },
  { text: 'between you me and the gatepost', confidence: 0.8, label: 'off the record' },
  { text: 'between ourselves', confidence: 0.65, label: 'off the record' },
  { text: 'strictly between us', confidence: 0.8, label: 'off the record' },
  { text: 'just between us', confidence: 0.75, label: 'off the record' },
  { text: 'between us two', confidence: 0.7, label: 'off the record' },
  { text: "you didn't hear it from me", confidence: 0.85, label: 'off the record' },
  { text: "you didn't hear this from me", confidence: 0.85, label: 'off the record' },
  { text: 'you did not hear it from me', confidence: 0.85, label: 'off the record' },
  { text: 'not supposed to tell', confidence: 0.7, label: 'off the record' },
  { text: 'not supposed to say', confidence: 0.65, label: 'off the record' },
  { text: "shouldn't be telling you", confidence: 0.8, label: 'off the record' },
  { text: 'should not be telling you', confidence: 0.8, label: 'off the record' },
  { text: "shouldn't really say", confidence: 0.65, label: 'off the record' },
  { text: "mum's the word", confidence: 0.6, label: 'off the record' },
  { text: 'hush hush', confidence: 0.55, label: 'off the record' },
  { text: 'keep it under your hat', confidence: 0.75, label: 'off the record' },
  { text: 'not public yet', confidence: 0.7, label: 'off the record' },
  { text: 'not yet public', confidence: 0.7, label: 'off the record' },
  { text: 'not been announced', confidence: 0.6, label: 'off the record' },
  { text: "hasn't been announced", confidence: 0.65, label: 'off the record' },
  { text: "before it's announced", confidence: 0.7, label: 'off the record' },
  { text: 'before it is announced', confidence: 0.7, label: 'off the record' },
  { text: 'ahead of the announcement', confidence: 0.55, label: 'off the record' },
  { text: 'inside information', confidence: 0.6, label: 'off the record' },
  { text: 'insider info', confidence: 0.6, label: 'off the record' },
  { text: "don't share this", confidence: 0.8, label: 'do not share' },
  { text: 'do not share this', confidence: 0.8, label: 'do not share' },
  { text: "please don't share", confidence: 0.8, label: 'do not share' },
  { text: 'please do not share', confidence: 0.8, label: 'do not share' },
  { text: "don't tell anyone", confidence: 0.75, label: 'do not share' },
  { text: 'do not tell anyone', confidence: 0.75, label: 'do not share' },
  { text: "don't repeat this", confidence: 0.75, label: 'do not share' },
  { text: 'do not repeat this', confidence: 0.75, label: 'do not share' },
  { text: "don't pass this on", confidence: 0.75, label: 'do not share' },
  { text: 'do not pass this on', confidence: 0.75, label: 'do not share' },
  { text: 'keep this to yourself', confidence: 0.8, label: 'do not share' },
  { text: 'keep this quiet', confidence: 0.75, label: 'do not share' },
  { text: 'keep it quiet', confidence: 0.6, label: 'do not share' },
  { text: 'keep this between us', confidence: 0.8, label: 'do not share' },
  { text: 'not to be shared', confidence: 0.8, label: 'do not share' },
  { text: 'not to be circulated', confidence: 0.82, label: 'do not share' },
  { text: 'not for sharing', confidence: 0.8, label: 'do not share' },
];

/**
 * Words of home and fun that show a marking is a joke (`TOP SECRET: what I
 * got mum for Christmas`): festivals, family, food, laughter.
 */
export const JOKE_WORDS: readonly string[] = [
  'christmas', 'xmas', 'birthday', 'bday', 'recipe', 'recipes', 'mum', 'mom', 'mummy', 'mommy', 'dad', 'daddy', 'nan',
  'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'lol', 'lols', 'lmao', 'lmfao', 'rofl', 'haha',
  'hahaha', 'hehe', 'jk', 'surprise', 'party', 'santa', 'present', 'presents', 'gift', 'gifts', 'cake', 'cakes',
  'biscuit', 'biscuits', 'cookie', 'cookies', 'chocolate', 'sweets', 'wedding', 'anniversary', 'valentine',
  'valentines', 'hubby', 'wifey', 'shh', 'shhh', 'mwahaha', 'muahaha', 'holiday', 'holidays', 'weekend', 'bake',
  'baking', 'sponge', 'lasagne', 'lasagna', 'pizza', 'crush', 'easter', 'halloween', 'fancy dress', 'secret santa',
];

/**
 * Openings that make what follows a marking the writer's own news, not a
 * document: `TOP SECRET: my plans`, `SECRET: guess what`.
 */
export const PERSONAL_OPENINGS: readonly string[] = [
  'my', 'i', 'im', 'me', 'guess', 'shh', 'shhh', 'psst', 'what i', 'what we', 'how i', 'where i', 'who i',
];

/** Words after a marking that show a document follows it, besides the document nouns. */
export const DOCUMENT_CUES: readonly string[] = [
  'attached', 'attachment', 'attachments', 'enclosed', 'enclosure', 'below', 'follows', 'following', 'agenda',
  'annex', 'appendix', 'handling', 'distribution', 'circulation', 'copy no', 'not for', 'uk eyes only', 'eyes only',
  'for official use', 'reference', 'ref', 'subject', 'summary', 'background', 'purpose', 'issue', 'recommendation',
  'recommendations', 'options', 'timing', 'minutes', 'readout', 'brief', 'note', 'draft', 'version', 'dated',
];
