/**
 * Cue words that show who a remark is about. The attack detector looks for
 * them around an insult: an insult with a target is an attack, the same word
 * with none is only bad language.
 */

/** Words that address the reader: `you idiot`, `your lot`, `y'all`. */
export const SECOND_PERSON: readonly string[] = [
  'you', 'u', 'ya', 'yah', 'your', 'ur', 'youre', "you're", 'yourself', 'yourselves', 'yall', "y'all",
  'you all', 'you guys', 'you people', 'you lot', 'thou', 'thee',
];

/** Words that point at a third person or people: `he is`, `these people`. */
export const THIRD_PERSON: readonly string[] = [
  'he', 'she', 'they', 'him', 'her', 'them', 'hes', "he's", 'shes', "she's", 'theyre', "they're",
  'this guy', 'that guy', 'this man', 'that man', 'this woman', 'that woman', 'this person', 'that person',
  'these people', 'those people', 'these guys', 'those guys', 'this clown', 'these clowns', 'this lot', 'that lot',
  'his', 'their', 'himself', 'herself', 'themselves',
];

/** Words for the writer, which turn an insult on oneself: `I felt like an idiot`. */
export const FIRST_PERSON: readonly string[] = [
  'i', 'im', "i'm", 'me', 'my', 'myself', 'we', 'us', 'our', 'ourselves', 'ive', "i've", 'id', "i'd",
];

/** Linking verbs between a subject and what it is called: `X is a liar`. */
export const COPULAS: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'being', 'been', 'am', 're', 's', 'isnt', "isn't", 'arent', "aren't",
  'remains', 'become', 'becomes', 'became', 'looks like', 'look like', 'acts like', 'act like', 'sounds like',
  'sound like', 'seems', 'seem',
];

/**
 * Words allowed between a linking verb and the insult: articles,
 * intensifiers and the like (`is such a complete`, `are all`).
 */
export const FILLERS: readonly string[] = [
  'a', 'an', 'the', 'such', 'total', 'complete', 'absolute', 'utter', 'real', 'so', 'very', 'really',
  'just', 'nothing', 'but', 'all', 'truly', 'clearly', 'obviously', 'definitely', 'still', 'always',
  'also', 'too', 'more', 'most', 'biggest', 'worst', 'little', 'big', 'bunch', 'of', 'pack', 'gang',
  'bloody', 'fucking', 'fuckin', 'freaking', 'damn', 'lying', 'stupid', 'dumb', 'pathetic', 'old',
  'being', 'acting', 'like', 'nothing but', 'not', 'only', 'an absolute', 'kind', 'sort', 'dirty', 'mean',
  'sorry', 'miserable', 'filthy', 'low', 'cheap', 'prime', 'example', 'perfect', 'typical', 'classic',
  'another', 'one', 'some', 'piece', 'ignorant', 'nasty', 'ugly', 'lazy', 'whiny', 'sad', 'pompous', 'smug',
];

/** Words that, right before a capitalised word, make it an ordinary word rather than a name. */
export const NON_NAME_SUBJECTS: readonly string[] = [
  'it', 'this', 'that', 'there', 'here', 'what', 'which', 'who', 'everything', 'nothing', 'something',
  'life', 'today', 'tonight', 'weather', 'traffic', 'the', 'a', 'an', 'and', 'but', 'so', 'if', 'when',
  'why', 'how', 'where', 'now', 'then', 'thing', 'things', 'idea', 'plan', 'policy', 'law', 'game',
  'film', 'movie', 'show', 'book', 'song', 'news', 'story', 'article', 'tweet', 'post', 'video', 'weekend',
];
