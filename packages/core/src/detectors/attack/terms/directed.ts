/**
 * Phrases that are aimed at someone by their very form: telling a person to
 * go away, shut up or harm themselves, or threatening them.
 */

/** Abuse addressed to someone: `fuck you`, `shut up`, `go to hell`. */
export const DIRECTED_ABUSE: readonly string[] = [
  'fuck you', 'fuck u', 'fuck ya', 'fuck off', 'fuck yourself', 'go fuck yourself', 'fuck them', 'fuck him',
  'fuck her', 'fuck that guy', 'fuck these', 'fuck those', 'f off', 'f u', 'f you', 'eff off', 'screw you',
  'screw u', 'screw him', 'screw her', 'screw them', 'piss off', 'sod off', 'bugger off', 'naff off',
  'go to hell', 'rot in hell', 'burn in hell', 'go die', 'drop dead', 'shut up', 'shut the fuck up',
  'shut your mouth', 'shut your face', 'shut your trap', 'stfu', 'gtfo', 'get lost', 'get a life',
  'get a brain', 'grow a brain', 'grow a pair', 'kiss my ass', 'kiss my arse', 'suck my', 'eat shit',
  'eat a dick', 'blow me', 'up yours', 'kill yourself', 'kys', 'neck yourself', 'go back to your country',
  'go back where you came from', 'go back to where you came from', 'who asked you', 'nobody asked you',
  'no one asked you', 'no one likes you', 'nobody likes you', 'nobody cares about you', 'you make me sick',
  'you disgust me', 'how dare you', 'shame on you', 'shame on him', 'shame on her', 'shame on them',
  'bite me',
];

/** Threats of violence or wishes of harm. */
export const THREATS: readonly string[] = [
  'kill you', 'kill u', 'kill him', 'kill her', 'kill them', 'murder you', 'shoot you',
  'shoot him', 'shoot her', 'shoot them', 'stab you', 'punch you', 'punch him', 'punch her', 'slap you',
  'beat you', 'beat the shit out', 'kick your ass', 'kick his ass', 'kick her ass', 'smash your face',
  'break your neck', 'break your legs', 'put a bullet', 'bullet in your head', 'bullet in his head',
  'hope you die', 'hope he dies', 'hope she dies', 'hope they die', 'wish you were dead',
  'wish he was dead', 'wish she was dead', 'deserve to die', 'deserves to die', 'should be shot',
  'should be hanged', 'should be hung', 'should be executed', 'should be killed', 'should die',
  'should be lynched', 'needs to be shot', 'need to be shot', 'should be put down', 'string him up',
  'string them up', 'hang them', 'hang him', 'hang her', 'watch your back', 'coming for you',
  'find where you live', 'know where you live', 'gas them', 'wipe them out',
];
