import { z } from 'zod';

/** What kind of thing is about to be published. */
export const ACTIVITY_KINDS = ['post', 'reply', 'comment', 'share', 'message', 'edit', 'profile'] as const;
/** Where it is published. */
export const PLATFORMS = [
  'x', 'facebook', 'linkedin', 'instagram', 'mastodon', 'bluesky', 'youtube',
  'tiktok', 'wikipedia', 'blog', 'forum', 'other',
] as const;
/** Who can see it. */
export const VISIBILITIES = ['public', 'followers', 'private'] as const;
/** Official (on behalf of the department) or personal. */
export const CAPACITIES = ['official', 'personal'] as const;
/** Who the activity answers, when the calling tool knows. */
export const REPLY_TARGET_KINDS = ['journalist', 'blogger', 'politician', 'public', 'organisation'] as const;
/** What an attachment is. */
export const ATTACHMENT_KINDS = ['image', 'video', 'document', 'link', 'other'] as const;

const attachmentSchema = z.object({
  kind: z.enum(ATTACHMENT_KINDS).default('other'),
  name: z.string().optional(),
  alt: z.string().optional(),
  url: z.string().optional(),
});

/**
 * The zod schema of an activity. Unknown fields are dropped, not refused, so
 * that tools can send their own payloads; only `text` is required.
 */
export const activitySchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  kind: z.enum(ACTIVITY_KINDS).default('post'),
  text: z.string(),
  title: z.string().optional(),
  attachments: z.array(attachmentSchema).default([]),
  channel: z
    .object({
      platform: z.enum(PLATFORMS).default('other'),
      visibility: z.enum(VISIBILITIES).default('public'),
    })
    .default({ platform: 'other', visibility: 'public' }),
  capacity: z.enum(CAPACITIES).default('personal'),
  account: z.enum(CAPACITIES).default('personal'),
  author: z
    .object({
      department: z.string().optional(),
      role: z.string().optional(),
      device: z.enum(CAPACITIES).optional(),
      onGovernmentNetwork: z.boolean().optional(),
      authorisedTopics: z.array(z.string()).default([]),
    })
    .default({ authorisedTopics: [] }),
  inReplyTo: z
    .object({
      handle: z.string().optional(),
      name: z.string().optional(),
      bio: z.string().optional(),
      verified: z.boolean().optional(),
      kind: z.enum(REPLY_TARGET_KINDS).optional(),
    })
    .optional(),
  at: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).optional(),
});

/** An activity as a calling tool may send it (defaults not yet applied). */
export type ActivityInput = z.input<typeof activitySchema>;
/** A validated activity, with every default applied. */
export type Activity = z.output<typeof activitySchema>;
