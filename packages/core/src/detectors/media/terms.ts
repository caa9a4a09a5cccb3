/**
 * The words that mark someone as a journalist, a blogger or a news outlet,
 * and the phrases with which the press asks for comment.
 */

/** A word or phrase with how surely it marks a media contact. */
export interface MediaTerm {
  text: string;
  confidence: number;
  /**
   * A name that is also an everyday word counts only when written as a name:
   * `capital` (`Guardian`, not at the start of a sentence) or `upper` (`FT`).
   */
  cased?: 'capital' | 'upper' | undefined;
}

function terms(confidence: number, texts: readonly string[], cased?: MediaTerm['cased']): MediaTerm[] {
  return texts.map((text) => ({ text, confidence, cased }));
}

/** Job titles and bio phrases of journalists, bloggers and broadcasters. */
export const MEDIA_ROLES: readonly MediaTerm[] = [
  ...terms(0.9, [
    'journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'correspondents', 'newsdesk', 'news desk',
    'news editor', 'political editor', 'deputy editor', 'assistant editor', 'managing editor', 'editor in chief',
    'editor at large', 'sub editor', 'subeditor', 'features editor', 'home affairs editor', 'economics editor',
    'business editor', 'health editor', 'investigations editor', 'chief reporter', 'lobby journalist',
    'lobby correspondent', 'political correspondent', 'political reporter', 'freelance journalist', 'columnist',
    'broadcaster', 'broadcast journalist', 'news anchor', 'newsreader', 'news presenter', 'tv presenter',
    'radio presenter', 'news producer', 'tv producer', 'radio producer', 'investigative journalist', 'stringer',
    'press gallery', 'nuj', 'nuj member', 'securedrop', 'dms open for tips', 'dm for tips', 'send tips',
    'tips welcome', 'story tips', 'got a story', 'story ideas welcome', 'blogger', 'bloggers', 'political blogger',
    'journo', 'journos', 'hackette',
  ]),
  ...terms(0.8, [
    'editor', 'editors',
  ]),
  ...terms(0.75, [
    'press officer', 'press office', 'press team', 'press secretary', 'media officer', 'media relations',
    'media manager', 'head of news', 'communications officer', 'comms officer', 'spokesperson', 'spokesman',
    'spokeswoman',
  ]),
  ...terms(0.7, [
    'presenter', 'host of', 'anchor at', 'writer at', 'writer for', 'writes for', 'writing for', 'contributor to',
    'contributing editor', 'commentator', 'pundit', 'podcaster', 'podcast host', 'vlogger', 'substack',
    'newsletter writer',
  ]),
  ...terms(0.5, [
    'producer', 'blog', 'blogging', 'hack',
  ]),
  ...terms(0.4, [
    'writer', 'freelance writer', 'media', 'press', 'news', 'comms',
  ]),
  ...terms(0.3, [
    'views my own', 'views are my own', 'opinions my own', 'own views', 'rts not endorsements', 'rt not endorsement',
    'retweets not endorsements',
  ]),
];

/** Phrases that turn a media word back into an everyday one: `video editor`, `music producer`, `press the button`. */
export const NOT_MEDIA: readonly string[] = [
  'video editor', 'film editor', 'photo editor', 'picture editor', 'code editor', 'text editor', 'sound editor',
  'music editor', 'wikipedia editor', 'wiki editor', 'map editor', 'level editor', 'music producer', 'record producer',
  'film producer', 'beat producer', 'hip hop producer', 'egg producer', 'milk producer', 'food producer',
  'producer of', 'press the button', 'press the', 'press button', 'press here', 'press enter', 'press play',
  'press release', 'bench press', 'french press', 'garlic press', 'printing press', 'press up', 'press ups',
  'pressure', 'good news', 'bad news', 'great news', 'fake news', 'the news', 'in the news', 'social media',
  'media studies', 'mixed media', 'media player', 'blog post', 'my blog', 'food blog', 'travel blog', 'lifehack',
  'life hack', 'writer s block', 'songwriter', 'ghost writer', 'technical writer', 'grant writer', 'copywriter',
  'hack day', 'hackathon', 'growth hack', 'host of friends', 'host of things', 'a host of', 'anchor point',
  'news feed', 'newsfeed', 'news to me', 'breaking news',
];

