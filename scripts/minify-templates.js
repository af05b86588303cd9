// Rollup plugin: shrinks the `css` and `html` tagged templates of the UI and the placeholders, which a JS minifier keeps as
// written since they are strings to it. It runs after TypeScript is compiled, on the JS.
//  - css`…` (no interpolation) goes through esbuild's own CSS minifier;
//  - html`…`: a line break with its indentation disappears next to a tag (`>` before, `<` after) or at
//    either end of the template, and becomes one space elsewhere (between attributes, or between two
//    bindings). Whitespace within a line is kept: keep text and an inline element it touches on one line.
import { transform } from 'esbuild';

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node && typeof node.type === 'string') {
    visit(node);
    for (const key in node) if (key !== 'type' && typeof node[key] === 'object') walk(node[key], visit);
  }
}

/** A template's raw text for `value`: backslashes, backticks and `${` escaped. */
const raw = (value) => value.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

function compactHtml(text, first, last) {
  return text.replace(/\s*\n\s*/g, (space, at) => {
    const before = at === 0 ? (first ? '' : '}') : text[at - 1];
    const after = at + space.length === text.length ? (last ? '' : '$') : text[at + space.length];
    return before === '' || after === '' || before === '>' || after === '<' ? '' : ' ';
  });
}

export function minifyTemplates({ include = /[\\/]src[\\/](ui|placeholder)[\\/][^\\/]+\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!include.test(id)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const { quasis } = node.quasi;
        for (const quasi of quasis) {
          // The edits below splice by position: make sure positions and text agree.
          if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) this.error(`unexpected template position in ${id}`);
        }
        if (node.tag.name === 'css' && quasis.length === 1) {
          const [quasi] = quasis;
          edits.push(
            transform(quasi.value.cooked, { loader: 'css', minify: true }).then((result) => ({
              ...quasi,
              // esbuild keeps the space after a custom property's colon and a var()'s comma, which CSS trims anyway.
              text: raw(
                result.code
                  .trim()
                  .replace(/(--[\w-]+):\s+/g, '$1:')
                  .replace(/(var\(--[\w-]+),\s+/g, '$1,'),
              ),
            })),
          );
        } else if (node.tag.name === 'html') {
          quasis.forEach((quasi, index) =>
            edits.push({ ...quasi, text: compactHtml(quasi.value.raw, index === 0, index === quasis.length - 1) }),
          );
        }
      });
      if (!edits.length) return null;
      let result = code;
      for (const edit of (await Promise.all(edits)).sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return { code: result, map: null };
    },
  };
}
