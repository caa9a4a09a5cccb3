/**
 * A quick count, never below the true one, of the ways a plain pattern
 * without unbounded repetition can be trying to match at once, so that the
 * common patterns of a pack are proved linear without the general analysis.
 *
 * The general analysis (`redos-detector`) scores a pattern by the paths
 * through `[^]*?pattern` that may all have to be tried at one place in the
 * text: paths of one length, each of whose characters could be one that a
 * given pair of paths has in common. When every repetition is bounded, and
 * once started the pattern is deterministic (the next character always
 * decides where to go next, so an optional or repeated part never reads
 * what may follow it), those paths can be counted directly: unroll the
 * pattern into positions, one per character it reads, and walk every path
 * `B` alongside the number of paths, on each position, that could read what
 * `B` reads. Characters matter only by which positions read them, and a
 * path cannot outlast the pattern, so the walk is finite.
 *
 * Zero-width assertions (`\b`, `^`, `$`) are treated as always passing,
 * which can only add paths. Everything the count depends on is the pattern
 * and a fixed list of characters, never a clock, so the answer is the same
 * on every machine and every run.
 */

/** Most positions after unrolling; larger patterns go to the general analysis. */
const MAX_POSITIONS = 512;
/** Most distinct states the walk may visit before it leaves the pattern to the general analysis. */
const MAX_STATES = 2048;

type Node =
  | { kind: 'atom'; source: string }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

class Unsupported extends Error {}

/**
 * Characters that stand for every character an ASCII-only pattern can tell
 * apart: all of ASCII, one non-ASCII letter, each kind of Unicode space and
 * line break (`\s` and `.` treat them apart), the two letters that fold to
 * ASCII under `iu` (Kelvin sign, long s), and a surrogate or an astral
 * character. Any other character is accepted by exactly the positions that
 * accept one of these.
 */
function representatives(unicode: boolean): string[] {
  const chars: string[] = [];
  for (let c = 0; c < 128; c++) chars.push(String.fromCharCode(c));
  chars.push(
    '\u00e9', '\u00df', '\u0130', '\u0131', '\u212a', '\u017f',
    '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085',
  );
  if (unicode) chars.push('\u{1f600}');
  else chars.push('\ud83d', '\ude00');
  return chars;
}

/**
 * Counts the most ways `regex` can be trying at one place (see the module
 * comment), when that is at most `limit`; `undefined` when it is more, or
 * when the pattern is outside what this count handles (unbounded
 * repetition, lookahead, a part that could stop or go on reading the same
 * character, or simply too large), which leaves it to the general analysis.
 * `regex` must already be a valid pattern under `flags` (only `i` and `u`),
 * written in ASCII with no `\u` or `\p` escape, without backreferences,
 * lookbehind or group names.
 */
