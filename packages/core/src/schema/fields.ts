import {
  ACTIVITY_KINDS, ATTACHMENT_KINDS, CAPACITIES, PLATFORMS, REPLY_TARGET_KINDS, VISIBILITIES,
} from './activity.js';

/**
 * What kind of value a field of the activity holds, which decides the tests a
 * condition may apply to it:
 * - `text`: free text, scanned for terms, patterns and detectors (`has`);
 * - `enum`: one of a closed set of words (`is`, `in`);
 * - `string`: a short free string compared whole (`is`, `in`, and `has` to scan it);
 * - `boolean`: `is true` / `is false`;
 * - `date`: `before`, `after`, `between`;
 * - `list`: a list of strings (`contains`);
 * - `object`: a group of fields, only tested with `exists`.
 * Every field also supports `exists`.
 */
export type FieldKind = 'text' | 'enum' | 'string' | 'boolean' | 'date' | 'list' | 'object';

/** Describes one field path that conditions and examples may name. */
export interface FieldInfo {
  kind: FieldKind;
  /** For `enum` fields, the allowed words. */
  values?: readonly string[];
  /** A short description for error messages and docs. */
  description: string;
}

/**
 * Every field path a pack may name. Attachment fields (`attachments.name`,
 * `attachments.alt`) stand for all attachments: a `has` test matches when any
 * attachment matches.
 */
export const FIELDS: Readonly<Record<string, FieldInfo>> = {
  text: { kind: 'text', description: 'the text about to be published' },
  title: { kind: 'text', description: 'the title, for blogs, articles and wiki edits' },
  'attachments.name': { kind: 'text', description: 'the file name of any attachment' },
  'attachments.alt': { kind: 'text', description: 'the alt text of any attachment' },
  'attachments.url': { kind: 'string', description: 'the address of any attachment' },
  'attachments.kind': { kind: 'enum', values: ATTACHMENT_KINDS, description: 'what an attachment is' },
  kind: { kind: 'enum', values: ACTIVITY_KINDS, description: 'what kind of activity it is' },
  'channel.platform': { kind: 'enum', values: PLATFORMS, description: 'where it is published' },
  'channel.visibility': { kind: 'enum', values: VISIBILITIES, description: 'who can see it' },
  capacity: { kind: 'enum', values: CAPACITIES, description: 'whether the author acts officially or personally' },
  account: { kind: 'enum', values: CAPACITIES, description: 'whether the account is an official or a personal one' },
  'author.department': { kind: 'string', description: "the author's department" },
  'author.role': { kind: 'string', description: "the author's role" },
  'author.device': { kind: 'enum', values: CAPACITIES, description: 'whether the device is official or personal' },
  'author.onGovernmentNetwork': { kind: 'boolean', description: 'whether it is sent from a government network' },
  'author.authorisedTopics': { kind: 'list', description: 'the topics the author is authorised to speak on' },
  'inReplyTo.handle': { kind: 'string', description: 'the handle of who the activity answers' },
  'inReplyTo.name': { kind: 'text', description: 'the display name of who the activity answers' },
  'inReplyTo.bio': { kind: 'text', description: 'the profile text of who the activity answers' },
  'inReplyTo.verified': { kind: 'boolean', description: 'whether who the activity answers is verified' },
  'inReplyTo.kind': { kind: 'enum', values: REPLY_TARGET_KINDS, description: 'what kind of account the activity answers' },
  inReplyTo: { kind: 'object', description: 'who the activity answers' },
  at: { kind: 'date', description: 'when it will be published' },
};
