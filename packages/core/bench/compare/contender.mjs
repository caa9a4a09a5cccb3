// The shape every contender module exports as `contender`, and the list of
// them in the order the tables show them.

/**
 * @typedef {object} Context
 * @property {string} ir                 path of the pack's IR (JSON)
 * @property {string} packTerms          path of the pack's terms, `[{ text, prefix }]` (JSON)
 * @property {string} coreBundleUrl      file URL of `@propriety/core` bundled from source
 * @property {string} textBundleUrl      file URL of core's text modules bundled from source
 */

/**
 * @typedef {(text: string) => number} Check
 * Checks one text; returns a number derived from the result so that no work
 * can be optimised away.
 */

/**
 * @typedef {object} Contender
 * @property {string} id
 * @property {string} label
 * @property {'floor' | 'peer' | 'baseline' | 'propriety'} kind
 * @property {string} [package]          npm package, for its version in the report
 * @property {(context: Context) => Promise<Check>} build
 * @property {(context: Context, terms: string[]) => Promise<Check>} [buildWithTerms]
 *   builds a checker over the given terms instead of the contender's own, for the terms curve
 */

/** Contender ids, in table order; each is `contenders/<id>.mjs`. */
export const CONTENDERS = [
  'floor-read',
  'floor-lowercase',
  'propriety-terms',
  'propriety-pack',
  'naive-regex',
  'obscenity',
  'profanity-2toad',
  'alex',
];

/** The contender every ratio is taken against. */
export const REFERENCE = 'propriety-pack';

/** @param {string} id @returns {Promise<Contender>} */
export async function loadContender(id) {
  const module = await import(new URL(`./contenders/${id}.mjs`, import.meta.url));
  return module.contender;
}
