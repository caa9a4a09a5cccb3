import type { Engine } from '@propriety/core';
import { UsageError } from '../usage-error.js';

/** The activity fields a plain-text input can be given on the command line. */
export interface ActivityFlags {
  id?: string | undefined;
  kind?: string | undefined;
  title?: string | undefined;
  capacity?: string | undefined;
  account?: string | undefined;
  platform?: string | undefined;
  visibility?: string | undefined;
  department?: string | undefined;
  role?: string | undefined;
  device?: string | undefined;
  authorisedTopic?: string[] | undefined;
  governmentNetwork?: boolean | undefined;
  replyToHandle?: string | undefined;
  replyToName?: string | undefined;
  replyToBio?: string | undefined;
  replyToKind?: string | undefined;
  replyToVerified?: boolean | undefined;
  at?: string | undefined;
}

/** The flag that sets each activity field, to name it in errors. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  id: '--id',
  kind: '--kind',
  title: '--title',
  capacity: '--capacity',
  account: '--account',
  'channel.platform': '--platform',
  'channel.visibility': '--visibility',
  'author.department': '--department',
  'author.role': '--role',
  'author.device': '--device',
  'author.authorisedTopics': '--authorised-topic',
  'author.onGovernmentNetwork': '--government-network',
  'inReplyTo.handle': '--reply-to-handle',
  'inReplyTo.name': '--reply-to-name',
  'inReplyTo.bio': '--reply-to-bio',
  'inReplyTo.kind': '--reply-to-kind',
  'inReplyTo.verified': '--reply-to-verified',
  at: '--at',
};

/**
 * The activity of a plain-text input: `text`, plus whatever fields the
 * flags set. Fields no flag sets are left out, so the activity schema's
 * defaults apply (a public personal post).
 */
export function textActivity(text: string, flags: ActivityFlags): Record<string, unknown> {
  const activity: Record<string, unknown> = {};
  if (flags.id !== undefined) activity['id'] = flags.id;
  if (flags.kind !== undefined) activity['kind'] = flags.kind;
  activity['text'] = text;
  if (flags.title !== undefined) activity['title'] = flags.title;
  if (flags.platform !== undefined || flags.visibility !== undefined) {
    activity['channel'] = defined({ platform: flags.platform, visibility: flags.visibility });
  }
  if (flags.capacity !== undefined) activity['capacity'] = flags.capacity;
  if (flags.account !== undefined) activity['account'] = flags.account;
  const author = defined({
    department: flags.department,
    role: flags.role,
    device: flags.device,
    onGovernmentNetwork: flags.governmentNetwork,
    authorisedTopics: flags.authorisedTopic !== undefined && flags.authorisedTopic.length > 0 ? flags.authorisedTopic : undefined,
  });
  if (Object.keys(author).length > 0) activity['author'] = author;
  const inReplyTo = defined({
    handle: flags.replyToHandle,
    name: flags.replyToName,
    bio: flags.replyToBio,
    kind: flags.replyToKind,
    verified: flags.replyToVerified,
  });
  if (Object.keys(inReplyTo).length > 0) activity['inReplyTo'] = inReplyTo;
  if (flags.at !== undefined) activity['at'] = flags.at;
  return activity;
}

/**
 * Refuses activity flags the activity schema would refuse, before any input
 * is read, naming the flag rather than the field. The wording of each
 * problem is the engine's own.
 *
 * @throws {@link UsageError} listing every bad flag
 */
export function validateActivityFlags(flags: ActivityFlags, engine: Pick<Engine, 'safeCheck'>): void {
  const probe = textActivity('', flags);
  const result = engine.safeCheck(probe);
  if (result.ok) return;
  const problems = result.error.issues.map((issue) => {
    const flag = FLAG_OF_FIELD[issue.path] ?? FLAG_OF_FIELD[issue.path.replace(/\.\d+$/, '')];
    const given = valueAt(probe, issue.path);
    const name = flag === undefined ? `\`${issue.path}\`` : `\`${flag}\``;
    return `${name} ${issue.message}${given === undefined || typeof given === 'object' ? '' : ` (got \`${String(given)}\`)`}`;
  });
  throw new UsageError(problems.join('\n'));
}

function valueAt(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
