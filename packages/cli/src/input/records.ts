/** Where an activity came from, for messages, SARIF locations and JUnit test names. */
export interface InputRef {
  /** The file as the user named it (or as found in a folder they named); `-` for standard input. */
  file: string;
  /** The 1-based line of an NDJSON input. */
  line?: number | undefined;
  /** The 0-based position in a JSON array. */
  index?: number | undefined;
  /** The whole file is the activity's `text`, so span lines and columns are lines and columns of the file. */
  text?: boolean | undefined;
}

/**
 * One input on its way to the checker. NDJSON lines travel as raw text so
 * that `--jobs N` parses them in the workers too.
 */
export type InputRecord =
  | { ref: InputRef; kind: 'line'; text: string }
  | { ref: InputRef; kind: 'value'; value: unknown }
  | { ref: InputRef; kind: 'bad'; problem: string };

/** Names an input in one short phrase: `posts/a.txt`, `feed.ndjson:7`, `batch.json[3]`. */
export function describeRef(ref: InputRef): string {
  const file = ref.file === '-' ? '<stdin>' : ref.file;
  if (ref.line !== undefined) return `${file}:${ref.line}`;
  if (ref.index !== undefined) return `${file}[${ref.index}]`;
  return file;
}
