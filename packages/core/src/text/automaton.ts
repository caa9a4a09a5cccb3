/**
 * An Aho–Corasick automaton over small integer symbols.
 *
 * Transitions are stored two ways. The shallow states, where a scan spends
 * most of its time, get full rows (`dense`): one read per symbol. The many
 * deep states, most with a single child, are small records in `nodes` that
 * list their children and fall back along their failure link, which keeps a
 * large automaton small enough to stay in cache.
 *
 * A state id below `denseStates` names a dense row; any other id is
 * `denseStates` plus the offset of the state's record in `nodes`. Targets
 * are negated when the target state has output (its own or along its
 * failure chain), so the scan tests for output with a sign check. State 0 is
 * the start.
 */
export interface Automaton {
  /** Number of symbols. */
  readonly alphabet: number;
  /** Ids below this are dense states. */
  readonly denseStates: number;
  /** `dense[id * alphabet + symbol]`: signed next state id. */
  readonly dense: Int32Array;
  /** Output value of each dense state, or -1. */
  readonly denseOutput: Int32Array;
  /** Nearest proper suffix state with output of each dense state, or 0. */
  readonly denseDictLink: Int32Array;
  /**
   * Records of the sparse states: failure id, output value (-1: none),
   * dictionary link (0: none), number of children, then (symbol, signed
   * target id) for each child.
   */
  readonly nodes: Int32Array;
}

/** Offset of the failure link in a sparse state's record (see `Automaton.nodes`). */
export const NODE_FAIL = 0;
/** Offset of the output value in a sparse state's record. */
export const NODE_OUTPUT = 1;
/** Offset of the dictionary link in a sparse state's record. */
export const NODE_DICT_LINK = 2;
/** Offset of the number of children in a sparse state's record; the (symbol, target) pairs follow. */
export const NODE_CHILDREN = 3;

/** Dense rows are kept to about this many bytes (measured: larger tables no longer help). */
const DENSE_BUDGET_BYTES = 1 << 20;

/**
 * The signed next state from `state` on `symbol`. Amortised constant time:
 * each failure step goes to a shallower state.
 */
export function step(automaton: Automaton, state: number, symbol: number): number {
  const { denseStates, dense, nodes, alphabet } = automaton;
  let s = state;
  while (s >= denseStates) {
    const r = s - denseStates;
    const end = r + 4 + 2 * nodes[r + NODE_CHILDREN]!;
    for (let e = r + 4; e < end; e += 2) if (nodes[e] === symbol) return nodes[e + 1]!;
    s = nodes[r + NODE_FAIL]!;
  }
  return dense[s * alphabet + symbol]!;
}

/** Output value of state `id` (-1: none). */
export function outputOf(automaton: Automaton, id: number): number {
  return id < automaton.denseStates
    ? automaton.denseOutput[id]!
    : automaton.nodes[id - automaton.denseStates + NODE_OUTPUT]!;
}

/** Nearest proper suffix state of `id` that has output (0: none). */
export function dictLinkOf(automaton: Automaton, id: number): number {
  return id < automaton.denseStates
    ? automaton.denseDictLink[id]!
    : automaton.nodes[id - automaton.denseStates + NODE_DICT_LINK]!;
}

/**
 * Builds an {@link Automaton}. `add` each pattern, which returns the trie
 * node where it ends; then `build` with the output value of each node.
 *
 * The trie is kept as linked lists of children (in symbol order) in typed
 * arrays, and only the dense rows are ever laid out in full: building costs
 * time and memory in proportion to the patterns' length plus the dense
 * budget, not to the number of states times the alphabet.
 */
export class AutomatonBuilder {
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  private symbolOf: Int32Array;
  private states = 1;

  constructor(private readonly alphabet: number) {
    this.firstChild = new Int32Array(256).fill(-1);
    this.nextSibling = new Int32Array(256).fill(-1);
    this.symbolOf = new Int32Array(256);
  }

