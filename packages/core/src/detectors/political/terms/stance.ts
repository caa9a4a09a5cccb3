import type { CueGroup } from './types.js';

/**
 * Words and phrases that show the writer taking a side: judging (`a
 * disgrace`, `brilliant`), giving an opinion (`I think`, `should be`) or
 * calling others to act (`vote`, `sign the petition`). On their own they say
 * nothing political; next to a political topic they turn a mention into a
 * stance. Strengths add up when several appear together.
 */
export const STANCE_CUES: readonly CueGroup[] = [
  // Strong condemnation or praise.
  {
    kind: 'evaluation', strength: 0.8, inflect: true, terms: [
      'disgrace', 'disgraceful', 'disgraced', 'shameful', 'shameless', 'appalling', 'corrupt', 'corruption', 'liar',
      'liars', 'incompetent', 'incompetence', 'hypocrites', 'hypocrisy', 'hypocritical', 'disgusting', 'disgusted',
      'despicable', 'deplorable', 'vile', 'sickening', 'outrageous', 'outrage', 'inhumane', 'immoral', 'barbaric',
      'bigoted', 'bigotry', 'traitor', 'traitors', 'treason', 'treasonous', 'cowardly', 'coward', 'cowards',
      'spineless', 'gutless', 'untrustworthy', 'dishonest', 'crooked', 'criminal', 'criminals', 'evil', 'scum',
      'omnishambles', 'shambles', 'travesty', 'abomination', 'atrocity', 'atrocious', 'tyranny', 'tyrant', 'fascist',
      'fascists', 'fascism', 'nazi', 'nazis', 'sheeple', 'brainwashed', 'delusional', 'deluded', 'murderer',
      'murderers', 'murdering', 'butcher', 'butchering', 'butchered', 'heartless', 'cruel', 'cruelty', 'rigged',
      'pandering', 'panders', 'sellout', 'sell out', 'sold out', 'disastrous', 'catastrophic', 'farce', 'laughable',
      'pathetic', 'unacceptable', 'unforgivable', 'inexcusable', 'indefensible', 'reprehensible', 'idiots', 'idiotic',
      'moron', 'morons', 'moronic', 'imbecile', 'imbeciles', 'nutters', 'nut jobs', 'lunatic', 'lunatics', 'clowns',
      'ignorant', 'ignorance', 'bigot', 'bigots', 'hateful', 'misguided', 'propaganda', 'lies', 'lying', 'lied',
      'fraud', 'fraudulent', 'hoax', 'scam', 'con job', 'rip off', 'must resign', 'should resign', 'must go',
      'resign now', 'step down', 'fire him', 'fire her', 'impeach', 'lock him up', 'hero', 'heroes', 'heroic',
      'inspiring', 'inspirational', 'courageous', 'visionary', 'champion of', 'proud to support', 'proud to stand',
      'proudly', 'thank god for', 'bravo', 'applaud', 'hats off', 'shame on', 'shame on you', 'wtf', 'smh', 'ffs',
      'for fuck s sake', 'bullshit', 'bs', 'nonsense', 'rubbish', 'garbage', 'trash', 'joke of a', 'a joke',
      'what a joke', 'absolute joke', 'embarrassing', 'embarrassment', 'idiot', 'stupid', 'stupidity', 'dumb',
      'insane', 'insanity', 'crazy', 'ridiculous', 'absurd', 'wrong', 'wrongly', 'horrible', 'horrendous', 'horrific',
      'terrible', 'awful', 'nasty', 'dangerous', 'reckless', 'irresponsible', 'scandal', 'scandalous', 'disaster',
      'failure', 'failures', 'betrayal', 'betrayed', 'betray', 'useless', 'clueless', 'hopeless', 'arrogant', 'smug',
      'greedy', 'greed', 'selfish', 'elitist', 'extremist', 'extremists', 'radical', 'radicals', 'fanatic',
      'fanatics', 'zealots', 'bribe', 'bribes', 'bribery', 'kill', 'killing', 'killed', 'murder', 'murdered',
      'murders', 'slaughter', 'genocidal', 'oppressive', 'injustice', 'unjust', 'unfair', 'unconstitutional',
      'illegitimate', 'cult', 'narcissism', 'narcissist', 'narcissistic', 'dictator', 'dictatorship', 'extermination',
      'exterminate', 'nothing more than', 'nothing but', 'fuck', 'fucking', 'fucked', 'shit', 'shitty', 'sucks',
      'suck', 'sucked', 'pigs', 'perverts', 'perverted',
    ],
  },
  // Milder judgements.
  {
    kind: 'evaluation', strength: 0.55, inflect: true, terms: [
      'shame', 'brilliant', 'excellent', 'wonderful', 'fantastic', 'amazing', 'awesome', 'hate', 'hates', 'hated',
      'worst', 'worse', 'proud', 'pride', 'fail', 'failed', 'failing', 'weak', 'brave', 'bravery', 'courage',
      'respect', 'admire', 'trust', 'distrust', 'honest', 'honesty', 'integrity', 'deserve', 'deserves', 'deserved',
      'undeserving', 'agenda', 'myth', 'myths', 'fake', 'false', 'truth', 'denial', 'deny', 'denies', 'blind',
      'blindly', 'sheep', 'puppet', 'elite', 'elites', 'establishment', 'threat', 'threatens', 'destroy',
      'destroying', 'destroyed', 'ruin', 'ruined', 'ruining', 'damage', 'damaging', 'harm', 'harmful', 'fiasco',
      'toxic', 'sick', 'sick of', 'fed up', 'tired of', 'outraged', 'furious', 'angry', 'livid', 'moral', 'morally',
      'morality', 'ethical', 'unethical', 'abuse', 'abused', 'victim', 'victims', 'crime', 'crimes', 'illegal', 'ban',
      'banned', 'banning', 'defend', 'defending', 'oppose', 'opposed', 'opposing', 'against', 'anti', 'so called',
      'socalled', 'apparently', 'supposedly', 'allegedly', 'pretend', 'pretends', 'pretending', 'unnecessary',
      'pointless', 'crap', 'crappy', 'damn', 'damned', 'scary', 'unfortunate', 'unfortunately', 'sigh', 'kek', 'pig',
      'dire', 'setback', 'dirty', 'offended', 'offensive', 'doubt', 'rebuke', 'trope', 'waste', 'wasted', 'wasting',
      'worthless', 'dignity', 'humanity', 'inhuman', 'human dignity',
    ],
  },
  // Opinions in the first person and claims about what ought to be.
  {
    kind: 'opinion', strength: 0.75, terms: [
      'i think', 'i believe', 'i feel', 'i reckon', 'i suspect', 'i guess', 'in my view', 'in my opinion',
      'my opinion', 'my view', 'imo', 'imho', 'i support', 'i oppose', 'i m against', 'i am against', 'im against',
      'i m for', 'i am for', 'i agree', 'i disagree', 'i stand with', 'i back', 'i m proud', 'i am proud',
      'i m voting', 'im voting', 'i am voting', 'i will vote', 'i ll vote', 'i won t vote', 'i will not vote',
      'i m not voting', 'im not voting', 'not voting for', 'never vote', 'never voting', 'i would never', 'i hope',
      'i wish', 'i want', 'i don t want', 'i do not want', 'i can t believe', 'i cannot believe', 'i don t believe',
      'i do not believe', 'i don t support', 'i do not support', 'i don t trust', 'i can t stand', 'i love', 'i hate',
      'i m sick', 'i m tired', 'i m so', 'i am so', 'i m glad', 'i m happy', 'i m ashamed', 'personally', 'honestly',
      'frankly', 'to be honest', 'tbh', 'let s be clear', 'make no mistake', 'the truth is', 'the fact is', 'fact is',
      'wake up', 'open your eyes', 'we need', 'we must', 'we should', 'we cannot', 'we can t', 'we have to',
      'we ve got to', 'they should', 'they need', 'you should', 'should be', 'should not', 'shouldn t', 'should have',
      'should ve', 'must be', 'must not', 'mustn t', 'has to', 'have to', 'need to', 'needs to', 'ought to',
      'it s time', 'time to', 'enough is enough', 'how dare', 'responsible for', 'accountable', 'accountability',
      'answer for', 'no excuse', 'no such thing', 'not ok', 'not okay',
    ],
  },
  // Calls to act: vote, sign, march, boycott.
  {
    kind: 'action', strength: 0.8, inflect: true, terms: [
      
      'vote for', 'vote against', 'vote them out', 'vote out', 'vote him out', 'vote her out', 'don t vote',
      
      'do not vote', 'go vote', 'get out and vote', 'get out the vote', 'register to vote', 'vote yes',
      
      'vote no', 'sign the petition', 'sign this petition', 'sign our petition', 'petition', 'join the march',
      
      'join the protest', 'protest', 'protests', 'protesting', 'protesters', 'boycott', 'boycotting',
      
      'stand with', 'standwith', 'stand up for', 'stand up to', 'speak out', 'speak up', 'fight for',
      
      'fight against', 'fight back', 'tell your mp', 'write to your mp', 'contact your mp', 'email your mp',
      
      'lobby your mp', 'call your senator', 'call your representative', 'call your congressman', 'share if',
      
      'rt if', 'retweet if', 'please share', 'please rt', 'please retweet', 'spread the word', 'act now',
      
      'take action', 'don t let', 'do not let', 'defund', 'repeal', 'scrap', 'abolish', 'resist', 'resistance',
      
      'campaign for', 'campaigning', 'say no to', 'say yes to', 'no more', 'not in my name', 'out now',
      
      'kick out', 'throw out', 'lock up', 'bring down', 'ban the', 'hands off', 'chip in', 'canvassing',
      
      'canvass', 'leafleting', 'voting for', 'voting against', 'ballot for', 'elect', 'reelect', 're elect',
      
    ],
  },
  // Rhetorical questions, negation and blame: weaker signs of an argument.
  {
    kind: 'opinion', strength: 0.35, terms: [
      'how can', 'how could', 'why would', 'why is', 'why are', 'why do', 'why does', 'why not', 'what kind of',
      'who cares', 'what about', 'imagine', 'remember when', 'can we', 'let s', 'lets', 'if you', 'if you re',
      'unless', 'don t tell me', 'newsflash', 'reminder', 'just saying', 'thank you for', 'thanks to', 'because of',
      'no place', 'there is no', 'there s no', 'it is not', 'it s not', 'is not', 'isn t', 'aren t', 'doesn t',
      'don t', 'won t', 'can t', 'cannot', 'not a', 'fault', 'blame', 'blames', 'blamed',
    ],
  },
  // Everyday praise, emphasis and the words of rights and justice: weak on their own.
  {
    kind: 'evaluation', strength: 0.25, inflect: true, terms: [
      'great', 'greatest', 'love', 'loved', 'loves', 'best', 'better', 'good', 'bad', 'real', 'reality', 'true',
      'fact', 'facts', 'hope', 'hopeful', 'thank you', 'thanks', 'grateful', 'blessed', 'glad', 'happy', 'pleased',
      'thrilled', 'congratulations', 'congrats', 'congratulate', 'well done', 'kudos', 'legend', 'genius', 'beautiful',
      'lovely', 'welcome', 'welcomed', 'welcoming', 'delighted', 'honoured', 'honored', 'best wishes', 'good luck',
      'nice', 'cool', 'perfect', 'right', 'rights', 'freedom', 'freedoms', 'liberty', 'justice', 'equal', 'fair',
      'fairness', 'science', 'evidence', 'proof', 'lol', 'lmao', 'haha', 'ugh', 'omg', 'seriously', 'really',
      'actually', 'literally', 'clearly', 'obviously', 'surely', 'definitely', 'absolutely', 'totally', 'never',
      'always', 'every', 'nobody', 'no one', 'everyone', 'only', 'ever', 'again', 'still', 'even', 'matter',
      'matters', 'important', 'vital', 'essential', 'urgent', 'urgently', 'necessary', 'value', 'valuable',
      'precious', 'strong', 'legal', 'legally', 'protect', 'protecting', 'protection', 'save', 'saving', 'saved',
      'support', 'supports', 'supporting', 'supported', 'supporter', 'supporters', 'pro', 'enough', 'worth', 'danger',
      'crisis', 'mess', 'chaos', 'sad', 'sadly', 'so sad', 'irony', 'ironic', 'priorities', 'hypocrite',
    ],
  },
  // Verbs of voting and struggle: weak on their own, as sport and shopping use them too.
  {
    kind: 'action', strength: 0.35, inflect: true, terms: [
      'vote', 'votes', 'voted', 'stop', 'stopping', 'fight', 'fighting', 'win', 'won', 'lose', 'lost', 'beat',
      'defeat', 'defeated', 'victory', 'join us', 'join me', 'support our', 'support the', 'save our', 'save the',
      'stop the', 'end the', 'bring back', 'donate', 'volunteer', 'rally', 'rallies', 'demand', 'demands',
      'demanding', 'lobby', 'march on', 'marching',
    ],
  },
  // The writer's own voice: first and second person. Faint, but news reports rarely use it.
  {
    kind: 'opinion', strength: 0.15,
    terms: ['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'ya', 'u', 'ur'],
  },
  // Passing on someone else's words is endorsing them.
  {
    kind: 'opinion', strength: 0.2, terms: ['rt', 'retweet', 'retweeted', 'reposting', 'sharing this'],
  },
  // Words of belief, wishes and dismissal, weaker than a stated opinion.
  {
    kind: 'opinion', strength: 0.4, inflect: true, terms: [
      'believe', 'need', 'hopefully', 'sorry', 'no idea', 'nothing to do with', 'shut up', 'wonder', 'mistake',
      'rhetoric', 'finally', 'bless', 'merely', 'robbed', 'infested', 'pretend', 'opinion', 'agree', 'disagree',
      'argue', 'argument', 'think', 'thought', 'feel', 'want', 'wish', 'hope', 'should', 'must', 'shall', 'deserve',
      'refuse', 'reject', 'force', 'forced', 'forcing', 'responsible', 'responsibility', 'spread the message',
      'spread the word', 'raise awareness',
    ],
  },
  // Words an argument is made of: faint, common outside politics too.
  {
    kind: 'opinion', strength: 0.2, inflect: true, terms: [
      'does not', 'do not', 'pray for', 'accept', 'allow', 'choice', 'choose', 'decide', 'care', 'cares', 'caring',
      'stand', 'die', 'dies', 'death', 'dead', 'deadly', 'life', 'lives', 'risk', 'problem', 'problems', 'issue',
      'issues', 'cause', 'causes', 'struggle', 'change', 'future', 'generation', 'act', 'action', 'solution',
      'solutions', 'fix', 'help', 'awareness',
    ],
  },
];

/**
 * Cues that are courtesy rather than a side: thanks, welcome and
 * congratulation (`Congratulations to the new Home Secretary`, `Thank you to
 * the Chancellor for visiting`). Next to an office or an institution, as
 * opposed to a named politician, a party or an issue, they count for
 * nothing, and nor does the `!` that goes with them. Each is one of the
 * {@link STANCE_CUES}; listing a word here does not make it a cue.
 */
export const COURTESY_CUES: readonly string[] = [
  'congratulations', 'congrats', 'thank you', 'thanks', 'thank you for', 'thanks to', 'well done', 'kudos',
  'pleased', 'glad', 'happy', 'thrilled', 'grateful', 'lovely', 'great', 'congratulate', 'welcome', 'welcomed',
  'welcoming', 'delighted', 'honoured', 'honored', 'best wishes', 'good luck',
];

/**
 * Cues of praise (`brilliant`, `proud`, `heroes`). Where courtesy is paid to
 * an office (`Thank you to the Minister for a brilliant visit`) they are part
 * of it; for a service nearly everyone backs (see `consensual` on a topic
 * group) they take no side at all (`proud of our NHS heroes`). Each is one of
 * the {@link STANCE_CUES}.
 */
export const PRAISE_CUES: readonly string[] = [
  'i love', 'love', 'loved', 'loves', 'i m proud', 'i am proud', 'proud', 'pride', 'proudly', 'hero', 'heroes',
  'heroic', 'amazing', 'brilliant', 'wonderful', 'fantastic', 'excellent', 'awesome', 'best', 'greatest', 'precious',
  'valuable', 'vital', 'important', 'essential', 'thank god for', 'bless', 'blessed', 'respect', 'admire', 'legend',
  'inspiring', 'inspirational', 'courageous', 'brave', 'bravery', 'applaud', 'hats off', 'bravo', 'beautiful', 'good',
  'nice', 'perfect', 'matter', 'matters', 'i m glad', 'i m happy',
];

/**
 * Cues of backing (`I support`, `stand with`, `save our`): for a service
 * nearly everyone backs they take no side; for an office they still do
 * (`you have my support for President`). Each is one of the {@link STANCE_CUES}.
 */
export const BACKING_CUES: readonly string[] = [
  'i support', 'support', 'supports', 'supporting', 'supported', 'supporter', 'supporters', 'support our',
  'support the', 'i back', 'i stand with', 'stand with', 'standwith', 'proud to support', 'proud to stand', 'protect',
  'protecting', 'save', 'saving', 'saved', 'save our', 'save the',
];
