import type { TopicGroup } from './types.js';

/**
 * Politically controversial issues, maintained by hand: the topics on which
 * a civil servant should not be seen taking a side. A group's `clarity` says
 * how surely a word is about the controversy (`brexit` surely, `women` only
 * perhaps); loaded words that only one side uses carry a `cue` as well.
 */
export const ISSUES: readonly TopicGroup[] = [
  // Brexit and the EU.
  {
    topic: 'brexit', kind: 'issue', clarity: 0.92, terms: [
      'brexit', 'brexiteer', 'brexiteers', 'brexiter', 'brexiters', 'remainer', 'remainers', 'leave voters',
      'remain voters', 'leave campaign', 'remain campaign', 'eu referendum', ['single market', 0.75],
      ['customs union', 0.75], 'article 50', 'hard brexit', 'soft brexit', 'no deal brexit', ['no deal', 0.6],
      'irish backstop', ['backstop', 0.6], 'rejoin the eu', 'rejoiners', ['rejoin', 0.55], 'leave the eu',
      'leaving the eu', 'remain in the eu', 'withdrawal agreement', 'windsor framework', 'northern ireland protocol',
      'eu membership', 'bregret', 'eu27', ['freedom of movement', 0.7], 'take back control',
      'take back control of our borders',
    ],
  },
  {
    topic: 'brexit', kind: 'issue', clarity: 0.9, cue: 0.8, terms: [
      'remoaner', 'remoaners', 'brexshit', 'brextremist', 'brextremists', 'quitlings', 'will of the people',
      'traitors to brexit',
    ],
  },
  {
    topic: 'the EU', kind: 'issue', clarity: 0.55, terms: [
      'european union', 'the eu', ['eu', 0.5], ['eurozone', 0.55], 'eurosceptic', 'eurosceptics',
      ['brussels bureaucrats', 0.75], 'federal europe', 'grexit', ['troika', 0.6], 'greek debt',
      'austerity in greece',
    ],
  },
  // Immigration and asylum.
  {
    topic: 'immigration', kind: 'issue', clarity: 0.85, inflect: true, terms: [
      'immigration', 'immigrant', 'migrant', 'asylum seeker', 'refugee', 'deportation', 'deport', 'illegal immigrant',
      'illegal migrant', 'illegal immigration', 'illegal alien', 'undocumented immigrant', 'economic migrant',
      'channel crossing', 'small boat', 'migrant boat', 'migrant hotel', 'asylum hotel', 'border wall',
    ],
  },
  {
    topic: 'immigration', kind: 'issue', clarity: 0.85, terms: [
      'asylum', 'small boats', 'stop the boats', 'rwanda scheme', 'rwanda plan', 'rwanda policy', 'rwanda bill',
      'rwanda flights', 'rwanda deportation', 'border control', 'border controls', 'open borders', 'net migration',
      'mass migration', 'mass immigration', 'hostile environment', 'windrush', 'bibby stockholm', 'build the wall',
      'undocumented', 'daca', ['dreamers', 0.5], 'amnesty for illegals', 'xenophobia', 'xenophobic', 'anti immigrant',
      'anchor babies', 'chain migration', ['points based system', 0.6], ['migration figures', 0.7],
      ['migration', 0.6],
    ],
  },
  {
    topic: 'immigration', kind: 'issue', clarity: 0.8, cue: 0.8, terms: [
      'illegals', 'invasion of migrants', 'swarm of migrants', 'send them back', 'go back where you came from',
      'great replacement',
    ],
  },
  // Abortion.
  {
    topic: 'abortion', kind: 'issue', clarity: 0.92, inflect: true, terms: [
      'abortion', 'abortionist', 'abortion clinic', 'abortion right', 'abortion law', 'abortion ban', 'unborn child',
      'unborn baby', 'fetus', 'foetus', 'reproductive right',
    ],
  },
  {
    topic: 'abortion', kind: 'issue', clarity: 0.9, terms: [
      'unborn', 'preborn', 'pre born', 'planned parenthood', 'roe v wade', 'roe vs wade', 'roe versus wade',
      'reproductive freedom', 'reproductive healthcare', ['reproductive health', 0.7], 'right to choose',
      'my body my choice', 'her body her choice', 'bodily autonomy', 'sanctity of life', 'sanctity of human life',
      'culture of life', 'right to life', 'life begins at conception', 'late term', 'partial birth', 'infanticide',
      ['personhood', 0.7], 'heartbeat bill', 'buffer zones', 'buffer zone', ['fetal', 0.7], ['foetal', 0.7],
      ['human life', 0.6], ['pregnancy', 0.5], ['pregnancies', 0.5], ['pregnant women', 0.55],
      'terminate a pregnancy', 'termination of pregnancy', ['contraception', 0.6], ['birth control', 0.6],
      'morning after pill', ['the pill', 0.3], 'ppact', ['womb', 0.6], ['wombs', 0.6], ['embryo', 0.5],
      ['embryos', 0.5], ['dobbs', 0.6], 'clinic escorts', ['abort73', 0.7], ['post abortive', 0.85],
      ['prenatal', 0.45], ['conception', 0.45], ['lifenews', 0.75], ['lifesitenews', 0.75],
    ],
  },
  {
    topic: 'abortion', kind: 'issue', clarity: 0.92, cue: 0.7, terms: [
      'pro life', 'prolife', 'pro-life', 'pro choice', 'prochoice', 'pro-choice', 'anti choice', 'antichoice',
      'anti abortion', 'pro abortion', 'baby killer', 'baby killers', 'babykillers', 'baby killing', 'killing babies',
      'kill babies', 'murdering babies', 'abortion is murder', 'unborn lives', 'defund pp', 'defundpp', 'standwithpp',
      'istandwithpp', 'pro lifer', 'pro lifers', 'prolifers', 'forced birth', 'forced birthers',
      'shout your abortion', 'shoutyourabortion', 'trust women', 'keep abortion legal', 'repeal the 8th',
      'repealthe8th', 'pp sells baby parts', 'ppsellsbabyparts', 'life matters', 'every life matters', 'choose life',
      'prolifeyouth', 'prolifegen', 'sanctity', 'unborn babies', 'stop abortion',
    ],
  },
  {
    topic: 'abortion', kind: 'issue', clarity: 0.6, terms: [
      ['aborted', 0.75], ['aborting', 0.75], ['abort', 0.4], ['adoption', 0.4], ['heartbeat', 0.4],
      ['life is sacred', 0.7], ['sacred', 0.3], ['human right', 0.55], ['thou shalt not kill', 0.7],
      ['thou shall not kill', 0.7], ['thy shall not kill', 0.7], ['medical procedure', 0.3], ['ultrasound', 0.45],
      ['trimester', 0.6], ['weeks pregnant', 0.5], ['unwanted pregnancy', 0.75], ['rape and incest', 0.75],
      ['ball of cells', 0.85], ['clump of cells', 0.85], ['human being', 0.35], ['human beings', 0.3],
      ['parenthood', 0.5], ['ivf', 0.4], ['surrogacy', 0.45],
    ],
  },
  {
    topic: 'abortion', kind: 'issue', clarity: 0.35, terms: [
      ['babies', 0.35], ['children', 0.25], ['mothers', 0.3], ['pregnant', 0.35],
    ],
  },
  // Climate and the environment.
  {
    topic: 'climate change', kind: 'issue', clarity: 0.9, terms: [
      'climate change', 'climate', 'global warming', 'climate crisis', 'climate emergency', 'climate action',
      'climate justice', 'climate denial', 'climate science', 'climate scientists', 'climate policy', 'climatechange',
      'net zero', 'netzero', 'carbon emissions', 'co2 emissions', 'greenhouse gas', 'greenhouse gases',
      'greenhouse effect', 'fossil fuel', 'fossil fuels', 'renewable energy', 'renewables', 'sea level rise',
      'sea levels', 'rising sea levels', 'deforestation', 'extinction rebellion', 'just stop oil', 'fracking',
      'coal mine', 'coal mines', 'coal power', 'coal plants', 'oil drilling', 'arctic drilling', 'paris agreement',
      'paris accord', 'paris climate', 'cop21', 'cop26', 'cop27', 'cop28', 'cop29', 'cop30', 'ipcc', 'keystone xl',
      'keystone pipeline', 'tar sands', 'carbon tax', 'carbon price', 'carbon footprint', 'carbon neutral',
      'carbon budget', 'decarbonise', 'decarbonisation', 'decarbonize', ['emissions', 0.75], 'ulez', 'clean air zone',
      'green new deal', ['green energy', 0.7], ['clean energy', 0.7], ['solar power', 0.6], ['wind power', 0.6],
      'wind farms', 'onshore wind', ['heat pumps', 0.6], 'melting ice', 'polar ice', 'ice caps', 'arctic ice',
      'glaciers melting', 'anthropocene', ['environmentalist', 0.7], ['environmentalists', 0.7],
      ['environmental', 0.6], ['pollution', 0.55], ['polluters', 0.6], ['biodiversity', 0.55], 'mass extinction',
      ['ecosystems', 0.5], 'laudatosi', 'laudato si', 'climatehealth', ['drought', 0.45], ['droughts', 0.45],
      ['heatwave', 0.4], ['heat wave', 0.35], ['heatwaves', 0.45], ['extreme weather', 0.55], ['wildfires', 0.45],
      ['deniers', 0.6], ['warming', 0.55], ['planet earth', 0.4], ['carbon', 0.55], ['co2', 0.6], ['methane', 0.55],
      ['sustainability', 0.5], ['sustainable', 0.4], ['environment', 0.5], ['our planet', 0.45],
      ['save the planet', 0.7], ['earth day', 0.5], ['divestment', 0.6], ['divest', 0.5], 'fossil free',
      ['plastic pollution', 0.6], 'ocean acidification',
    ],
  },
  {
    topic: 'climate change', kind: 'issue', clarity: 0.9, cue: 0.75, terms: [
      'climate denier', 'climate deniers', 'climate alarmist', 'climate alarmists', 'alarmists', 'climate hoax',
      'climate scam', 'global warming hoax', 'actonclimate', 'act on climate', 'keepitintheground',
      'keep it in the ground', 'climatestrike', 'climate strike', 'fridaysforfuture', 'climatemarch', 'climate march',
      'gofossilfree', 'go fossil free', 'tree hugger', 'tree huggers', 'eco loons', 'eco zealots', 'greenwashing',
      'climatejustice', 'climatejustice2015', 'climateaction',
    ],
  },
  {
    topic: 'climate change', kind: 'issue', clarity: 0.5, terms: [
      ['extinction', 0.5], ['extinct', 0.35], ['endangered species', 0.5], ['polar bears', 0.55], ['glacier', 0.45],
      ['glaciers', 0.5], ['ice is melting', 0.6], ['melting ice', 0.6], ['ozone', 0.55], ['ozone layer', 0.6],
      ['chemtrails', 0.55], ['geoengineering', 0.7], ['great barrier reef', 0.5], ['coral reef', 0.5],
      ['coral reefs', 0.55], ['coral bleaching', 0.7], ['coal fired', 0.65], ['coalfired', 0.65],
      ['polluter pays', 0.75], ['polluter', 0.55], ['natural disasters', 0.4], ['flooding', 0.3], ['floods', 0.3],
      ['wildfire', 0.45], ['forest fires', 0.4], ['epa', 0.65], ['environmental protection agency', 0.75],
      ['green tech', 0.6], ['clean tech', 0.6], ['clean technology', 0.6], ['green technology', 0.6], ['solar', 0.45],
      ['solar panels', 0.5], ['renewable', 0.65], ['wind turbines', 0.5], ['recycling', 0.4], ['recycle', 0.35],
      ['mother earth', 0.6], ['onlyoneearth', 0.7], ['save the earth', 0.75], ['savetheearth', 0.75],
      ['weather patterns', 0.55], ['record temperatures', 0.6], ['record heat', 0.6], ['hottest year', 0.65],
      ['hottest summer', 0.5], ['warmest', 0.4], ['driest', 0.35], ['wettest', 0.35], ['temperatures', 0.35],
      ['temperature rise', 0.6], ['greenspace', 0.4], ['green spaces', 0.4], ['water management', 0.4],
      ['water shortage', 0.5], ['water crisis', 0.55], ['oil and gas', 0.5], ['oilandgas', 0.5], ['fossil', 0.55],
      ['coal', 0.45], ['ghg', 0.75], ['attenborough', 0.5], ['david attenborough', 0.5], ['unfccc', 0.85],
      ['carbon dioxide', 0.6], ['electric cars', 0.45], ['electric vehicles', 0.45], ['rainforest', 0.5],
      ['rainforests', 0.5], ['amazon rainforest', 0.6], ['ecology', 0.5], ['ecological', 0.55], ['ecosystem', 0.5],
      ['conservationists', 0.5], ['wildlife', 0.3], ['habitat loss', 0.55], ['plastic waste', 0.5],
      ['single use plastic', 0.55], ['climatologist', 0.75], ['climatologists', 0.75], ['activists', 0.45],
    ],
  },
  // Feminism and gender equality.
  {
    topic: 'feminism', kind: 'issue', clarity: 0.9, terms: [
      'feminism', 'feminist', 'feminists', 'misogyny', 'misogynist', 'misogynists', 'misogynistic', 'sexism',
      'sexist', 'sexists', 'patriarchy', 'patriarchal', 'gender equality', 'gender inequality', 'gender gap',
      'gender pay gap', 'pay gap', 'wage gap', 'equal pay', 'women s rights', 'womens rights', 'women s equality',
      'rape culture', 'mansplaining', 'mansplain', 'mansplained', 'toxic masculinity', 'glass ceiling', 'suffragette',
      'suffragettes', 'suffrage', 'intersectional', 'intersectionality', 'slut shaming', 'victim blaming',
      ['objectification', 0.75], ['objectify', 0.7], 'violence against women', 'male privilege', 'men s rights',
      'mens rights', 'mra', 'mras', 'meninist', 'meninists', ['gamergate', 0.75], 'yesallwomen', 'heforshe',
      'likeafeminist', 'everydaysexism', 'everyday sexism', 'freethenipple', 'free the nipple', 'metoo', 'timesup',
      'womenagainstfeminism', 'women against feminism', ['female empowerment', 0.7], ['empower women', 0.7],
      ['empowering women', 0.7], ['women empowerment', 0.7], ['women in leadership', 0.65],
      ['femaleprotagonist', 0.6], 'gender roles', ['gender norms', 0.75], ['gender bias', 0.75],
      'gender discrimination', ['sexual harassment', 0.6], ['domestic violence', 0.6], ['catcalling', 0.65],
      ['catcalls', 0.65], 'femicide', ['double standard', 0.45], ['double standards', 0.5], ['doublestandards', 0.5],
      ['women s issues', 0.75], ['womens issues', 0.75], 'reproductive justice', 'anita sarkeesian', 'sarkeesian',
      ['emma watson', 0.45],
    ],
  },
  {
    topic: 'feminism', kind: 'issue', clarity: 0.55, terms: [
      ['lady parts', 0.6], ['herstory', 0.75], ['girl power', 0.6], ['girlpower', 0.6], ['man up', 0.45],
      ['body positive', 0.5], ['body positivity', 0.55], ['body shaming', 0.6], ['beauty standards', 0.6],
      ['sexual assault', 0.6], ['rape', 0.5], ['rapist', 0.5], ['rapists', 0.5], ['harassment', 0.45],
      ['consent', 0.3], ['single mothers', 0.45], ['single mums', 0.45], ['maternity leave', 0.5],
      ['paternity leave', 0.5], ['childcare', 0.4], ['breastfeeding', 0.4], ['stay at home mom', 0.4],
      ['housewife', 0.35], ['housewives', 0.35], ['chivalry', 0.55], ['female representation', 0.7],
      ['women in stem', 0.65], ['women in science', 0.55], ['girls in stem', 0.6], ['gender stereotypes', 0.75],
      ['stereotypes', 0.4], ['stereotyping', 0.45], ['sexualised', 0.55], ['sexualized', 0.55], ['bossy', 0.3],
      ['dress code', 0.35], ['slut', 0.45], ['sluts', 0.45], ['patriarchal society', 0.85], ['oppresses women', 0.85],
      ['woman card', 0.8], ['womancard', 0.8], ['femfreq', 0.75], ['feminine', 0.35], ['masculinity', 0.55],
      ['masculine', 0.3], ['manosphere', 0.8], ['incel', 0.6], ['incels', 0.6], ['alpha male', 0.5],
    ],
  },
  {
    topic: 'feminism', kind: 'issue', clarity: 0.9, cue: 0.8, terms: [
      'feminazi', 'feminazis', 'femnazi', 'man hater', 'man haters', 'man hating', 'misandry', 'misandrist',
      'misandrists', 'man hate', 'radfem', 'radfems', ['sjw', 0.75], ['sjws', 0.75], 'social justice warrior',
      'social justice warriors', ['white knight', 0.5], ['white knights', 0.5],
    ],
  },
  {
    topic: 'feminism', kind: 'issue', clarity: 0.4, terms: [
      ['woman', 0.35], ['women', 0.45], ['gender', 0.5], ['female', 0.35], ['females', 0.35], ['equality', 0.5],
      ['sexes', 0.5], ['the sexes', 0.55],
    ],
  },
  // Religion and belief.
  {
    topic: 'religion', kind: 'issue', clarity: 0.75, terms: [
      'atheism', 'atheist', 'atheists', 'religion', 'religions', 'religious', 'christianity', 'secular', 'secularism',
      'secularist', 'theist', 'theists', 'agnostic', 'agnostics', 'creationism', 'creationist', 'creationists',
      'intelligent design', 'freethinker', 'freethinkers', 'freethought', 'humanist', 'humanists', 'humanism',
      'blasphemy', 'blasphemous', 'theocracy', 'separation of church and state', 'in god we trust', 'sharia',
      'islamist', 'islamists', 'jihad', 'jihadist', 'jihadists', 'islamophobia', 'islamophobic', 'faith schools',
      'faith school', 'religious freedom', 'religious liberty', 'godless', 'nonbeliever', 'nonbelievers',
      'non believers', 'unbelievers', ['believers', 0.5], 'evangelical', 'evangelicals', 'fundamentalist',
      'fundamentalists', 'fundamentalism', ['dogma', 0.5], ['superstition', 0.55], 'holy book', 'scriptures',
      'the bible', 'word of god', 'son of god', 'jesus christ', 'holy spirit', ['gospel', 0.5], ['scripture', 0.55],
      ['bible', 0.6], ['biblical', 0.6], ['christian', 0.6], ['christians', 0.6], ['islam', 0.65], ['muslim', 0.6],
      ['muslims', 0.6], ['allah', 0.55], 'judaism', 'quran', 'koran', 'hinduism', ['salvation', 0.5],
      ['sinners', 0.5], ['sinner', 0.5], ['savior', 0.55], ['saviour', 0.55], 'church and state', 'prayer in schools',
      'religious right', 'christian nation', 'christian values', 'faith based', 'deity', 'deities', ['the lord', 0.5],
      ['our lord', 0.55], 'lord jesus', 'praise the lord', ['christ', 0.6], ['jesus', 0.6], ['god', 0.55],
      ['gods', 0.45], ['god s', 0.5], ['godly', 0.45], ['pray', 0.45], ['prayer', 0.45], ['prayers', 0.45],
      ['praying', 0.45], ['faith', 0.3], ['sin', 0.4], ['sins', 0.4], ['sinful', 0.45], ['worship', 0.4],
      ['psalm', 0.5], ['psalms', 0.5], ['proverbs', 0.3], ['amen', 0.4], ['hallelujah', 0.4], ['almighty', 0.4],
      ['gospelbeat', 0.5], ['teamjesus', 0.55], ['jesusfreak', 0.55], ['bibleverse', 0.55], ['spirituality', 0.4],
      ['spiritual', 0.35], ['eternal life', 0.5], ['resurrection', 0.4], ['repent', 0.5], ['repentance', 0.5],
      'grace of god', ['the cross', 0.4], ['crucified', 0.45], ['disciples', 0.45], ['apostle', 0.45],
      ['pastor', 0.4], ['pope', 0.45], ['vatican', 0.45], ['clergy', 0.45], ['preacher', 0.4], ['sermon', 0.4],
      ['satan', 0.35], ['idolatry', 0.5], ['pagan', 0.4], ['heathen', 0.45], ['heathens', 0.45],
    ],
  },
  {
    topic: 'religion', kind: 'issue', clarity: 0.5, terms: [
      ['kjv', 0.7], ['niv', 0.45], ['vicar', 0.4], ['theology', 0.55], ['theological', 0.55], ['halal', 0.45],
      ['haram', 0.55], ['deen', 0.5], ['buddhism', 0.55], ['buddhist', 0.5], ['catholic', 0.5], ['catholics', 0.55],
      ['catholicism', 0.6], ['protestant', 0.5], ['mormon', 0.5], ['mormons', 0.5], ['king of kings', 0.7],
      ['lord of lords', 0.7], ['kingofkings', 0.7], ['lordoflords', 0.7], ['righteousness', 0.5], ['righteous', 0.4],
      ['chastity', 0.4], ['kingdom of god', 0.7], ['kingdom of heaven', 0.7], ['miracles', 0.35],
      ['humanists uk', 0.8], ['ten commandments', 0.6], ['commandments', 0.5], ['the almighty', 0.55],
      ['praise god', 0.65], ['praise him', 0.6], ['glory to god', 0.65], ['son of man', 0.5],
      ['the holy spirit', 0.6], ['ramadan', 0.45], ['hajj', 0.45], ['mecca', 0.4], ['synagogue', 0.4],
      ['mosque', 0.45], ['mosques', 0.5], ['heretic', 0.55], ['heresy', 0.55], ['apostasy', 0.7], ['apostate', 0.7],
      ['infidel', 0.55], ['infidels', 0.6], ['antichrist', 0.6], ['end times', 0.55], ['rapture', 0.5],
      ['born again', 0.55], ['make believe friend', 0.7], ['sky daddy', 0.8], ['imaginary friend', 0.5],
      ['fairy tales', 0.3], ['scientology', 0.5], ['prophet', 0.45], ['prophets', 0.45], ['messiah', 0.5],
      ['holy war', 0.65],
    ],
  },
  // Guns.
  {
    topic: 'gun control', kind: 'issue', clarity: 0.9, terms: [
      'gun control', 'gun rights', 'gun laws', 'gun law', 'gun violence', 'gun lobby', 'gun owners', 'gun reform',
      'gun ban', 'second amendment', '2nd amendment', 'nra', 'assault weapons', 'assault rifles', 'mass shooting',
      'mass shootings', 'school shooting', 'school shootings', 'background checks', 'concealed carry', 'open carry',
      'gunsense', 'guncontrolnow', 'right to bear arms', 'firearms',
    ],
  },
  // The union and independence.
  {
    topic: 'Scottish independence', kind: 'issue', clarity: 0.9, terms: [
      'scottish independence', 'indyref', 'indyref2', 'independence referendum', 'yes scotland',
      'independent scotland', 'indy ref', 'indy2', 'better together', 'bettertogether', ['the union', 0.45],
      ['unionist', 0.65], ['unionists', 0.65], ['nationalists', 0.6], 'irish unity', 'united ireland', 'border poll',
      'welsh independence', 'yes cymru', 'yescymru', ['devolution', 0.65], ['devolved powers', 0.65], 'devo max',
      'independence for scotland',
    ],
  },
  // Trans rights and LGBT equality.
  {
    topic: 'trans rights', kind: 'issue', clarity: 0.88, terms: [
      'trans rights', 'transgender', 'trans women', 'trans woman', 'trans men', 'trans man', 'trans people',
      'trans kids', 'gender identity', 'gender ideology', 'gender critical', 'terf', 'terfs', 'puberty blockers',
      'gender recognition', 'gender recognition act', 'self id', 'self identification', 'transphobia', 'transphobic',
      'bathroom bill', 'transrightsarehumanrights', 'trans rights are human rights', 'biological sex', 'cass review',
      'non binary', 'caitlyn jenner', 'gender reassignment', 'single sex spaces',
    ],
  },
  {
    topic: 'LGBT equality', kind: 'issue', clarity: 0.85, terms: [
      'same sex marriage', 'samesexmarriage', 'gay marriage', 'marriage equality', 'marriageequality',
      'equal marriage', 'lovewins', ['love wins', 0.6], 'lgbt', 'lgbtq', 'lgbtqia', 'lgbt rights', 'gay rights',
      'homophobia', 'homophobic', 'homophobes', 'homophobe', 'traditional marriage', 'sodomy', 'homosexuality',
      'homosexual', 'homosexuals', 'section 28', 'conversion therapy', 'gay agenda', 'scotusmarriage',
      ['same sex couples', 0.7], ['gay couples', 0.65], 'religious exemption', ['kim davis', 0.8], 'obergefell',
      ['pride month', 0.5], ['gay', 0.45], ['gays', 0.5], ['lesbian', 0.45], ['lesbians', 0.45],
    ],
  },
  // Israel, Gaza and other conflicts.
  {
    topic: 'Israel and Gaza', kind: 'issue', clarity: 0.85, terms: [
      'israel', 'israeli', 'israelis', 'gaza', 'palestine', 'palestinian', 'palestinians', 'hamas', 'hezbollah',
      'idf', 'zionism', 'zionist', 'zionists', 'anti zionist', 'west bank', 'occupied territories',
      'two state solution', 'intifada', 'from the river to the sea', 'antisemitism', 'anti semitism', 'antisemitic',
      'anti semitic', 'free palestine', 'freepalestine', 'bds', 'genocide in gaza', 'ceasefire now',
      ['settlers', 0.4], ['settlements', 0.35],
    ],
  },
  {
    topic: 'war and foreign policy', kind: 'issue', clarity: 0.75, terms: [
      ['ukraine', 0.7], ['ukrainian', 0.65], 'russian invasion', 'kremlin', 'nato', 'isis', 'isil', 'daesh',
      'taliban', 'al qaeda', 'war on terror', 'iran deal', 'iran nuclear deal', 'nuclear deal', 'drone strikes',
      'airstrikes', 'invasion of iraq', 'iraq war', 'syrian refugees', 'benghazi', ['arms sales', 0.6],
      ['foreign aid', 0.6], 'aid budget', 'trident', ['nuclear weapons', 0.55], 'military intervention',
      'sanctions on russia', ['ceasefire', 0.65], ['genocide', 0.65], 'war crimes', 'war criminal',
    ],
  },
  // Strikes and unions.
  {
    topic: 'strikes', kind: 'issue', clarity: 0.8, terms: [
      'strike action', 'on strike', 'industrial action', 'picket line', 'picket lines', 'picketing', ['walkout', 0.5],
      ['walkouts', 0.55], 'junior doctors strike', 'doctors strike', 'nurses strike', 'rail strike', 'rail strikes',
      'teachers strike', 'strike ballot', 'trade union', 'trade unions', 'trade unionist', 'trade unionists',
      'union bosses', 'union barons', 'rmt', 'unite union', 'tuc', 'minimum service levels', 'anti strike laws',
      'strikers', ['pay dispute', 0.6], ['pay offer', 0.45], 'pay rise for nurses', ['public sector pay', 0.6],
      'labor unions', ['unions', 0.55],
    ],
  },
  // The health service itself, which nearly everyone backs: thanks and praise for it take no side.
  {
    topic: 'the NHS', kind: 'issue', clarity: 0.6, consensual: true, terms: ['nhs', 'national health service'],
  },
  // Health care.
  {
    topic: 'the NHS', kind: 'issue', clarity: 0.7, terms: [
      'nhs waiting lists', ['waiting lists', 0.6], ['waiting list', 0.5], ['waiting times', 0.55], 'nhs crisis',
      'nhs privatisation', 'privatisation of the nhs', 'privatising the nhs', 'nhs funding', 'nhs cuts',
      'save the nhs', 'savethenhs', 'save our nhs', 'hands off our nhs', ['social care', 0.6],
      'a e waits', 'corridor care', 'bed blocking', 'obamacare', 'affordable care act', 'single payer',
      'universal healthcare', 'universal health care', ['medicaid', 0.6], ['medicare', 0.6],
      ['health insurance', 0.4], 'prescription charges', ['privatisation', 0.6], ['privatization', 0.6],
      ['privatise', 0.6], ['privatize', 0.6], ['nationalisation', 0.6], ['nationalise', 0.6], 'renationalise',
      ['public ownership', 0.55],
    ],
  },
  // Tax, spending and the economy.
  {
    topic: 'tax and spending', kind: 'issue', clarity: 0.7, terms: [
      'tax rises', 'tax rise', 'tax hike', 'tax hikes', 'tax cut', 'tax cuts', 'tax cuts for the rich',
      'tax the rich', 'taxwallstreet', 'income tax', 'national insurance', 'mansion tax', 'wealth tax',
      'windfall tax', 'inheritance tax', 'bedroom tax', 'non dom', 'non doms', 'tax avoidance', 'tax evasion',
      'tax havens', 'tax dodgers', 'austerity', ['welfare', 0.55], 'welfare cuts', 'benefit cuts', 'benefits cuts',
      'benefit cap', 'two child benefit cap', 'two child limit', 'universal credit', 'cost of living crisis',
      ['cost of living', 0.55], 'minimum wage', 'living wage', 'zero hours contracts', ['zero hours', 0.6],
      'inequality', 'income inequality', 'wealth inequality', 'the 1 percent', 'one percent', ['billionaires', 0.45],
      ['millionaires', 0.4], 'corporate greed', ['wall street', 0.5], ['free market', 0.6], 'trickle down',
      ['deficit', 0.5], 'national debt', 'debt ceiling', 'budget cuts', 'spending cuts', ['public spending', 0.6],
      ['public services', 0.5], 'energy price cap', 'fuel duty', 'tuition fees', ['student loans', 0.45],
      ['student debt', 0.5], 'housing crisis', ['affordable housing', 0.55], 'rent controls', 'right to buy',
      ['social housing', 0.55], 'hs2', 'grammar schools', ['private schools', 0.45], 'vat on private schools',
      'free school meals', ['food banks', 0.55], ['foodbanks', 0.55], ['food bank', 0.55], ['poverty', 0.55],
      'child poverty', ['homelessness', 0.5], 'common core', ['taxpayers', 0.6], ['taxpayer', 0.6], 'taxpayers money',
      ['taxes', 0.55], ['tax payers', 0.6], ['fiscal', 0.5], ['the budget', 0.5], 'spending review',
      'autumn statement', 'spring statement', 'mini budget', ['interest rates', 0.35], ['inflation', 0.4],
      ['wages', 0.4], ['economy', 0.4], ['recession', 0.45], ['unemployment', 0.45], ['jobs', 0.25],
      ['corporations', 0.45], ['big business', 0.5], ['bailout', 0.5], ['bailouts', 0.5], ['bankers', 0.45],
      ['bankers bonuses', 0.6], ['the rich', 0.45], ['the poor', 0.4], ['working class', 0.45],
      ['middle class', 0.35], ['working families', 0.5], ['entitlements', 0.45], ['social security', 0.5],
      ['pensions', 0.4], ['state pension', 0.5], ['triple lock', 0.65], 'winter fuel payment', 'winter fuel payments',
    ],
  },
  // Race.
  {
    topic: 'racism', kind: 'issue', clarity: 0.8, terms: [
      'racism', ['racist', 0.75], ['racists', 0.75], 'racial justice', 'racial equality', 'racial profiling',
      'black lives matter', 'blacklivesmatter', 'blm', 'white privilege', 'white supremacy', 'white supremacist',
      'white supremacists', 'police brutality', 'systemic racism', 'institutional racism', 'structural racism',
      'affirmative action', 'reparations', 'confederate flag', ['hate crime', 0.6], ['hate crimes', 0.6],
      ['civil rights', 0.6], 'kkk', 'ku klux klan', 'icantbreathe', 'i can t breathe', 'handsupdontshoot', 'ferguson',
      'charleston shooting', 'race relations', 'race card', 'all lives matter', 'alllivesmatter', ['racial', 0.55],
      ['segregation', 0.5], ['discrimination', 0.5], ['bigotry', 0.6], ['bigot', 0.55], ['bigots', 0.6],
      ['bigoted', 0.55], ['prejudice', 0.45], ['colonialism', 0.6], ['slavery', 0.5], 'slave trade', 'culture war',
      'culture wars', ['wokeness', 0.7], 'identity politics', 'political correctness', 'politically correct',
      'cancel culture', ['free speech', 0.6], ['freedom of speech', 0.6], ['first amendment', 0.6],
      ['censorship', 0.5], ['privilege', 0.4], ['oppression', 0.55], ['oppressed', 0.5], ['equal rights', 0.65],
      ['human rights', 0.6], ['civil liberties', 0.6],
    ],
  },
  // Crime, justice and other conscience issues.
  {
    topic: 'crime and justice', kind: 'issue', clarity: 0.75, terms: [
      'death penalty', 'capital punishment', 'police cuts', 'stop and search', 'prison reform', 'mass incarceration',
      'war on drugs', 'drug legalisation', 'drug legalization', 'legalise cannabis', 'legalize marijuana',
      'legalise drugs', 'decriminalisation', 'decriminalization', 'defund the police', 'police reform',
      'prison overcrowding', ['early release', 0.5], ['knife crime', 0.55], ['sentencing', 0.4], 'human rights act',
      'echr', 'european convention on human rights', 'protest laws', 'public order act', ['death row', 0.6],
      ['execution', 0.35], ['executions', 0.45], ['torture', 0.45], 'guantanamo', ['surveillance', 0.45],
      'snoopers charter', ['nsa', 0.5],
    ],
  },
  {
    topic: 'assisted dying', kind: 'issue', clarity: 0.88, terms: [
      'assisted dying', 'assisted suicide', 'euthanasia', 'right to die', 'dignity in dying', 'end of life bill',
      'terminally ill adults bill', 'mercy killing',
    ],
  },
  {
    topic: 'the monarchy', kind: 'issue', clarity: 0.6, terms: [
      'abolish the monarchy', 'republicanism', 'anti monarchy', ['monarchy', 0.45], ['monarchist', 0.5],
      ['monarchists', 0.5], 'not my king', 'notmyking', 'sovereign grant',
    ],
  },
  {
    topic: 'vaccines and lockdowns', kind: 'issue', clarity: 0.7, terms: [
      'anti vax', 'antivax', 'anti vaxxer', 'anti vaxxers', 'antivaxxers', 'vaccine mandate', 'vaccine mandates',
      'vaccine passports', ['lockdown', 0.45], ['lockdowns', 0.5], 'partygate', 'covid inquiry', 'mask mandate',
      'mask mandates', 'plandemic', ['gmo', 0.55], ['gmos', 0.55], ['monsanto', 0.5],
    ],
  },
  {
    topic: 'inquiries and scandals', kind: 'issue', clarity: 0.7, terms: [
      'post office scandal', 'horizon scandal', 'infected blood', ['grenfell', 0.6], ['hillsborough', 0.5],
      'expenses scandal', 'cash for honours', 'cash for access', 'lobbying scandal', ['sleaze', 0.6],
      ['cronyism', 0.65], 'vip lane', 'emailgate', 'email scandal', ['her emails', 0.6], ['monica lewinsky', 0.7],
      ['lewinsky', 0.7], ['watergate', 0.7], ['pay to play', 0.55], 'clinton foundation', 'clinton emails',
      'private email server',
    ],
  },
];
