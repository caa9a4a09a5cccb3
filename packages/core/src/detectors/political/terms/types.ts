/** What a political topic term names. */
export type TopicKind = 'party' | 'politician' | 'office' | 'institution' | 'election' | 'issue' | 'campaign';

/**
 * A group of words and phrases that name one political topic: a party, a
 * politician, an office, a controversy. The detector reports the group's
 * `topic` as the label (`political stance on brexit`).
 */
export interface TopicGroup {
  /** The name the label shows: `brexit`, `the Labour Party`, `Keir Starmer`. */
  topic: string;
  kind: TopicKind;
  /**
   * How sure a mention is to be political, 0 to 1: 0.9 for `brexit`, 0.45
   * for `god`. Several mentions close together add up.
   */
  clarity: number;
  /**
   * The word is also an everyday word (`labour`, `conservative`, `trump`), so
   * it counts fully only when written with a capital, and less when it
   * follows another capitalised word as part of a name (`Eric Church`).
   */
  cased?: boolean;
  /** Loaded words (`pro-life`, `feminazi`) carry a stance of their own; this is its strength, 0 to 1. */
  cue?: number;
  /** Match the simple English inflections of the last word too (`migrant`, `migrants`). */
  inflect?: boolean;
  /**
   * A public service nearly everyone backs (`the NHS`): praising, thanking or
   * supporting it takes no side, so only the other cues count towards a
   * stance on it (`I support the NHS` is no stance, `NHS privatisation is a
   * disgrace` is).
   */
  consensual?: boolean;
  /** The words and phrases; a pair gives a word its own clarity (`['drought', 0.45]`). */
  terms: readonly TopicTermSpec[];
}

/** A term of a {@link TopicGroup}: the text, or the text with a clarity of its own. */
export type TopicTermSpec = string | readonly [text: string, clarity: number];

/** What sort of stance a cue shows. */
export type CueKind = 'evaluation' | 'opinion' | 'action';

/** A group of words and phrases that show the writer taking a side. */
export interface CueGroup {
  kind: CueKind;
  /** How strongly the words show a stance, 0 to 1. Several cues close together add up. */
  strength: number;
  /**
   * Cues of one family count once together within a few sentences, however
   * many appear (`I`, `we`, `our` are one sign of a personal voice, not three).
   * Without a family, each word is its own family: a word said twice counts once.
   */
  family?: string;
  inflect?: boolean;
  terms: readonly string[];
}
