/**
 * The words of factual claims: appeals to evidence, statements of records
 * and of change, and the attributions that show where a figure comes from.
 */

/** Appeals to evidence that name no source: `studies show`, `experts agree`. */
export const EVIDENCE_APPEALS: readonly string[] = [
  'studies show', 'study shows', 'studies have shown', 'studies prove', 'a study found', 'a new study',
  'a recent study', 'new research', 'research shows', 'research has shown', 'research proves', 'research found',
  'researchers found', 'science says', 'science shows', 'the science is clear', 'science proves', 'it s been proven',
  'it has been proven', 'it is proven', 'has been proven', 'proven fact', 'scientifically proven', 'clinically proven',
  'experts agree', 'experts say', 'experts warn', 'scientists agree', 'scientists say', 'doctors agree',
  'economists agree', 'economists say', 'statistics show', 'statistics prove', 'statistics say', 'stats show',
  'stats prove', 'data shows', 'data show', 'the data is clear', 'the numbers show', 'numbers don t lie',
  'the numbers don t lie', 'evidence shows', 'the evidence shows', 'evidence proves', 'figures show',
  'official figures', 'new figures', 'latest figures', 'polls show', 'surveys show', 'survey shows',
  'it is a fact', 'it s a fact', 'facts show', 'the facts are', 'everyone knows', 'nobody can deny',
  'no one can deny', 'undeniable', 'proof that', 'proves that', 'proved that', 'it is well known',
  'it s well known', 'research suggests', 'studies suggest', 'evidence suggests',
];

/** Claims about most people or a share of them, without a number: `the vast majority`, `two thirds of`. */
export const SHARE_CLAIMS: readonly string[] = [
  'the vast majority', 'vast majority of', 'the majority of', 'most people', 'most britons', 'most voters',
  'most experts', 'two thirds of', 'three quarters of', 'a third of', 'a quarter of', 'half of all', 'nine out of ten',
  'almost everyone', 'nearly everyone', 'hardly anyone',
];

/** Word-number proportions: `one in five`, `three out of four`. */
export const WORD_PROPORTIONS: readonly string[] = (() => {
  const small = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const large = [...small.slice(1), 'twenty', 'fifty', 'a hundred', 'one hundred', 'a thousand', 'a million'];
  return small.flatMap((a) => large.flatMap((b) => (a === b ? [] : [`${a} in ${b}`, `${a} out of ${b}`])));
})();

/** Records: `record high`, `highest ever`, `since records began`. */
export const RECORD_CLAIMS: readonly string[] = [
  'record high', 'record highs', 'record low', 'record lows', 'record level', 'record levels', 'record numbers',
  'record number', 'record breaking', 'all time high', 'all time low', 'highest ever', 'lowest ever',
  'highest level since', 'lowest level since', 'highest since', 'lowest since', 'since records began',
  'highest on record', 'lowest on record', 'worst on record', 'best on record', 'biggest ever', 'largest ever',
  'smallest ever', 'fastest rate', 'slowest rate', 'fastest growing', 'fastest ever', 'highest rate', 'lowest rate',
  'more than ever', 'fewer than ever', 'unprecedented',
];

/** Words that state a change strongly enough to be a claim by themselves: `doubled`, `plummeted`. */
export const STRONG_CHANGES: readonly string[] = [
  'doubled', 'tripled', 'trebled', 'quadrupled', 'halved', 'skyrocketed', 'soared', 'plummeted', 'plunged',
  'surged', 'slumped', 'spiked', 'tenfold', 'twofold', 'threefold', 'fourfold', 'fivefold', 'ballooned',
  'nosedived', 'collapsed by', 'crashed by',
];

/** Words of change next to a number that make it a statistical claim: `rose 3 points`, `4 times more`. */
export const CHANGE_CUES: readonly string[] = [
  'rose', 'risen', 'rise', 'rises', 'rising', 'fell', 'fallen', 'fall', 'falls', 'falling', 'increase', 'increased',
  'increases', 'increasing', 'decrease', 'decreased', 'decreases', 'grew', 'grown', 'growth', 'dropped', 'drop',
  'drops', 'up by', 'down by', 'per year', 'per week', 'per day', 'per head', 'per person', 'a year', 'a week',
  'each year', 'every year', 'annually', 'on average', 'average', 'rate', 'times more', 'times as', 'times higher',
  'times lower', 'times bigger', 'more than', 'less than', 'fewer than', 'points', 'percentage points',
];

/** Words near a large number or a price that make it a claim about the world: `10,000 jobs`, `£5 a week more`. */
export const CONTEXT_CUES: readonly string[] = [
  'nearly', 'almost', 'over', 'around', 'about', 'spent', 'spend', 'spending', 'cost', 'costs', 'worth', 'funding',
  'budget', 'deficit', 'debt', 'people', 'jobs', 'homes', 'patients', 'children', 'families', 'deaths', 'died',
  'killed', 'unemployment', 'inflation', 'crime', 'population', 'migrants', 'voters', 'taxpayers', 'nhs', 'cut',
  'cuts', 'lost', 'created', 'extra', 'waiting',
];

/** Attribution: where a claim comes from. A claim with one of these nearby is sourced. */
export const ATTRIBUTIONS: readonly string[] = [
  'according to', 'figures from', 'data from', 'statistics from', 'stats from', 'published by', 'report by',
  'reported by', 'survey by', 'study by', 'research by', 'analysis by', 'figures published', 'as reported in',
  'citing', 'cited by', 'ons', 'office for national statistics', 'national audit office', 'nao', 'ifs',
  'institute for fiscal studies', 'obr', 'office for budget responsibility', 'full report', 'read the report',
  'see link', 'link below', 'link in bio', 'et al', 'doi', 'ibid', 'footnote', 'gov uk', 'statista',
  'our world in data', 'the lancet', 'bmj', 'nature journal', 'peer reviewed', 'published in',
];

/** Words that name a source only when written as a label (`Source: ONS`, `(sources)`). */
export const SOURCE_LABELS: readonly string[] = ['source', 'sources', 'ref', 'refs', 'reference', 'references'];
