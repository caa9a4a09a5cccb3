import type { CheckContext } from '../context.js';

/** Semantic versioning 2.0.0: `1.0.0`, `2.1.0-beta.1`, `1.0.0+build.5`. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/u;

/** Pack names are one word: letters, digits, `.`, `-`, `_`, `/` and `@`, as in npm names. */
const PACK_NAME = /^[A-Za-z0-9@][A-Za-z0-9._\-/@]*$/u;

/**
 * Checks the pack header: the name is one word (it is how other packs and
 * reports refer to the pack) and the version follows semantic versioning, so
 * that tools can compare versions of a pack.
 */
export function checkHeader(ctx: CheckContext): void {
  const { session, pack } = ctx;
  const { name, version } = pack.header;
  if (!PACK_NAME.test(name.value)) {
    session.error('invalid-pack-name', `\`${name.value}\` cannot be the name of a pack`, name, {
      help: 'write the name as one word of letters, digits, dots and dashes, such as `uk.example-department.social-media`',
    });
  }
  if (!SEMVER.test(version.value)) {
    session.error('invalid-version', `\`${version.value}\` is not a version number`, version, {
      help: 'write the version as three numbers, such as `1.0.0` (semantic versioning)',
    });
  }
}
