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
 */
export class AutomatonBuilder {
  private goto: Int32Array;
  private states = 1;

  constructor(private readonly alphabet: number) {
    this.goto = new Int32Array(alphabet * 64).fill(-1);
  }

  /** Adds `pattern` (non-empty); returns the node where it ends. */
  add(pattern: ArrayLike<number>): number {
    const a = this.alphabet;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      let t = this.goto[s * a + pattern[i]!]!;
      if (t < 0) {
        t = this.newState();
        this.goto[s * a + pattern[i]!] = t;
      }
      s = t;
    }
    return s;
  }

  private newState(): number {
    const a = this.alphabet;
    if ((this.states + 1) * a > this.goto.length) {
      const bigger = new Int32Array(this.goto.length * 2).fill(-1);
      bigger.set(this.goto);
      this.goto = bigger;
    }
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
    const goto = this.goto;
    // Breadth-first order over the trie: order[k] is the node of state k.
    const order = new Int32Array(n);
    const rank = new Int32Array(n);
    let tail = 1;
    for (let k = 0; k < tail; k++) {
      const s = order[k]!;
      rank[s] = k;
      for (let c = 0; c < a; c++) {
        const t = goto[s * a + c]!;
        if (t > 0) order[tail++] = t;
      }
    }
    // Full transition table in breadth-first numbering (transient).
    const delta = new Int32Array(n * a);
    const output = new Int32Array(n).fill(-1);
    const childCount = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const s = order[k]!;
      output[k] = outputs.get(s) ?? -1;
      for (let c = 0; c < a; c++) {
        const t = goto[s * a + c]!;
        delta[k * a + c] = t > 0 ? rank[t]! : -1;
        if (t > 0) childCount[k] = childCount[k]! + 1;
      }
    }
    this.goto = new Int32Array(0);

    const fail = new Int32Array(n);
    const dictLink = new Int32Array(n);
    const hasOutput = new Uint8Array(n);
    const children = new Uint8Array(n * a);
    for (let c = 0; c < a; c++) {
      if (delta[c]! < 0) delta[c] = 0;
      else children[c] = 1;
    }
    // Failure targets are shallower, hence earlier: complete before use.
    for (let s = 1; s < n; s++) {
      const f = fail[s]!;
      dictLink[s] = output[f]! >= 0 ? f : dictLink[f]!;
      hasOutput[s] = output[s]! >= 0 || dictLink[s]! > 0 ? 1 : 0;
      const base = s * a;
      const fBase = f * a;
      for (let c = 0; c < a; c++) {
        const t = delta[base + c]!;
        if (t < 0) delta[base + c] = delta[fBase + c]!;
        else {
          children[base + c] = 1;
          fail[t] = delta[fBase + c]!;
        }
      }
    }

    const denseStates = Math.max(1, Math.min(n, Math.floor(denseBudgetBytes / (4 * a))));
    // Ids: dense states keep their number; sparse ones get denseStates + record offset.
    const id = new Int32Array(n);
    let offset = 0;
    for (let s = 0; s < n; s++) {
      if (s < denseStates) id[s] = s;
      else {
        id[s] = denseStates + offset;
        offset += 4 + 2 * childCount[s]!;
      }
    }
    const signed = (s: number): number => (hasOutput[s] === 1 ? -id[s]! : id[s]!);
    const dense = new Int32Array(denseStates * a);
    const denseOutput = new Int32Array(denseStates);
    const denseDictLink = new Int32Array(denseStates);
    for (let s = 0; s < denseStates; s++) {
      denseOutput[s] = output[s]!;
      denseDictLink[s] = id[dictLink[s]!]!;
      for (let c = 0; c < a; c++) dense[s * a + c] = signed(delta[s * a + c]!);
    }
    const nodes = new Int32Array(offset);
    for (let s = denseStates; s < n; s++) {
      const r = id[s]! - denseStates;
      nodes[r + NODE_FAIL] = id[fail[s]!]!;
      nodes[r + NODE_OUTPUT] = output[s]!;
      nodes[r + NODE_DICT_LINK] = id[dictLink[s]!]!;
      nodes[r + NODE_CHILDREN] = childCount[s]!;
      let e = r + 4;
      for (let c = 0; c < a; c++) {
        if (children[s * a + c] === 0) continue;
        nodes[e] = c;
        nodes[e + 1] = signed(delta[s * a + c]!);
        e += 2;
      }
    }
    return { alphabet: a, denseStates, dense, denseOutput, denseDictLink, nodes };
  }
}
