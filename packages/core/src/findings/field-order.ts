import { FIELDS } from '../schema/fields.js';

const RANK = new Map<string, number>(Object.keys(FIELDS).map((field, index) => [field, index]));
const ATTACHMENT = /^attachments\.(\d+)\.(.+)$/;

/**
 * Orders concrete field paths as a reader meets them: `text` first, then the
 * other fields in the order of the field table, attachments by index.
 */
export function compareFields(a: string, b: string): number {
  if (a === b) return 0;
  const [rankA, indexA] = rankOf(a);
  const [rankB, indexB] = rankOf(b);
  return rankA - rankB || indexA - indexB || (a < b ? -1 : 1);
}

function rankOf(field: string): [number, number] {
  const attachment = ATTACHMENT.exec(field);
  if (attachment !== null) {
    return [RANK.get(`attachments.${attachment[2]}`) ?? RANK.size, Number(attachment[1])];
  }
  return [RANK.get(field) ?? RANK.size, 0];
}
