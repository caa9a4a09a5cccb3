/** Counts of a binary classifier against labelled rows, for the corpus measurement tests. */
export class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  tn = 0;
  add(predicted: boolean, expected: boolean): void {
    if (predicted && expected) this.tp++;
    else if (predicted) this.fp++;
    else if (expected) this.fn++;
    else this.tn++;
  }
  get precision(): number {
    return this.tp / Math.max(1, this.tp + this.fp);
  }
  get recall(): number {
    return this.tp / Math.max(1, this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  get falsePositiveRate(): number {
    return this.fp / Math.max(1, this.fp + this.tn);
  }
  toString(): string {
    const f = (x: number) => x.toFixed(3);
    return `P ${f(this.precision)}  R ${f(this.recall)}  F1 ${f(this.f1)}  FP rate ${f(this.falsePositiveRate)}  (tp ${this.tp}, fp ${this.fp}, fn ${this.fn}, tn ${this.tn})`;
  }
}
