/**
 * Word lists for recognising postal addresses: street suffixes (the USPS
 * standard suffixes and British ones), street words of other languages,
 * unit designators, state and province codes and country names.
 */

/** Street suffixes in English, lower case, with their common abbreviations. */
export const STREET_SUFFIXES = new Set([
  'alley', 'avenue', 'ave', 'av', 'bend', 'boulevard', 'blvd', 'branch', 'bridge', 'brook', 'broadway', 'bypass',
  'causeway', 'chase', 'circle', 'cir', 'circus', 'close', 'cl', 'common', 'corner', 'corners', 'course', 'court',
  'courts', 'ct', 'cove', 'coves', 'crescent', 'cres', 'crest', 'croft', 'crossing', 'crossroad', 'crossroads', 'dale',
  'drive', 'drives', 'dr', 'embankment', 'end', 'esplanade', 'estate', 'estates', 'expressway', 'fields', 'forge',
  'forges', 'freeway', 'gardens', 'garden', 'gdns', 'gate', 'gateway', 'glen', 'green', 'greens', 'grove', 'groves',
  'gr', 'harbor', 'harbour', 'heights', 'hts', 'highway', 'hwy', 'hill', 'hills', 'hollow', 'island', 'islands',
  'junction', 'knoll', 'lane', 'lanes', 'ln', 'lodge', 'loop', 'manor', 'meadow', 'meadows', 'mews', 'motorway',
  'orchard', 'oval', 'parade', 'pde', 'park', 'parkway', 'pkwy', 'passage', 'path', 'pike', 'place', 'pl', 'plaza',
  'point', 'points', 'pt', 'quay', 'ridge', 'rise', 'road', 'roads', 'rd', 'route', 'row', 'square', 'squares', 'sq',
  'street', 'streets', 'st', 'str', 'summit', 'terrace', 'ter', 'terr', 'trace', 'trail', 'trl', 'turnpike', 'vale',
  'valley', 'view', 'views', 'villas', 'walk', 'walks', 'way', 'ways', 'wharf', 'wynd', 'yard', 'club', 'cliffs',
  'falls', 'ferry', 'flats', 'fork', 'forks', 'haven', 'lakes', 'landing', 'mill', 'mills', 'mount', 'pines', 'plains',
  'rapids', 'shores', 'springs', 'station', 'stravenue', 'throughway', 'tunnel', 'underpass', 'viaduct', 'vista', 'wells',
]);

/** Suffixes that are common English words: after a house number they still count, but never in lower case. */
export const AMBIGUOUS_SUFFIXES = new Set([
  'end', 'common', 'course', 'corner', 'point', 'points', 'view', 'views', 'walk', 'walks', 'way', 'ways', 'station',
  'club', 'bend', 'rise', 'mount', 'park', 'green', 'row', 'gate', 'yard', 'trace', 'path', 'loop', 'oval', 'falls',
  'haven', 'fork', 'forks', 'fields', 'pt', 'st', 'dr', 'pl', 'gr', 'av', 'ter',
]);

/** Words that start a street name in other languages (`Rue de Rivoli 12`, `ul. Miła 53`, `Via Roma 1`). */
export const STREET_PREFIXES = new Set([
  'rue', 'rua', 'via', 'viale', 'vicolo', 'piazza', 'piazzetta', 'piazzale', 'strada', 'corso', 'calle', 'avenida',
  'avda', 'carrer', 'camino', 'paseo', 'carretera', 'rambla', 'ronda', 'estrada', 'alameda', 'rodovia', 'travessa',
  'largo', 'praça', 'praca', 'rúa', 'ul', 'ulica', 'aleja', 'trg', 'av', 'boulevard', 'bd', 'chemin', 'allée', 'allee', 'quai',
  'cours', 'impasse', 'avenue', 'λεωφόρος', 'οδός', 'odos', 'leoforos', 'ulitsa', 'prospekt', 'bulevar', 'bulevardi',
]);

/** Endings of one-word street names in Germanic, Nordic, Baltic, Finnish, Dutch and Central European languages. */
export const STREET_ENDINGS: readonly string[] = [
  'strasse', 'straße', 'gasse', 'weg', 'vej', 'vegen', 'vägen', 'veien', 'gatan', 'gata', 'gaten', 'katu', 'tie',
  'kuja', 'vegur', 'braut', 'stræde', 'straede', 'laan', 'straat', 'plein', 'gracht', 'kade', 'dijk', 'allee',
  'platz', 'markt', 'damm', 'ufer', 'stig', 'torg', 'torv', 'plads', 'gade', 'utca', 'ulica', 'cesta', 'ulice', 'väg',
  'vænget', 'tér', 'körút', 'sokak', 'caddesi', 'steig', 'pfad', 'stieg', 'põik', 'iela', 'gatve', 'tänav', 'vei', 'veg',
  'straeti', 'stræti', 'stien', 'stigen', 'útja', 'sokağı', 'bulvar', 'vegen', 'veien',
];

