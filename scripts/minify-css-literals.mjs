/**
 * A rollup plugin that minifies the CSS inside Lit's css`…` templates of our own modules: comments and
 * white space there are bytes every page downloads. Only templates without `${…}` are touched.
 */
const CSS_TEMPLATE = /\bcss ?`([^`$]*)`/g;

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/dist/esm/') || !/\bcss ?`/.test(code)) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
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
      .trim()
  );
}
