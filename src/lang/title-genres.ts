/** Genre words that may end a document's title ("… migration guide"): a source may name the document without them. */
export const TITLE_GENRES: readonly string[] = ['guide', 'documentation', 'docs', 'checklist', 'report', 'briefing', 'whitepaper', 'handbook', 'playbook', 'article', 'page'];
