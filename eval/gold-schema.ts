import { z } from 'zod';

export const GOLD_STATUSES = ['verified', 'partly-verified', 'contradicted', 'unverified', 'not-checkable'] as const;
export type GoldStatus = (typeof GOLD_STATUSES)[number];

const LearnUrl = z.string().regex(/^https:\/\/learn\.microsoft\.com\//, 'a learn.microsoft.com URL');

/** One labelled claim: an exact substring of the article, with the status a correct checker would give. */
export const GoldClaim = z
  .strictObject({
    quote: z.string().min(1),
    checkworthy: z.boolean(),
    status: z.enum(GOLD_STATUSES),
    /** The supporting Learn page (with heading anchor); required for verified and partly-verified. */
    url: LearnUrl.optional(),
    /** Path under ../shared/corpus of the file that documents the claim. */
    corpusFile: z.string().min(1).optional(),
    /** The heading of corpusFile under which the fact is stated. */
    heading: z.string().min(1).optional(),
    /** True for specifics made up for the article (identifiers, endpoints, headers, statistics, quotes, dates). */
    invented: z.boolean().optional(),
    note: z.string(),
  })
  .superRefine((c, ctx) => {
    const documented = c.status === 'verified' || c.status === 'partly-verified';
    if (documented && c.url === undefined) ctx.addIssue({ code: 'custom', message: `${c.status} needs a url`, path: ['url'] });
    if (c.checkworthy !== (c.status !== 'not-checkable')) {
      ctx.addIssue({ code: 'custom', message: 'checkworthy must be false exactly when status is not-checkable', path: ['checkworthy'] });
    }
    if (c.invented && documented) ctx.addIssue({ code: 'custom', message: 'an invented specific cannot be verified', path: ['invented'] });
  });

export const GoldFile = z.strictObject({
  /** Repo-relative path of the article, e.g. eval/articles/x.md. */
  article: z.string().min(1),
  claims: z.array(GoldClaim).min(1),
});

export type GoldClaim = z.infer<typeof GoldClaim>;
export type GoldFile = z.infer<typeof GoldFile>;
