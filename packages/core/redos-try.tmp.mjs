import { isSafePattern } from 'redos-detector';
const pats = ['(a+)+$','(a|a)*b','(\\w+\\s?)*$','\\bCASE-[0-9]{6}\\b','[a-z]{1,64}@[a-z]{1,64}\\.[a-z]{2,10}', '(?:\\+44|0)\\s?7\\d{3}\\s?\\d{6}', '\\b(?:\\+44\\s?7\\d{3}|07\\d{3})\\s?\\d{3}\\s?\\d{3}\\b', '\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b','(a|b|ab)*c', '(x+x+)+y', 'OFFICIAL[- ]SENSITIVE', '\\bembargo(?:ed)?\\b'];
for (const steps of [1000, 3000, 10000]) for (const p of pats) {
    const t = performance.now();
    const r = isSafePattern(p, { maxScore: 100, maxSteps: steps, caseInsensitive: true, unicode: false });
    console.log(steps, JSON.stringify(p), r.safe, r.error, JSON.stringify(r.score), (performance.now()-t).toFixed(1)+'ms');
}