  /** Adds `pattern` (non-empty), or its part from `start` to `end`; returns the node where it ends. */
  add(pattern: ArrayLike<number>, start = 0, end = pattern.length): number {
    let s = 0;
    for (let i = start; i < end; i++) {
      const c = pattern[i]!;
      if (c < 0 || c >= this.alphabet) throw new RangeError(`symbol ${c} is outside the alphabet of ${this.alphabet}`);
      // Children are kept in symbol order: find the child, or where it goes.
      let before = -1;
      let t = this.firstChild[s]!;
      while (t >= 0 && this.symbolOf[t]! < c) {
        before = t;
        t = this.nextSibling[t]!;
      }
      if (t < 0 || this.symbolOf[t] !== c) {
        const fresh = this.newState(c);
        this.nextSibling[fresh] = t;
        if (before < 0) this.firstChild[s] = fresh;
        else this.nextSibling[before] = fresh;
        t = fresh;
      }
      s = t;
    }
    return s;
  }

  private newState(symbol: number): number {
    if (this.states === this.symbolOf.length) {
      const grow = (from: Int32Array, fill: number): Int32Array => {
        const bigger = new Int32Array(from.length * 2).fill(fill);
        bigger.set(from);
        return bigger;
      };
      this.firstChild = grow(this.firstChild, -1);
      this.nextSibling = grow(this.nextSibling, -1);
      this.symbolOf = grow(this.symbolOf, 0);
    }
    this.symbolOf[this.states] = symbol;
    return this.states++;
  }

  /**
   * Computes failure links breadth first and lays the states out: the
   * shallowest (in breadth-first order) as dense rows within a fixed memory
   * budget, the rest as sparse records.
   *
   * @param outputs - the output value of each node returned by `add` (others have none)
   * @param denseBudgetBytes - memory for dense rows (tests use tiny budgets to exercise records)
   */
  build(outputs: Map<number, number>, denseBudgetBytes = DENSE_BUDGET_BYTES): Automaton {
    const a = this.alphabet;
    const n = this.states;
    const trie: Trie = { firstChild: this.firstChild, nextSibling: this.nextSibling, symbolOf: this.symbolOf };
    const output = new Int32Array(n).fill(-1);
    outputs.forEach((value, node) => {
      output[node] = value;
    });
    // Each phase is one loop in a function of its own: a start-up build runs
    // each once, and small functions are optimised as soon as their loop is
    // hot, without waiting for (or being thrown out by) the other phases.
    const links = linkStates(trie, output, n);
    const denseStates = Math.max(1, Math.min(n, Math.floor(denseBudgetBytes / (4 * a))));
    const ids = numberStates(links, n, denseStates);
    const dense = new Int32Array(denseStates * a);
    const denseOutput = new Int32Array(denseStates);
    const denseDictLink = new Int32Array(denseStates);
    layDense(trie, links, ids, output, a, denseStates, dense, denseOutput, denseDictLink);
    const nodes = new Int32Array(ids.sparseLength);
    laySparse(trie, links, ids, output, n, denseStates, nodes);
    this.firstChild = new Int32Array(0);
    this.nextSibling = new Int32Array(0);
    this.symbolOf = new Int32Array(0);
    return { alphabet: a, denseStates, dense, denseOutput, denseDictLink, nodes };
  }
}

/** The trie as linked lists of children, in symbol order. */
interface Trie {
  firstChild: Int32Array;
  nextSibling: Int32Array;
  symbolOf: Int32Array;
}

/** Breadth-first order and links of the trie's nodes, all in trie node numbers. */
interface Links {
  order: Int32Array;
  rank: Int32Array;
  fail: Int32Array;
  dictLink: Int32Array;
  hasOutput: Uint8Array;
  childCount: Int32Array;
}

/** The child of trie node `s` on `c`, or -1. */
function childOf(trie: Trie, s: number, c: number): number {
  const { firstChild, nextSibling, symbolOf } = trie;
  for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
    const symbol = symbolOf[t]!;
    if (symbol === c) return t;
    if (symbol > c) return -1;
  }
  return -1;
}

/**
 * Breadth-first order over the trie (children in symbol order), with each
 * node's failure and dictionary links: failure targets are shallower, hence
 * complete before they are used.
 */
