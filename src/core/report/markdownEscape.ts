/**
 * User text made literal in GitHub-flavoured Markdown: no emphasis, links,
 * raw HTML, table breaks or headings can come out of a name like
 * `<img src=x onerror=alert(1)>` or `# | *x*`. CommonMark lets any ASCII
 * punctuation be backslash-escaped, so escaping is always safe.
 */

/** Characters that mean something anywhere in a line (GFM tables: `|`; strikethrough: `~`). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#!]/g;

/** Text inside a line: a table cell, a heading, a link's text. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // One block is one line: a newline in a table cell or heading would end it.
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim()
      .replace(INLINE_SPECIAL, '\\$&')
  );
}

/** Text that starts a block (a paragraph, a list item's text), where `-`, `+`, `=` or `1.` would start a list or underline. */
export function escapeMarkdownBlock(text: string): string {
  return escapeMarkdown(text)
    .replace(/^([+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
