/**
 * Pipe-table syntax (GitHub-flavoured markdown), for the stages that read a table's source lines rather than its
 * tree: extract (a cell's row label and column header) and verify (a passage's tables, as indexed text).
 */

/** A table's delimiter row under its header: `|---|:--:|`, maybe indented. Alone it also matches a thematic break ("---"). */
export const TABLE_RULE = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/** An HTML line break inside a cell (`<br>`, `<br/>`): a space when the cell is read as text. */
export const CELL_LINE_BREAK = /<br\s*\/?>/gi;