function linkStates(trie: Trie, output: Int32Array, n: number): Links {
  const { firstChild, nextSibling, symbolOf } = trie;
  const order = new Int32Array(n);
  const rank = new Int32Array(n);
  const fail = new Int32Array(n);
  const dictLink = new Int32Array(n);
  const hasOutput = new Uint8Array(n);
  const childCount = new Int32Array(n);
  let tail = 1;
  for (let k = 0; k < tail; k++) {
    const s = order[k]!;
    rank[s] = k;
    if (k > 0) {
      const f = fail[s]!;
      dictLink[s] = output[f]! >= 0 ? f : dictLink[f]!;
    }
    hasOutput[s] = output[s]! >= 0 || dictLink[s]! > 0 ? 1 : 0;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      order[tail++] = t;
      childCount[s] = childCount[s]! + 1;
      if (s === 0) continue;
      const c = symbolOf[t]!;
      for (let f = fail[s]!; ; f = fail[f]!) {
        const g = childOf(trie, f, c);
        if (g >= 0) {
          fail[t] = g;
          break;
        }
        if (f === 0) break;
      }
    }
  }
  return { order, rank, fail, dictLink, hasOutput, childCount };
}

/** State ids of the trie's nodes, plain and signed (negated when the state has output). */
interface Ids {
  /** Id of each rank: dense states keep their rank; sparse ones get denseStates + record offset. */
  idOfRank: Int32Array;
  id: Int32Array;
  signed: Int32Array;
  /** Length of all the sparse records together. */
  sparseLength: number;
}

function numberStates(links: Links, n: number, denseStates: number): Ids {
  const { order, rank, hasOutput, childCount } = links;
  const idOfRank = new Int32Array(n);
  let offset = 0;
  for (let r = 0; r < n; r++) {
    if (r < denseStates) idOfRank[r] = r;
    else {
      idOfRank[r] = denseStates + offset;
      offset += 4 + 2 * childCount[order[r]!]!;
    }
  }
  const id = new Int32Array(n);
  const signed = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const own = idOfRank[rank[s]!]!;
    id[s] = own;
    signed[s] = hasOutput[s] === 1 ? -own : own;
  }
  return { idOfRank, id, signed, sparseLength: offset };
}

function layDense(
  trie: Trie, links: Links, ids: Ids, output: Int32Array, a: number, denseStates: number,
  dense: Int32Array, denseOutput: Int32Array, denseDictLink: Int32Array,
): void {
  const { firstChild, nextSibling, symbolOf } = trie;
  const { order, rank, fail, dictLink } = links;
  const { id, signed } = ids;
  for (let r = 0; r < denseStates; r++) {
    const s = order[r]!;
    denseOutput[r] = output[s]!;
    denseDictLink[r] = id[dictLink[s]!]!;
    // A missing child goes where the failure state goes; its row is earlier, hence complete.
    if (r > 0) dense.copyWithin(r * a, rank[fail[s]!]! * a, rank[fail[s]!]! * a + a);
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) dense[r * a + symbolOf[t]!] = signed[t]!;
  }
}

function laySparse(trie: Trie, links: Links, ids: Ids, output: Int32Array, n: number, denseStates: number, nodes: Int32Array): void {
  const { firstChild, nextSibling, symbolOf } = trie;
  const { order, fail, dictLink, childCount } = links;
  const { idOfRank, id, signed } = ids;
  for (let r = denseStates; r < n; r++) {
    const s = order[r]!;
    const at = idOfRank[r]! - denseStates;
    nodes[at + NODE_FAIL] = id[fail[s]!]!;
    nodes[at + NODE_OUTPUT] = output[s]!;
    nodes[at + NODE_DICT_LINK] = id[dictLink[s]!]!;
    nodes[at + NODE_CHILDREN] = childCount[s]!;
    let e = at + 4;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      nodes[e] = symbolOf[t]!;
      nodes[e + 1] = signed[t]!;
      e += 2;
    }
  }
}