/** News outlets and programmes, by name. */
export const OUTLETS: readonly MediaTerm[] = [
  ...terms(0.8, [
    'bbc', 'bbc news', 'bbc politics', 'bbc radio', 'bbc radio 4', 'radio 4', 'today programme', 'newsnight',
    'question time', 'politics live', 'the guardian', 'guardian news', 'guardian journalist', 'the observer',
    'the times', 'sunday times', 'times radio', 'the telegraph', 'daily telegraph', 'sunday telegraph',
    'financial times', 'sky news', 'itv', 'itv news', 'channel 4 news', 'c4 news', 'channel 5 news', 'reuters',
    'press association', 'pa media', 'pa news', 'the pa', 'daily mail', 'mail online', 'mailonline', 'mail on sunday',
    'daily mirror', 'sunday mirror', 'the sun', 'sun on sunday', 'the independent', 'independent news', 'the i paper',
    'inews', 'evening standard', 'the mirror', 'the express', 'the daily star', 'the metro', 'metro uk',
    'the standard', 'daily express', 'sunday express', 'daily star', 'huffpost', 'huffington post', 'politico',
    'politico europe', 'bloomberg', 'associated press', 'afp', 'cnn', 'new york times', 'nyt', 'washington post',
    'wall street journal', 'wsj', 'the economist', 'new statesman', 'the spectator', 'private eye',
    'prospect magazine', 'opendemocracy', 'byline times', 'gb news', 'gbnews', 'lbc', 'talktv', 'talk tv',
    'good morning britain', 'buzzfeed news', 'vice news', 'guido fawkes', 'politicshome', 'conservativehome',
    'labourlist', 'manchester evening news', 'yorkshire post', 'the scotsman', 'the herald', 'daily record',
    'western mail', 'wales online', 'walesonline', 'belfast telegraph', 'irish news', 'irish times', 'rte',
    'stv news', 'press gazette', 'holdthefrontpage', 'reach plc', 'newsquest', 'national world', 'the canary',
    'novara media', 'unherd', 'the critic', 'the new european', 'channel 4', 'bbcnews', 'bbcpolitics', 'skynews',
    'itvnews', 'guardiannews', 'thetimes', 'ftopinion', 'reutersuk', 'dailymailuk', 'dailymirror', 'thesun',
    'evening post',
  ]),
  ...terms(0.65, [
    'guardian', 'telegraph', 'independent', 'mirror', 'observer', 'spectator', 'economist',
  ], 'capital'),
  ...terms(0.8, [
    'ft',
  ], 'upper'),
];

/**
 * Pieces of handles that name an outlet or a journalist, for handles written
 * run together in lower case (`@guardiannews`, `@janedoejourno`).
 */
export const HANDLE_PARTS: readonly MediaTerm[] = [
  ...terms(0.75, [
    'bbc', 'itv', 'skynews', 'lbc', 'gbnews', 'reuters', 'guardian', 'telegraph', 'politico', 'huffpost',
    'mailonline', 'dailymail', 'mirror', 'thesun', 'thetimes', 'independent', 'cnn', 'nytimes', 'afp', 'channel4',
    'bloomberg', 'journo', 'reporter', 'newsdesk', 'blogger',
  ]),
  ...terms(0.6, [
    'news', 'blog', 'press', 'media', 'radio', 'tv', 'fm',
  ]),
];

/** Journalists' ways of asking for comment, confirmation or a quote. */
export const COMMENT_REQUESTS: readonly MediaTerm[] = [
  ...terms(0.9, [
    'for a piece i m writing', 'for a piece i am writing', 'for a story i m writing', 'for a story i am writing',
    'for an article i m writing', 'for an article i am writing', 'i m writing a piece', 'i am writing a piece',
    'i m writing a story', 'i am writing a story', 'i m working on a story', 'i am working on a story',
    'working on a piece', 'working on a story', 'we re running a story', 'we are running a story',
    'we re running a piece', 'we are running a piece', 'we re publishing a story', 'we are publishing a story',
    'we intend to publish', 'ahead of publication', 'right of reply', 'request for comment', 'requests for comment',
    'any comment on', 'would you like to comment', 'would you care to comment', 'care to comment',
    'do you have a comment', 'do you have any comment', 'can you comment', 'could you comment',
    'are you able to comment', 'for comment', 'comment for our', 'on the record', 'can you confirm',
    'could you confirm', 'are you able to confirm', 'can i quote you', 'could i quote you', 'may i quote you',
    'give us a quote', 'a quote for', 'quote for a piece', 'my deadline is', 'our deadline is', 'deadline is',
    'on deadline', 'before deadline', 'by our deadline', 'i m a journalist', 'i am a journalist', 'i m a reporter',
    'i am a reporter', 'journalist here', 'reporter here', 'i m from the', 'i work for the', 'interview request',
    'media enquiry', 'press enquiry', 'speak to you for', 'chat for a piece', 'statement for our', 'your response to',
    'response to our story', 'we have been told', 'we ve been told', 'we understand that', 'sources tell us',
    'a source told us', 'off the record',
  ]),
  ...terms(0.55, [
    'dm me', 'drop me a dm', 'drop me a line', 'can we chat', 'get in touch', 'your comment', 'comment on this',
  ]),
];
