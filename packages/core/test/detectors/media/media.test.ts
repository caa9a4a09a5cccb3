import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mediaContactDetector, REPLY_TO_MEDIA_CONFIDENCE } from '../../../src/detectors/media/index.js';
import type { ActivityInput } from '../../../src/schema/activity.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

/** Runs the detector on a reply target's field, as `inReplyTo.bio has media-contact` would. */
function target(field: 'bio' | 'name' | 'handle', value: string): string[] {
  const activity: Partial<ActivityInput> = { text: 'Thanks', inReplyTo: { [field]: value } };
  return spans(value, run(mediaContactDetector, value, {}, `inReplyTo.${field}`, activity).filter((m) => m.confidence >= 0.5));
}

function inText(text: string, inReplyTo?: ActivityInput['inReplyTo']): string[] {
  return run(mediaContactDetector, text, {}, 'text', inReplyTo === undefined ? {} : { inReplyTo })
    .filter((m) => m.confidence >= 0.5)
    .map((m) => m.label);
}

describe('media-contact in the reply target', () => {
  it.each([
    ['Political correspondent, BBC News. Views my own.', ['Political correspondent', 'BBC News', 'Views my own']],
    ['Senior reporter @thetimes | DMs open for tips', ['reporter', '@thetimes', 'DMs open for tips']],
    ['Columnist at the FT', ['Columnist', 'FT']],
    ['Editor, Yorkshire Post', ['Editor', 'Yorkshire Post']],
    ['Blogger. Writing about Westminster since 2009', ['Blogger']],
    ['Press officer at the Department for Education', ['Press officer']],
    ['Presenter, Sky News', ['Presenter', 'Sky News']],
  ])('%j is a media contact', (bio, found) => {
    expect(target('bio', bio)).toEqual(found);
  });

  it('takes `views my own` as a sign only next to an outlet', () => {
    expect(target('bio', 'Dad, runner, views my own')).toEqual([]);
    expect(target('bio', 'Views my own. Writing for @guardian')).toEqual(['Views my own', 'Writing for', '@guardian']);
  });

  it.each([
    'Video editor and coffee lover',
    'Music producer from Leeds',
    'Guardian of the galaxy',
    'I am 5 ft tall',
    'Press the button, see what happens',
    'Nurse, mum of two, love a good book',
  ])('%j is no media contact', (bio) => {
    expect(target('bio', bio)).toEqual([]);
  });

  it('reads outlets in the name and handle', () => {
    expect(target('name', 'Jane Doe (BBC)')).toEqual(['BBC']);
    expect(target('handle', '@BBCLauraK')).toEqual(['BBCLauraK']);
    expect(target('handle', '@guardiannews')).toEqual(['guardiannews']);
    expect(target('handle', '@capitalfm')).toEqual(['capitalfm']);
    expect(target('handle', '@janedoe')).toEqual([]);
    expect(target('handle', '@fmlife')).toEqual([]);
  });
});

describe('media-contact in the text', () => {
  it.each([
    ["Hi, for a piece I'm writing, can you confirm on the record?", 'request for comment'],
    ["We're running a story tomorrow; our deadline is 5pm.", 'request for comment'],
    ['Any comment on the new figures?', 'request for comment'],
    ["I'm a journalist at the Mirror, could you comment?", 'request for comment'],
  ])('%j asks for comment', (text, label) => {
    expect(inText(text)).toContain(label);
  });

  it.each(['Press the button to start', 'The BBC reporter was great', 'Thanks for coming to the event', 'My deadline for the essay'])(
    '%j asks for nothing',
    (text) => {
      expect(inText(text)).toEqual([]);
    },
  );

  it('covers the whole text when the reply goes to a journalist or blogger', () => {
    const text = 'Thanks for the question!';
    const journalist = run(mediaContactDetector, text, {}, 'text', { inReplyTo: { kind: 'journalist' } });
    expect(journalist).toEqual([
      { start: 0, end: text.length, confidence: REPLY_TO_MEDIA_CONFIDENCE, label: 'reply to a journalist' },
    ]);
    expect(inText(text, { kind: 'blogger' })).toEqual(['reply to a blogger']);
    expect(inText(text, { kind: 'public' })).toEqual([]);
    expect(inText(text, { kind: 'politician' })).toEqual([]);
    expect(inText('', { kind: 'journalist' })).toEqual([]);
  });

  it('does not read titles or outlets in the text as a reply target', () => {
    const activity = { inReplyTo: { kind: 'journalist' as const } };
    const bio = run(mediaContactDetector, 'Political editor', {}, 'inReplyTo.bio', activity);
    expect(bio.map((m) => m.label)).toEqual(['journalist or media role']);
  });

  it('honours minConfidence', () => {
    expect(run(mediaContactDetector, 'Dad, views my own', { minConfidence: 0.2 }, 'inReplyTo.bio')).toHaveLength(1);
    expect(run(mediaContactDetector, 'Political editor, BBC', { minConfidence: 0.99 }, 'inReplyTo.bio')).toEqual([]);
  });

  it('returns well-formed, sorted, deterministic matches for any text and field', () => {
    const pieces = fc.constantFrom(
      'reporter', 'BBC', '@guardian', 'views my own', 'editor', 'video editor', 'for comment', 'deadline is', ' ', '. ',
      '@', '#', 'FT', 'ft', 'é', '\u200b', '😀', 'press the button', 'Press officer',
    );
    const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 20 }).map((a) => a.join('')));
    const fields = fc.constantFrom('text', 'inReplyTo.bio', 'inReplyTo.name', 'inReplyTo.handle');
    fc.assert(
      fc.property(texts, fields, fc.constantFrom(undefined, 'journalist', 'public'), (text, field, kind) => {
        const activity = kind === undefined ? {} : { inReplyTo: { kind } };
        const a = run(mediaContactDetector, text, { minConfidence: 0 }, field, activity);
        expect(wellFormed(text, a)).toBe(true);
        expect(run(mediaContactDetector, text, { minConfidence: 0 }, field, activity)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on pathological 50k inputs', () => {
    const n = 50_000;
    for (const text of ['a'.repeat(n), '@a'.repeat(n / 2), '@BbcNews '.repeat(n / 9), 'reporter '.repeat(n / 9), '\u200d'.repeat(n), `e${'\u0301'.repeat(n)}`]) {
      for (const field of ['text', 'inReplyTo.bio', 'inReplyTo.handle']) {
        expect(wellFormed(text, run(mediaContactDetector, text, { minConfidence: 0 }, field))).toBe(true);
      }
    }
  });
});