export function boundedWays(regex: string, flags: string, limit: number): number | undefined {
  // The representative characters stand for every other only when the pattern itself is ASCII.
  for (let i = 0; i < regex.length; i++) if (regex.charCodeAt(i) > 0x7f) return undefined;
  let tree: Node;
  try {
    tree = new Parser(regex, flags.includes('u')).parse();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const automaton = unroll(tree);
  if (automaton === undefined) return undefined;
  return walk(automaton, flags, limit);
}

/** A parser for the subset of patterns the count handles; anything else throws {@link Unsupported}. */
class Parser {
  private at = 0;

  constructor(private readonly source: string, private readonly unicode: boolean) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.at !== this.source.length) throw new Unsupported();
    return node;
  }

  private disjunction(): Node {
    const items = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      items.push(this.alternative());
    }
    return items.length === 1 ? items[0]! : { kind: 'alt', items };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term();
      if (term !== undefined) items.push(term);
    }
    return items.length === 0 ? { kind: 'empty' } : items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  /** One term; `undefined` for an assertion, which reads nothing and is counted as always passing. */
  private term(): Node | undefined {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return undefined;
    }
    if (c === '\\' && (s[this.at + 1] === 'b' || s[this.at + 1] === 'B')) {
      this.at += 2;
      return undefined;
    }
    let atom: Node;
    if (c === '(') {
      if (s[this.at + 1] === '?') {
        if (s[this.at + 2] !== ':') throw new Unsupported();
        this.at += 3;
      } else {
        this.at++;
      }
      atom = this.disjunction();
      if (s[this.at] !== ')') throw new Unsupported();
      this.at++;
    } else if (c === '[') {
      atom = { kind: 'atom', source: this.classSource() };
    } else if (c === '\\') {
      atom = { kind: 'atom', source: this.escapeSource() };
    } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')') {
      if (c !== '{' || this.unicode || this.quantifierAhead()) throw new Unsupported();
      this.at++;
      atom = { kind: 'atom', source: '\\{' };
    } else {
      this.at++;
      atom = { kind: 'atom', source: c === '}' || c === ']' ? `\\${c}` : c };
    }
    return this.quantified(atom);
  }

  private quantified(atom: Node): Node {
    const s = this.source;
    const c = s[this.at];
    // A repeated group is where the analysis's paths and these counts part:
    // it tells iterations apart in ways not followed here. An optional
    // group (`(?:ed)?`) is read at most once, and counts as it should.
    if (atom.kind !== 'atom' && (c === '*' || c === '+' || (c === '{' && this.quantifierAhead()))) {
      throw new Unsupported();
    }
    let min: number;
    let max: number;
    if (c === '?') {
      min = 0;
      max = 1;
      this.at++;
    } else if (c === '*' || c === '+') {
      throw new Unsupported();
    } else if (c === '{' && this.quantifierAhead()) {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at))!;
      if (found[2] !== undefined && found[3] === '') throw new Unsupported();
      min = Number(found[1]);
      max = found[3] === undefined ? min : Number(found[3]);
      if (!Number.isSafeInteger(max) || max > MAX_POSITIONS) throw new Unsupported();
      this.at += found[0].length;
    } else {
      return atom;
    }
    // A lazy repetition tries the same paths in another order: the count is the same.
    if (s[this.at] === '?') this.at++;
    return { kind: 'repeat', item: atom, min, max };
  }

  private quantifierAhead(): boolean {
    return /^\{\d+(,\d*)?\}/.test(this.source.slice(this.at));
  }

  private classSource(): string {
    const s = this.source;
    const start = this.at;
    let i = start + 1;
    if (s[i] === '^') i++;
    // Without `u` a `]` right after `[` or `[^` is the end of an empty class; the engine agrees.
    for (; i < s.length; i++) {
      if (s[i] === '\\') {
        this.checkEscape(i);
        i++;
      } else if (s[i] === ']') {
        this.at = i + 1;
        return s.slice(start, i + 1);
      }
    }
    throw new Unsupported();
  }

  private escapeSource(): string {
    const s = this.source;
    this.checkEscape(this.at);
    const next = s[this.at + 1];
    if (next === undefined) throw new Unsupported();
    let end = this.at + 2;
    if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(end, end + 2))) end += 2;
    const source = s.slice(this.at, end);
    this.at = end;
    return source;
  }

  /** Escapes whose extent or meaning needs more care than this count takes are left to the general analysis. */
  private checkEscape(at: number): void {
    const next = this.source[at + 1];
    if (next === undefined || next === 'c' || next === 'u' || next === 'p' || next === 'P' || next === 'k' ||
      (next >= '0' && next <= '9')) {
      throw new Unsupported();
    }
  }
}

/** The unrolled pattern: what each position reads, and the ways between positions. */
interface Unrolled {
  /** Source of the atom each position reads. */
  atoms: string[];
  /** Ways to start at each position. */
  first: Map<number, number>;
  /** Ways to go from a position to the next, by `from * n + to`. */
  follow: Map<number, number>;
}

interface Fragment {
  first: Map<number, number>;
  last: Map<number, number>;
  /** Ways to read nothing at all. */
  empty: number;
}

