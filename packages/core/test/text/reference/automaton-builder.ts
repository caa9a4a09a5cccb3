import { NODE_CHILDREN, NODE_DICT_LINK, NODE_FAIL, NODE_OUTPUT, type Automaton } from '../../../src/text/automaton.js';

/**
 * The first automaton builder: a dense goto table and a dense transition
 * table over every state. Slow and large, but plain; the fast builder must
 * lay out exactly the same automaton.
 */
export class ReferenceAutomatonBuilder {
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
  build(outputs: Map<number, number>, denseBudgetBytes: number): Automaton {
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
