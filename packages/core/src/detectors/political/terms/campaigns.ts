import type { TopicGroup } from './types.js';

/**
 * Campaign slogans and hashtags. Each names its topic and takes a side by
 * itself, so each is a strong stance cue as well (`#VoteLeave`, `#ToriesOut`,
 * `#ImWithHer`). They are written without spaces, as hashtags are; the
 * hashtag reader also finds them split at capitals (`#StopBrexit`).
 */
export const CAMPAIGNS: readonly TopicGroup[] = [
  {
    topic: 'brexit', kind: 'campaign', clarity: 0.92, cue: 0.9, terms: [
      'voteleave', 'vote leave', 'voteremain', 'vote remain', 'strongerin', 'stronger in', 'leaveeu', 'leave eu',
      'leave means leave', 'fbpe', 'stopbrexit', 'stop brexit', 'getbrexitdone', 'get brexit done', 'peoplesvote',
      'peoples vote', 'people s vote', 'brexitbetrayal', 'brexit betrayal', 'brexitshambles', 'brexit shambles',
      'rejoineu', 'rejoin eu', 'brexitreality', 'bollockstobrexit', 'brexitmeansbrexit', 'brexit means brexit',
    ],
  },
  {
    topic: 'party politics', kind: 'campaign', clarity: 0.92, cue: 0.9, terms: [
      'toriesout', 'tories out', 'toryout', 'torysout', 'tory out', 'jc4pm', 'votelabour', 'vote labour', 'votetory',
      'vote tory', 'voteconservative', 'vote conservative', 'votesnp', 'vote snp', 'votegreen', 'vote green',
      'votelibdem', 'vote lib dem', 'votereform', 'vote reform', 'labourout', 'labour out', 'starmerout',
      'starmer out', 'sunakout', 'sunak out', 'snpout', 'snp out', 'generalelectionnow', 'general election now',
      'notmypm', 'not my pm', 'never tory', 'nevertory', 'never labour', 'red wall', 'ge2024now',
      'kickthemout', 'gtto', 'get the tories out', 'tories must go', 'toryscum',
    ],
  },
  {
    topic: 'US politics', kind: 'campaign', clarity: 0.88, cue: 0.85, terms: [
      'tcot', 'ccot', 'pjnet', 'uniteblue', 'maga', 'make america great again', 'feelthebern', 'imwithher',
      'i m with her', 'im with her', 'hillary2016', 'hillaryforpresident', 'readyforhillary', 'ready for hillary',
      'stophillary', 'stop hillary', 'nohillary', 'no hillary', 'stophillary2016', 'nohillary2016',
      'whyimnotvotingforhillary', 'trump2016', 'trumptrain', 'trump train', 'nevertrump', 'never trump',
      'nevertrumper', 'bernie2016', 'jeb2016', 'lockherup', 'lock her up', 'crookedhillary', 'crooked hillary',
      'benghazi', 'wakeupamerica', 'redstate', 'stoprush', 'dumptrump', 'dump trump', 'hillaryforprison',
      'hillary for prison', 'hillaryclinton2016', 'votehillary', 'vote hillary', 'votetrump', 'vote trump',
      'gopdebate', 'demdebate', 'lnyhbt', 'obamafail', 'impeachobama', 'impeach obama', 'thanksobama',
      'teaparty', 'p2', 'theresistance', 'notmypresident', 'not my president', 'dems2016',
      'gop2016', 'rednationrising', 'stopthesteal', 'stop the steal', 'draintheswamp', 'drain the swamp',
    ],
  },
  {
    topic: 'abortion', kind: 'campaign', clarity: 0.92, cue: 0.9, terms: [
      'defundplannedparenthood', 'defund planned parenthood', 'standwithpp', 'istandwithpp', 'prolifeyouth',
      'unbornlivesmatter', 'unborn lives matter', 'righttolife', 'prolifegen', 'keepabortionlegal', 'trustwomen',
      'waronwomen', 'war on women', 'stopabortion', 'endabortion', 'end abortion', 'abolishabortion',
      'abolish abortion', 'lifewins', 'choicewins',
    ],
  },
  {
    topic: 'climate change', kind: 'campaign', clarity: 0.92, cue: 0.85, terms: [
      'actonclimate', 'climateaction', 'climatestrike', 'fridaysforfuture', 'keepitintheground', 'climatejustice',
      'climatemarch', 'gofossilfree', 'divestnow', 'stopecocide', 'justStopOil', 'climatehoax', 'climatescam',
      'climatefraud', 'globalwarminghoax', 'climatecrisis', 'climateemergency', 'savetheplanet', 'noplanetb',
      'no planet b', 'there is no planet b', 'stopfracking', 'banfracking', 'frackoff', 'frack off', 'stopadani',
    ],
  },
  {
    topic: 'feminism', kind: 'campaign', clarity: 0.9, cue: 0.85, terms: [
      'yesallwomen', 'heforshe', 'likeafeminist', 'womenagainstfeminism', 'everydaysexism', 'freethenipple',
      'metoo', 'timesup', 'equalpaynow', 'equalpay', 'feminismiscancer', 'feminismisforeveryone',
      'notallmen', 'not all men', 'killallmen', 'meninist', 'bringbackourgirls', 'girlsjustwannahavefundamentalrights',
      'womensrights', 'genderequality', 'wagegap', 'paygap',
    ],
  },
  {
    topic: 'immigration', kind: 'campaign', clarity: 0.9, cue: 0.85, terms: [
      'refugeeswelcome', 'refugees welcome', 'stoptheboats', 'standwithrefugees', 'buildthewall', 'nomoremigrants',
      'deportthemall', 'deport them all', 'safepassage', 'safe routes now', 'stopdeportations', 'stop deportations',
    ],
  },
  {
    topic: 'racism', kind: 'campaign', clarity: 0.9, cue: 0.85, terms: [
      'blacklivesmatter', 'alllivesmatter', 'bluelivesmatter', 'blue lives matter', 'icantbreathe',
      'handsupdontshoot', 'saytheirnames', 'takeitdown', 'takedowntheflag',
    ],
  },
  {
    topic: 'trans rights', kind: 'campaign', clarity: 0.9, cue: 0.85, terms: [
      'transrightsarehumanrights', 'protecttranskids', 'adultHumanFemale', 'adult human female', 'sexmatters',
      'sex matters', 'lovewins',
    ],
  },
  {
    topic: 'gun control', kind: 'campaign', clarity: 0.9, cue: 0.85, terms: [
      'gunsense', 'guncontrolnow', 'momsdemand', 'molonlabe', 'molon labe', 'protect2a', 'defend2a',
    ],
  },
  {
    topic: 'Scottish independence', kind: 'campaign', clarity: 0.9, cue: 0.85, terms: [
      'indyref2', 'voteyes', 'yesscot', 'yesscotland', 'bettertogether', 'scotlandsaysno', 'indyref2now',
      'dissolvetheunion', 'yes2indy',
    ],
  },
  {
    topic: 'the NHS', kind: 'campaign', clarity: 0.88, cue: 0.8, terms: [
      'savethenhs', 'save our nhs', 'saveournhs', 'handsoffournhs', 'hands off our nhs', 'supportthestrikes',
      'support the strikes', 'juniordoctorsstrike', 'istandwithjuniordoctors', 'nhsnotforsale', 'nhs not for sale',
      'scrapthecap', 'cancelthedebt', 'enoughisenoughuk',
    ],
  },
];
