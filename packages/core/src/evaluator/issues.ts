import type { z } from 'zod';

/** One problem with a field of an input, named by its dotted path (`channel.platform`, `attachments.0.kind`). */
export interface Issue {
  /** The dotted path of the bad field; empty for the input as a whole. */
  path: string;
  /** What is wrong, in plain words, without the path. */
  message: string;
}

/** Joins a zod path into the dotted form used in issues: `attachments.0.kind`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/**
 * Turns zod's issues into {@link Issue}s with our own wording, so that an
 * error names each bad field and says what it should be.
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((issue) => ({
    path: joinPath([...prefix, ...issue.path]),
    message: describeIssue(issue),
  }));
}

/** Writes issues as one sentence fragment each: "`channel.platform` must be one of …". */
export function listIssues(issues: readonly Issue[], limit = 20): string {
  const shown = issues.slice(0, limit).map((issue) =>
    issue.path === '' ? `it ${issue.message}` : `\`${issue.path}\` ${issue.message}`);
  if (issues.length > limit) shown.push(`and ${issues.length - limit} more`);
  return shown.join('; ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'is required';
      return `must be ${article(issue.expected)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `must be \`${String(issue.values[0])}\``;
      return `must be one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') {
        return 'must be an ISO 8601 date or date-time such as `2026-04-10` or `2026-04-10T09:00:00Z`';
      }
      return `must be a valid ${issue.format}`;
    case 'invalid_union': {
      const formats = issue.errors.flat().map((inner) => (inner.code === 'invalid_format' ? inner.format : ''));
      if (formats.length > 0 && formats.every((format) => format === 'date' || format === 'datetime')) {
        return 'must be an ISO 8601 date or date-time such as `2026-04-10` or `2026-04-10T09:00:00Z`';
      }
      // A discriminated union whose tag (`op`) matched no member reports no inner errors.
      if (issue.errors.length === 0) return 'is not one of the allowed values';
      return 'is not valid';
    }
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `\`${key}\``).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items long' : issue.origin === 'string' ? ' characters long' : ''}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items long' : issue.origin === 'string' ? ' characters long' : ''}`;
    default:
      return lowerFirst(issue.message);
  }
}

function article(expected: string): string {
  const word = expected === 'record' ? 'object' : expected;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function lowerFirst(text: string): string {
  return text.length === 0 ? 'is not valid' : text.charAt(0).toLowerCase() + text.slice(1);
}
