/**
 * Nouns for one person by their job, office or relation to the writer. As
 * the subject of an insult in the singular (`my manager is a moron`, `the
 * minister is an idiot`) they name a person, not a group; in the plural
 * (`ministers are idiots`) a group. Singular forms only: plurals are made
 * from them.
 */
export const ROLE_NOUNS: readonly string[] = [
  // Work.
  'manager', 'boss', 'colleague', 'coworker', 'supervisor', 'director', 'ceo', 'chairman', 'chairwoman',
  'chairperson', 'chief', 'employer', 'employee', 'assistant', 'intern', 'receptionist', 'clerk', 'contractor',
  'consultant', 'landlord', 'landlady', 'tenant', 'lodger', 'client', 'customer', 'caller',
  // Office and public life.
  'minister', 'mp', 'msp', 'mep', 'secretary', 'chancellor', 'councillor', 'councilor', 'mayor', 'president',
  'senator', 'governor', 'premier', 'pm', 'speaker', 'leader', 'candidate', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'bureaucrat', 'mandarin', 'judge', 'magistrate', 'officer', 'policeman',
  'policewoman', 'cop', 'inspector', 'sergeant', 'constable', 'commissioner',
  // Trades and professions.
  'teacher', 'headteacher', 'headmaster', 'headmistress', 'lecturer', 'professor', 'tutor', 'coach', 'doctor', 'gp',
  'nurse', 'dentist', 'surgeon', 'vet', 'lawyer', 'solicitor', 'barrister', 'accountant', 'banker', 'plumber',
  'builder', 'electrician', 'mechanic', 'driver', 'cabbie', 'waiter', 'waitress', 'referee', 'ref', 'umpire',
  'journalist', 'reporter', 'presenter', 'editor', 'columnist', 'commentator', 'pundit', 'host',
  // Family, friends and neighbours.
  'neighbour', 'neighbor', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'fiance', 'fiancee',
  'brother', 'sister', 'mum', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'uncle', 'aunt', 'auntie',
  'cousin', 'nephew', 'niece', 'grandad', 'grandma', 'nan', 'stepdad', 'stepmum', 'flatmate', 'housemate',
  'roommate', 'friend', 'mate',
];

/** Plural forms of {@link ROLE_NOUNS} that English spells irregularly. */
export const ROLE_PLURALS_IRREGULAR: Readonly<Record<string, string>> = {
  wife: 'wives', chairman: 'chairmen', chairwoman: 'chairwomen', policeman: 'policemen', policewoman: 'policewomen',
  spokesman: 'spokesmen', spokeswoman: 'spokeswomen', headmistress: 'headmistresses', waitress: 'waitresses',
  boss: 'bosses', mp: 'mps', msp: 'msps', mep: 'meps', ceo: 'ceos', gp: 'gps', pm: 'pms',
};