/** Street words of other languages written after the name as a separate word (`Király u. 15`, `Augsburger Strasse 36`). */
export const FOREIGN_STREET_WORDS = new Set([
  'u', 'út', 'utca', 'útja', 'str', 'strasse', 'straße', 'weg', 'gasse', 'allee', 'platz', 'ulica', 'terrasse',
  'vei', 'veg', 'vej', 'gate', 'gata', 'gatan', 'vägen', 'straat', 'laan', 'tér', 'körút', 'kapu', 'köz',
  'sétány', 'sokak', 'caddesi', 'iela', 'gatve', 'tänav', 'põik', 'cesta', 'ulice', 'náměstí', 'namesti', 'trg',
]);

/** Unit designators written before a number: `Apt. 12`, `Suite 300`, `Flat 3`, `PO Box 42`. */
export const UNIT_WORDS = new Set([
  'apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'floor', 'fl', 'room', 'rm', 'box', 'postbox', 'psc', 'building',
  'bldg', 'block', 'pobox', 'po',
]);

/** US military postal codes: `APO AE 09012`. */
export const MILITARY_POST = new Set(['apo', 'fpo', 'dpo']);
export const MILITARY_REGION = new Set(['aa', 'ae', 'ap']);

/** US states, Canadian provinces and Australian states, as written in addresses. */
export const STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'ON', 'QC', 'BC', 'AB', 'MB',
  'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU', 'NSW', 'VIC', 'QLD', 'TAS', 'ACT',
]);

/** Country names (lower case, split into words) that end international addresses. */
export const COUNTRIES: readonly (readonly string[])[] = [
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bangladesh',
  'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria', 'cambodia', 'cameroon', 'canada', 'chile', 'china',
  'colombia', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark', 'ecuador', 'egypt', 'england', 'estonia', 'ethiopia',
  'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'greenland', 'guatemala', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya',
  'latvia', 'lebanon', 'lithuania', 'luxembourg', 'malaysia', 'malta', 'mexico', 'moldova', 'monaco', 'mongolia',
  'montenegro', 'morocco', 'nepal', 'netherlands', 'nigeria', 'norway', 'pakistan', 'panama', 'paraguay', 'peru',
  'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'scotland', 'serbia', 'singapore', 'slovakia',
  'slovenia', 'spain', 'sweden', 'switzerland', 'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda',
  'ukraine', 'uruguay', 'venezuela', 'vietnam', 'wales', 'zambia', 'zimbabwe', 'uk', 'usa', 'us', 'greenlander',
  'united kingdom', 'united states', 'united states of america', 'south africa', 'new zealand', 'czech republic',
  'northern ireland', 'south korea', 'north macedonia', 'saudi arabia', 'united arab emirates', 'sri lanka',
  'costa rica', 'dominican republic', 'el salvador', 'faroe islands', 'isle of man',
].map((c) => c.split(' '));

/** {@link COUNTRIES} indexed by their first word, so a lookup reads one bucket. */
export const COUNTRIES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const words of COUNTRIES) {
    const bucket = map.get(words[0]!) ?? [];
    bucket.push(words);
    map.set(words[0]!, bucket);
  }
  // Longest names first: "united states of america" before "united states".
  for (const bucket of map.values()) bucket.sort((a, b) => b.length - a.length);
  return map;
})();

/** Words that mark where an address stops: they start a new clause. */
export const ADDRESS_STOP_WORDS = new Set([
  'i', 'it', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'is', 'are', 'was', 'were', 'please', 'thanks', 'thank',
  'hello', 'hi', 'we', 'you', 'he', 'she', 'they', 'my', 'our', 'your', 'this', 'that', 'what', 'when', 'where', 'who',
  'why', 'how', 'if', 'can', 'could', 'would', 'will', 'should', 'do', 'does', 'did', 'have', 'has', 'had', 'for',
  'after', 'before', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'of', 'as', 'then', 'there', 'here', 'mobile',
  'phone', 'tel', 'fax', 'desk', 'email', 'e-mail', 'office', 'website', 'name', 'address', 'personal', 'info', 'nan',
  'mr', 'mrs', 'ms', 'dr', 'note', 'also', 'call', 'let', 'see', 'meet', 'our', 'not', 'no',
]);

/** Particles that may sit between the capitalised words of a street or town name. */
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'delle', 'dello', 'degli', 'dei', 'dal', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'van', 'von', 'der', 'den',
  'het', 'y', 'e', 'z', 'nad', 'na', 'pod', 'u', 'am', 'an', 'im', 'bei', 'sur', 'en', 'of', 'upon', 'al', 'el',
]);

/** Street words of other languages that are also English words: they need more evidence ("Trenerys gate 232"). */
export const AMBIGUOUS_STREET_WORDS = new Set(['gate', 'ring', 'sor']);

/** Abbreviated street words that count only with their full stop (`u.`, `Str.`): bare, they are ordinary words. */
export const DOTTED_STREET_WORDS = new Set(['u', 'str', 'ul']);

/** Months and weekdays: capitalised, followed by numbers, and never part of an address. */
export const CALENDAR_WORDS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug',
  'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december', 'mon', 'monday', 'tue',
  'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun',
  'sunday', 'today', 'tomorrow', 'yesterday', 'tonight',
]);
