import type { DetectorDeclaration, DetectorOption } from '../../ast/nodes.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { CheckContext } from '../context.js';
import { declaredOptionNames, writtenOptions } from '../detector-options.js';
import { writtenValue } from '../field-values.js';
import { listAnd } from '../wording.js';

/**
 * Checks every `detector id uses name with { … }`: `name` must be a built-in
 * detector, and the options must pass that detector's own zod schema. Each bad
 * option is reported at its key or value: unknown keys (with a suggestion),
 * keys given twice, values the schema refuses, and required options left out
 * (at `uses`).
 */
export function checkDetectors(ctx: CheckContext): void {
  for (const declaration of ctx.pack.body) {
    if (declaration.type === 'Detector') checkDetector(ctx, declaration);
  }
}

function checkDetector(ctx: CheckContext, declaration: DetectorDeclaration): void {
  const { session } = ctx;
  const name = declaration.uses.name;
  const detector = ctx.detectors.get(name);
  if (detector === undefined) {
    const builtins = [...ctx.detectors.keys()];
    const suggestion = didYouMean(name, builtins);
    const declared = ctx.symbols.sources.get(name);
    let help: string;
    if (suggestion !== undefined) help = `did you mean \`${suggestion}\`?`;
    else if (builtins.length > 0) help = `the built-in detectors are ${listAnd(builtins)}`;
    else help = 'no built-in detectors are available to this compiler';
    const message =
      declared?.kind === 'detector'
        ? `\`${name}\` is a detector declared in a pack, and \`uses\` names a built-in detector`
        : `there is no built-in detector named \`${name}\``;
    session.error('unknown-detector', message, declaration.uses, { help });
    return;
  }

  const known = declaredOptionNames(detector.options);
  const byKey = new Map<string, DetectorOption>();
  const unknownKeys = new Set<string>();
  for (const option of declaration.options) {
    const key = option.key.name;
    const first = byKey.get(key);
    if (first !== undefined) {
      session.error('invalid-detector-option', `the option \`${key}\` is given twice`, option.key, {
        help: 'keep one of the two',
        notes: [{ message: 'it is first given here', location: session.range(first.key.location) }],
      });
      continue;
    }
    byKey.set(key, option);
    if (known !== undefined && !known.includes(key)) {
      unknownKeys.add(key);
      const suggestion = didYouMean(key, known);
      session.error('invalid-detector-option', `\`${key}\` is not an option of the detector \`${name}\``, option.key, {
        help:
          suggestion !== undefined
            ? `did you mean \`${suggestion}\`?`
            : known.length > 0
              ? `its options are ${listAnd(known)}`
              : `\`${name}\` takes no options`,
      });
    }
  }

  const parsed = detector.options.safeParse(writtenOptions(declaration));
  if (parsed.success) return;
  const reported = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (unknownKeys.has(key) || reported.has(key)) continue;
        reported.add(key);
        const option = byKey.get(key);
        session.error('invalid-detector-option', `\`${key}\` is not an option of the detector \`${name}\``, option?.key ?? declaration.uses, {
          help: known !== undefined && known.length > 0 ? `its options are ${listAnd(known)}` : `remove \`${key}\``,
        });
      }
      continue;
    }
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    if (key !== undefined && (unknownKeys.has(key) || reported.has(key))) continue;
    const option = key === undefined ? undefined : byKey.get(key);
    const reason = lowerFirst(issue.message);
    if (key !== undefined) reported.add(key);
    if (option !== undefined) {
      session.error(
        'invalid-detector-option',
        `\`${writtenValue(option.value)}\` is not a valid \`${key}\` for the detector \`${name}\``,
        option.value,
        { help: `${reason}` },
      );
    } else if (key !== undefined) {
      session.error('invalid-detector-option', `the detector \`${name}\` needs the option \`${key}\``, declaration.uses, {
        help: `add \`${key}: …\` inside \`with { … }\` (${reason})`,
      });
    } else {
      session.error('invalid-detector-option', `the options of the detector \`${name}\` are not valid: ${reason}`, declaration.uses, {
        help: 'check the options against the detector reference',
      });
    }
  }
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