/** Unrolls bounded repetition into positions, counting ways with multiplicity; `undefined` when too large. */
function unroll(tree: Node): Unrolled | undefined {
  const atoms: string[] = [];
  const edges: [number, number, number][] = [];
  const add = (into: Map<number, number>, key: number, ways: number) => into.set(key, (into.get(key) ?? 0) + ways);
  const scaled = (from: Map<number, number>, by: number) => {
    const result = new Map<number, number>();
    if (by !== 0) for (const [k, w] of from) result.set(k, w * by);
    return result;
  };
  const merge = (a: Map<number, number>, b: Map<number, number>) => {
    const result = new Map(a);
    for (const [k, w] of b) add(result, k, w);
    return result;
  };
  const concat = (a: Fragment, b: Fragment): Fragment => {
    for (const [from, wf] of a.last) for (const [to, wt] of b.first) edges.push([from, to, wf * wt]);
    return {
      first: merge(a.first, scaled(b.first, a.empty)),
      last: merge(b.last, scaled(a.last, b.empty)),
      empty: a.empty * b.empty,
    };
  };
  const emptyFragment = (): Fragment => ({ first: new Map(), last: new Map(), empty: 1 });
  const build = (node: Node): Fragment => {
    switch (node.kind) {
      case 'atom': {
        if (atoms.length >= MAX_POSITIONS) throw new Unsupported();
        const p = atoms.length;
        atoms.push(node.source);
        return { first: new Map([[p, 1]]), last: new Map([[p, 1]]), empty: 0 };
      }
      case 'empty':
        return emptyFragment();
      case 'seq':
        return node.items.map(build).reduce(concat);
      case 'alt': {
        const parts = node.items.map(build);
        return {
          first: parts.map((f) => f.first).reduce(merge),
          last: parts.map((f) => f.last).reduce(merge),
          empty: parts.reduce((sum, f) => sum + f.empty, 0),
        };
      }
      case 'repeat': {
        // x{n,m} is n copies of x, then m - n nested optional copies: (x(x(x)?)?)?.
        let tail = emptyFragment();
        for (let k = node.max - node.min; k > 0; k--) {
          const copy = concat(build(node.item), tail);
          tail = { first: copy.first, last: copy.last, empty: copy.empty + 1 };
        }
        let result = emptyFragment();
        for (let k = 0; k < node.min; k++) result = concat(result, build(node.item));
        return concat(result, tail);
      }
    }
  };
  let whole: Fragment;
  try {
    whole = build(tree);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const n = atoms.length;
  const follow = new Map<number, number>();
  for (const [from, to, ways] of edges) add(follow, from * n + to, ways);
  return { atoms, first: whole.first, follow };
}

/**
 * Walks every path `B` through `[^]*?pattern` together with, for each
 * position, how many paths of the same length could read the same text as
 * `B` one character at a time (each of their characters can be one of
 * `B`'s). The analysis groups paths by exactly that test against the
 * characters two paths have in common, so its score is never above the most
 * such paths seen while `B` is inside the pattern (counting the path that
 * only skips).
 */
function walk(unrolled: Unrolled, flags: string, limit: number): number | undefined {
  const { atoms, first, follow } = unrolled;
  const n = atoms.length;
  if (n === 0) return 1;
  // Which positions each representative character is read by; two positions
  // can read the same character when some representative is read by both.
  // Unrolled repetitions repeat their atoms, so each distinct atom is tried once.
  const kinds = new Map<string, number>();
  const kindOf = atoms.map((source) => {
    let kind = kinds.get(source);
    if (kind === undefined) kinds.set(source, (kind = kinds.size));
    return kind;
  });
  const matchers = [...kinds.keys()].map((source) => new RegExp(`^(?:${source})$`, flags));
  const kindOverlap = new Uint8Array(kinds.size * kinds.size);
  for (const char of representatives(flags.includes('u'))) {
    const readers: number[] = [];
    for (let k = 0; k < matchers.length; k++) if (matchers[k]!.test(char)) readers.push(k);
    for (const a of readers) for (const b of readers) kindOverlap[a * kinds.size + b] = 1;
  }
  const overlaps = (p: number, q: number): boolean => kindOverlap[kindOf[p]! * kinds.size + kindOf[q]!] === 1;
  const successors: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [pair, ways] of follow) successors[Math.floor(pair / n)]!.push([pair % n, ways]);
  // Only patterns that are deterministic once started are counted here: from
  // each position, the next character decides the next position (so an
  // optional or repeated part never reads what may follow it). Ambiguity
  // then comes only from where a match starts and from alternatives that
  // begin alike, which the count follows exactly.
  for (const ways of first.values()) if (ways !== 1) return undefined;
  for (const next of successors) {
    for (let i = 0; i < next.length; i++) {
      if (next[i]![1] !== 1) return undefined;
      for (let j = i + 1; j < next.length; j++) if (overlaps(next[i]![0], next[j]![0])) return undefined;
    }
  }
  const starts = [...first.keys()];

  /** The counts after one more character, read by `b` (-1: `B` skips, any character: then all paths count, and `B` is not yet one the analysis compares). */
  const advance = (counts: Float64Array, b: number): Float64Array => {
    const next = new Float64Array(n);
    for (const q of starts) if (b < 0 || overlaps(b, q)) next[q] = 1;
    for (let p = 0; p < n; p++) {
      const here = counts[p]!;
      if (here === 0) continue;
      for (const [q] of successors[p]!) if (b < 0 || overlaps(b, q)) next[q] = next[q]! + here;
    }
    return next;
  };

  let most = 1;
  const seen = new Set<string>();
  const queue: { b: number; counts: Float64Array }[] = [];
  /** Queues a state of `B` inside the pattern unless seen; false when the count is over the limit or the walk too long. */
  const visit = (b: number, counts: Float64Array): boolean => {
    let total = 1;
    for (let p = 0; p < n; p++) total += counts[p]!;
    if (total > limit) return false;
    if (total > most) most = total;
    const k = `${b}|${key(counts)}`;
    if (seen.has(k)) return true;
    if (seen.size >= MAX_STATES) return false;
    seen.add(k);
    queue.push({ b, counts });
    return true;
  };
  // Counts only grow with each character `B` skips (every step adds the
  // same new starts to what the earlier ones carry on), and the pattern is
  // finite, so they settle within as many steps as it has positions; a `B`
  // that skips longer can only meet more paths. So `B` starts into the
  // pattern from the settled counts only.
  let settled: Float64Array = new Float64Array(n);
  for (let k = 0; k <= n; k++) {
    const next = advance(settled, -1);
    if (key(next) === key(settled)) break;
    settled = next;
  }
  for (const q of starts) if (!visit(q, advance(settled, q))) return undefined;
  for (let head = 0; head < queue.length; head++) {
    const { b, counts } = queue[head]!;
    for (const [q] of successors[b]!) if (!visit(q, advance(counts, q))) return undefined;
  }
  return most;
}

function key(state: Float64Array): string {
  let text = '';
  for (let p = 0; p < state.length; p++) if (state[p] !== 0) text += `${p}:${state[p]},`;
  return text;
}
