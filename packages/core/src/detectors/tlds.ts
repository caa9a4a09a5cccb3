/**
 * Top-level domains the `link` detector recognises in bare domains
 * (`gov.uk/guidance`), with how much a name ending in each looks like a web
 * address rather than a typo (`end.It`) or a file name (`setup.py`).
 *
 * Only bare domains need this: a link with `http://`, `https://` or `www.`
 * is a link whatever its ending.
 *
 * @module
 */

/** Endings used for web sites far more than for anything else. */
const GENERIC = `com org net edu gov mil int info biz io co uk eu app dev ai tv fm ly gg
  xyz online site tech blog news scot wales cymru london social page cloud shop store club
  space website digital media network email global ngo charity foundation museum travel jobs
  press agency consulting services solutions health care law legal science academy school
  university college education community group team life live studio design`;

/** Country codes: real domains, but shorter and easier to hit by accident. */
const COUNTRY = `ac ad ae af ag al ao aq ar au aw ax az ba bb bd bf bg bh bi bj bm bn bo br bs
  bt bw bz ca cc cd cf cg ch ci ck cl cm cn cr cu cv cw cx cy cz de dj dk dm dz ec ee eg er
  es et fi fj fk fo fr ga gd ge gf gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu
  ie il im iq ir je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv
  ma mc mg mh mm mn mo mp mq mr ms mt mu mv mw mx mz na nc ne nf ng ni nl np nr nu nz om pa
  pe pf pg ph pk pm pn pr pt pw qa re ro ru rw sa sb sd se sg si sk sl sm sn sr ss st sv sx
  sy sz tc td tf tg th tj tk tl tm tn tr tt tw tz ua ug uy uz va vc ve vg vi vn vu wf ws ye
  yt za zm zw`;

/** Country codes that are also common English words: `done.In`, `that.is`. */
const WORDLIKE = 'am as at be by do id in is it me my no so to us';

/** Country codes that are also common file extensions: `setup.py`, `README.md`. */
const FILE_LIKE = 'md ml mk pl ps py rs sh';

/** How likely a bare domain with a given ending is to be a real link, by ending. */
export const TLD_CONFIDENCE: ReadonlyMap<string, number> = new Map([
  ...words(FILE_LIKE).map((tld) => [tld, 0.3] as const),
  ...words(WORDLIKE).map((tld) => [tld, 0.45] as const),
  ...words(COUNTRY).map((tld) => [tld, 0.6] as const),
  ...words(GENERIC).map((tld) => [tld, 0.85] as const),
]);

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}
