/**
 * Minifies Lit's templates in our built modules (scripts/build.mjs, on dist/esm, which the bundles and npm
 * users' bundlers then take as they are): the CSS inside css`…` (comments and white space; templates with
 * `${…}` are left alone), and in html`…` the line breaks and indentation, which render as one space anyway
 * (no template of ours holds preformatted text). Bytes every page downloads.
 */
const CSS_TEMPLATE = /\bcss ?`([^`$]*)`/g;

/** The module's css`…` and html`…` templates minified; `parse` gives an ESTree AST (rollup's). */
export function minifyTemplates(code, parse) {
  const out = code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``);
  return /\bhtml ?`/.test(out) ? collapseHtmlWhitespace(out, parse(out)) : out;
}

export function minifyCss(css) {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Not before ':' — in `.a :focus` that space is a descendant combinator.
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // A number's leading zero (0.875rem as .875rem), and the spaces round a product or quotient in calc()
      // (`calc(var(--_space) * 4)`, `16 / 9`), which CSS does not need (it needs them round + and -).
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/([\d)%]) ([*/]) (?=[\d(a-z])/g, '$1$2')
      .trim()
  );
}

/** Runs of white space with a line break in the static parts of html`…` templates, as one space. */
function collapseHtmlWhitespace(code, ast) {
  const parts = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html')
      for (const quasi of node.quasi.quasis) parts.push({ start: quasi.start, end: quasi.end, raw: quasi.value.raw });
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  let out = code;
  for (const { start, end, raw } of parts.sort((a, b) => b.start - a.start)) {
    if (out.slice(start, end) !== raw)
      throw new Error(`html template not where the parser put it: ${raw.slice(0, 40)}`);
    out = out.slice(0, start) + raw.replace(/\s*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}
