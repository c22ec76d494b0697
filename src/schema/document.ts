import { z } from 'zod';

export const BLOCK_TYPES = ['heading', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'code'] as const;
export const BlockType = z.enum(BLOCK_TYPES);

/** A block of the source; start/end index Document.text. */
export const Block = z.strictObject({
  type: BlockType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  depth: z.number().int().positive().optional(),
  sectionPath: z.array(z.string()),
});

export const Document = z.strictObject({
  path: z.string(),
  format: z.enum(['markdown', 'text']),
  /** The file's text with a leading BOM removed. Every offset in claimcheck indexes this string. */
  text: z.string(),
  blocks: z.array(Block),
});

export type BlockType = z.infer<typeof BlockType>;
export type Block = z.infer<typeof Block>;
export type Document = z.infer<typeof Document>;
