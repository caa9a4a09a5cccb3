import type { Verdict } from '@propriety/core';

/**
 * What each file of `examples/posts/` should get from the example pack: the
 * verdict and the ids of the rules that fire, sorted. The test fails when a
 * post is added without an entry here, or an entry loses its post.
 */
export const expected: Record<string, { verdict: Verdict; rules: string[] }> = {
  'authorised-announcement.json': { verdict: 'ok', rules: [] },
  'bad-commute.txt': { verdict: 'advice', rules: ['heated-language'] },
  'brexit-opinion.txt': { verdict: 'review', rules: ['political-controversy'] },
  'canvassing.json': { verdict: 'block', rules: ['political-campaigning'] },
  'careers-fair.txt': { verdict: 'ok', rules: [] },
  'closed-case.txt': { verdict: 'block', rules: ['case-details'] },
  'councillor-reply.json': { verdict: 'advice', rules: ['reply-to-politician'] },
  'forecast-attachment.json': { verdict: 'block', rules: ['official-information'] },
  'guidance-link.json': { verdict: 'advice', rules: ['gov-link-personal-account'] },
  'idiom.txt': { verdict: 'ok', rules: [] },
  'journalist-reply.json': { verdict: 'review', rules: ['media-enquiry'] },
  'leaked-briefing.txt': { verdict: 'block', rules: ['official-information', 'unauthorised-policy-comment'] },
  'pre-election-announcement.json': { verdict: 'block', rules: ['pre-election-period'] },
  'roundabout-rant.txt': { verdict: 'review', rules: ['personal-attack'] },
  'wikipedia-edit.json': { verdict: 'review', rules: ['collaborative-editing'] },
};
