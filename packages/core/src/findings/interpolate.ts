/** The values a rule's message and suggestion may use. */
export interface MessageValues {
  /** The original text of the first place that matched. */
  match: string;
  /** The distinct matched texts, in order, joined with ", ". */
  matches: string;
  /** How many places matched. */
  count: number;
  /** The pack's term (or the detector's label) behind the first match. */
  term: string;
}

const PLACEHOLDER = /\{(match|matches|count|term)\}/g;

/**
 * Fills `{match}`, `{matches}`, `{count}` and `{term}` in a message. Other
 * braces are left as written; values are inserted as they are, never read
 * as placeholders themselves.
 */
export function interpolate(template: string, values: MessageValues): string {
  return template.replace(PLACEHOLDER, (_, name: keyof MessageValues) => String(values[name]));
}
