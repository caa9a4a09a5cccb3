/**
 * An Aho–Corasick automaton over small integer symbols, compiled to a full
 * transition table (`delta`), so scanning costs one array read per symbol
 * whatever the number of patterns. Several payloads may hang off one pattern.
 */
export interface Automaton {
  /** Number of symbols. */
  readonly alphabet: number;
  /**
   * Transitions, premultiplied: from the state whose row starts at `row`
   * (state number × `alphabet`), `delta[row + symbol]` is the row of the next
   * state, negated when that state ends a pattern (itself or via its failure
   * chain), so the scan loop needs one read and one sign test per symbol.
   * The start state's row is 0.
   */
  readonly delta: Int32Array;
  /** First payload of each state's own pattern, or -1; further payloads via `payloadNext`. */
  readonly payloadHead: Int32Array;
  readonly payloadNext: Int32Array;
  /** Payload value (caller's id) of each payload slot. */
  readonly payloadValue: Int32Array;
  /** Nearest state on the failure chain (excluding itself) that ends a pattern, or 0. */
  readonly dictLink: Int32Array;
  /** 1 when the state or a state on its failure chain ends a pattern. */
  readonly hasOutput: Uint8Array;
}

/** Builds an {@link Automaton}; add every pattern, then call `build` once. */
export class AutomatonBuilder {
  private goto: Int32Array;
  private states = 1;
  private readonly head: number[] = [-1];
  private readonly next: number[] = [];
  private readonly values: number[] = [];

  constructor(private readonly alphabet: number) {
    this.goto = new Int32Array(alphabet * 64).fill(-1);
  }

  /** Adds `pattern` (non-empty) with payload `value`. */
  add(pattern: ArrayLike<number>, value: number): void {
    const a = this.alphabet;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const slot = s * a + pattern[i]!;
      let t = this.goto[slot]!;
      if (t < 0) {
        t = this.newState();
        this.goto[s * a + pattern[i]!] = t;
      }
      s = t;
    }
    this.next.push(this.head[s]!);
    this.values.push(value);
    this.head[s] = this.values.length - 1;
  }

  private newState(): number {
    const a = this.alphabet;
    if ((this.states + 1) * a > this.goto.length) {
      const bigger = new Int32Array(this.goto.length * 2).fill(-1);
      bigger.set(this.goto);
      this.goto = bigger;
    }
    this.head.push(-1);
    return this.states++;
  }

  /**
   * Computes failure links breadth first, fills in every missing transition,
   * and renumbers states in breadth-first order: the shallow states a scan
   * spends most of its time in then share cache lines.
   */
  build(): Automaton {
    const a = this.alphabet;
    const n = this.states;
    const goto = this.goto;
    const head = this.head;
    // Breadth-first order over the trie; order[k] is the old number of new state k.
    const order = new Int32Array(n);
    const renumber = new Int32Array(n);
    let tail = 1;
    for (let k = 0; k < tail; k++) {
      const s = order[k]!;
      renumber[s] = k;
      for (let c = 0; c < a; c++) {
        const t = goto[s * a + c]!;
        if (t > 0) order[tail++] = t;
      }
    }
    const delta = new Int32Array(n * a);
    const payloadHead = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const s = order[k]!;
      payloadHead[k] = head[s]!;
      for (let c = 0; c < a; c++) {
        const t = goto[s * a + c]!;
        delta[k * a + c] = t > 0 ? renumber[t]! : -1;
      }
    }
    this.goto = new Int32Array(0);

    const fail = new Int32Array(n);
    const dictLink = new Int32Array(n);
    const hasOutput = new Uint8Array(n);
    // States are numbered breadth first, so failure targets (shallower) are complete before use;
    // children of the start state keep failure 0.
    for (let c = 0; c < a; c++) if (delta[c]! < 0) delta[c] = 0;
    for (let s = 1; s < n; s++) {
      const f = fail[s]!;
      dictLink[s] = payloadHead[f]! >= 0 ? f : dictLink[f]!;
      hasOutput[s] = payloadHead[s]! >= 0 || dictLink[s]! > 0 ? 1 : 0;
      const base = s * a;
      const fBase = f * a;
      for (let c = 0; c < a; c++) {
        const t = delta[base + c]!;
        if (t < 0) delta[base + c] = delta[fBase + c]!;
        else fail[t] = delta[fBase + c]!;
      }
    }
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i]!;
      delta[i] = hasOutput[t] === 1 ? -t * a : t * a;
    }
    return {
      alphabet: a,
      delta,
      payloadHead,
      payloadNext: Int32Array.from(this.next),
      payloadValue: Int32Array.from(this.values),
      dictLink,
      hasOutput,
    };
  }
}
