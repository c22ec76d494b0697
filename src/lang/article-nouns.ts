/** Nouns by which a text names itself or its series ("this article", "the first two blogs of the series"). */
export const ARTICLE_NOUNS: readonly string[] = ['article', 'articles', 'post', 'posts', 'blog', 'blogs', 'blog post', 'blog posts', 'series', 'write-up', 'tutorial', 'episode', 'newsletter'];
