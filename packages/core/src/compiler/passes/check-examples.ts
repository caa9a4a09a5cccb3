import type { ExampleDeclaration, ExampleField } from '../../ast/nodes.js';
import { activitySchema } from '../../schema/activity.js';
import type { CheckContext } from '../context.js';
import { exampleActivity } from '../example-activity.js';
import { checkScalarValue, lookUpField, pathOf } from '../field-values.js';
import type { Session } from '../session.js';
import { packExamples } from '../walk.js';

/**
 * Checks every example: the fields after `with` exist, are set once, and get
 * values of their kind; an example outside a rule that `flags` names the rule
 * that flags it. As a last guard, the example's activity must then pass the
 * activity schema the tester will apply (reported as `internal-error`, since
 * the field checks should have caught anything it refuses). (The rules named are checked by
 * `check-names`.)
 */
export function checkExamples(ctx: CheckContext): void {
  for (const { example, rule } of packExamples(ctx.pack)) {
    if (rule === undefined && example.expect === 'flags' && example.rules.length === 0) {
      ctx.session.error('example-needs-rule', 'an example outside a rule that `flags` must name the rule that flags it', example, {
        help: 'write the rule id after `flags`, such as `example flags political-controversy "…"`, or move the example into the rule',
      });
    }
    if (checkFields(ctx.session, example)) checkActivity(ctx.session, example);
  }
}

/** @returns true when every field is known and fits */
function checkFields(session: Session, example: ExampleDeclaration): boolean {
  let ok = true;
  const first = new Map<string, ExampleField>();
  for (const field of example.activity) {
    const path = pathOf(field.path);
    if (path === 'text') {
      session.error('duplicate-example-field', 'the text of an example is the string after `flags` or `passes`, so `with` cannot set `text`', field.path, {
        help: 'remove `text` from `with`, and put the text in the string of the example',
      });
      ok = false;
      continue;
    }
    const earlier = first.get(path);
    if (earlier !== undefined) {
      session.error('duplicate-example-field', `the field \`${path}\` is set twice in this example`, field.path, {
        help: 'keep one of the two values',
        notes: [{ message: 'it is first set here', location: session.range(earlier.path.location) }],
      });
      ok = false;
      continue;
    }
    first.set(path, field);
    const info = lookUpField(session, field.path);
    if (info === undefined) {
      ok = false;
      continue;
    }
    if (field.path.segments[0] === 'attachments' && field.value.type === 'ValueList' && info.kind !== 'list') {
      // One attachment per item: each item is checked as a value of the field.
      for (const item of field.value.values) ok = checkScalarValue(session, path, info, item) && ok;
    } else {
      ok = checkScalarValue(session, path, info, field.value) && ok;
    }
  }
  return ok;
}

function checkActivity(session: Session, example: ExampleDeclaration): void {
  const checked = activitySchema.safeParse(exampleActivity(example));
  if (checked.success) return;
  for (const issue of checked.error.issues) {
    const path = issue.path.filter((p) => typeof p === 'string').join('.');
    // The field checks above are meant to make this impossible.
    session.error('internal-error', `the activity of this example is not valid at \`${path}\`: ${issue.message}`, example, {
      help: 'this is a bug in the Propriety compiler; please report it with the pack that caused it',
    });
  }
}
