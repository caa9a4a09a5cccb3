import { test } from 'vitest';
import { safeParse } from '../../src/syntax/parse.js';
test('probe', () => {
  const src = `pack "a" version "1.0.0"
  source "Guidance"
  extends "b"
terms controversial "d" { "brexit", "x*" }
terms controversial += { "fuel duty" }
pattern case-ref /\\bCASE-[0-9]{6}\\b/i "A case"
detector gov-links uses link with { domains: ["gov.uk"], minConfidence: 0.8 }
rule r {
  severity review
  tags political
  cite section 3 paragraph 4
  when text has controversial and capacity is personal and at between 2026-04-01 and 2026-05-07
  unless author.authorisedTopics contains "elections"
  say "x {match}"
  example flags "Brexit" with capacity personal, channel.platform x, author.authorisedTopics ["a"]
}
override rule p severity off
override rule q replace { severity block when inReplyTo.kind is journalist say "m" }
example passes "Lovely"
`;
  console.log(JSON.stringify(safeParse(src, { file: 'a.prop' }), null, 1));
});
