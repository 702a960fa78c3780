// Writes dist/jsx.d.ts: JSX typings for React 19 generated from custom-elements.json, so that
// `<homeless-trend theme="dark" />` in a .tsx file is checked against the components' real attributes.
// Run by scripts/build.mjs after `cem analyze`; needs dist/esm (for the exported type names).
//
// React 19 sets a prop as a property when the element has one (`data`, `noSummary`), else as an attribute
// (`no-summary`; `true` → present, `false` → removed), and turns a function prop `on<event-name>` into
// `addEventListener('<event-name>', …)`: so both the attribute and the property names are typed, a property
// without an attribute by its name, and each event as `'on<event-name>'`, its type taken from the element's event
// map (`<Class>EventMap`, what its `addEventListener` gives a listener).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';

const MANIFEST = 'custom-elements.json';
const OUT = 'dist/jsx.d.ts';
const INDEX = 'dist/esm/index.d.ts';

/** Names a manifest type may use without an import. */
const BUILTIN = new Set(['string', 'number', 'boolean', 'bigint', 'undefined', 'null', 'unknown', 'any', 'object']);

/** The names `dist/esm/index.d.ts` exports (a type named in the manifest is imported from there), read from its syntax. */
function indexExports() {
  const source = ts.createSourceFile(INDEX, readFileSync(INDEX, 'utf8'), ts.ScriptTarget.Latest);
  const names = new Set();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      statement.exportClause.elements.forEach((element) => names.add(element.name.text));
    else if (statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) && statement.name)
      names.add(statement.name.text);
  }
  return names;
}

/** Identifiers in a type's text, outside string literals. */
const typeNames = (text) => text.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];

const doc = (...lines) => {
  const text = lines
    .filter(Boolean)
    .join('\n\n')
    .replaceAll('*/', '*\\/')
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd());
  return text.length ? `/**\n${text.join('\n')}\n */\n` : '';
};

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const exported = indexExports();
const typeImports = new Set();
const classImports = [];
const sections = [];
const tags = [];

for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const from = `./${relative('dist', module.path).replace(/\.ts$/, '.js')}`;
    if (!module.exports?.some((entry) => entry.name === element.name))
      throw new Error(`jsx-types: ${element.name} is not exported from ${module.path}`);
    classImports.push(`import type { ${element.name} } from '${from}';`);

    /** A manifest type as written when it names only literals and built-ins or exported types, else the property's own type. */
    const typeOf = (attribute) => {
      const text = attribute.type?.text;
      if (!text) return attribute.fieldName ? `${element.name}['${attribute.fieldName}']` : 'string';
      const names = typeNames(text).filter((name) => !BUILTIN.has(name));
      if (names.every((name) => exported.has(name))) {
        names.forEach((name) => typeImports.add(name));
        return text;
      }
      if (attribute.fieldName) return `${element.name}['${attribute.fieldName}']`;
      throw new Error(`jsx-types: cannot type attribute ${attribute.name} of <${element.tagName}> (${text})`);
    };

    // The element's events, typed as its addEventListener types them.
    const eventMap = `${element.name}EventMap`;
    if (element.events?.length) {
      if (!exported.has(eventMap))
        throw new Error(`jsx-types: ${eventMap} (the events of <${element.tagName}>) is not exported from ${INDEX}`);
      typeImports.add(eventMap);
    }

    const props = [];
    for (const attribute of element.attributes ?? []) {
      const type = typeOf(attribute);
      const fallback = attribute.default === undefined ? '' : `@default ${attribute.default}`;
      props.push(`${doc(attribute.description, fallback)}${key(attribute.name)}?: ${type};`);
      if (attribute.fieldName && attribute.fieldName !== attribute.name) {
        const note = `The \`${attribute.name}\` attribute, set as the \`${attribute.fieldName}\` property.`;
        props.push(`${doc(note)}${key(attribute.fieldName)}?: ${type};`);
      }
    }
    // Properties without an attribute (`quietErrors`), which React 19 sets as properties.
    const viaAttribute = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
    for (const member of element.members ?? []) {
      const hidden = member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name);
      const settable = member.kind === 'field' && !member.static && !member.readonly && !hidden;
      if (settable && !viaAttribute.has(member.name))
        props.push(`${doc(member.description)}${key(member.name)}?: ${element.name}['${member.name}'];`);
    }
    for (const event of element.events ?? []) {
      if (!event.name) continue;
      const note = `Listener for the \`${event.name}\` event (React 19 calls \`addEventListener('${event.name}', …)\`).`;
      props.push(
        `${doc(event.description, note)}${key(`on${event.name}`)}?: (event: NcEvent<${eventMap}, '${event.name}'>) => void;`,
      );
    }
    const cssProps = (element.cssProperties ?? []).map(
      (property) => `${doc(property.description)}${key(property.name)}?: string | number;`,
    );
    props.push(
      `${doc("Inline styles, including the component's CSS custom properties.")}style?: CSSProperties & {\n${cssProps.join('\n')}\n};`,
    );

    const attributes = `${element.name}Attributes`;
    sections.push(
      `${doc(`The attributes, properties and events of \`<${element.tagName}>\`.`)}export interface ${attributes} {\n${props.join('\n')}\n}\n`,
      `${doc(`Every prop \`<${element.tagName}>\` takes in JSX.`)}export type ${element.name}Props = ElementProps<${element.name}, ${attributes}>;\n`,
    );
    tags.push(`${doc(element.summary, element.description)}'${element.tagName}': ${element.name}Props;`);
  }
}
if (tags.length === 0) throw new Error(`jsx-types: no custom elements in ${MANIFEST}`);

const source = `// Generated from custom-elements.json by scripts/jsx-types.mjs during \`npm run build\`: do not edit.
${doc(
  'JSX typings for React 19 (`@types/react` 19): the tags as intrinsic elements, with their attributes, properties and events.',
  "Load them once, e.g. in a `.d.ts` file of your app: `import type {} from 'norrkoping-charts/jsx';`",
)}
import type { CSSProperties, DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${[...typeImports].sort().join(', ')} } from './esm/index.js';
${classImports.join('\n')}

/** The event a listener prop receives: the element's own events as its \`addEventListener\` types them (\`Events\`), any other a plain \`Event\`. */
type NcEvent<Events, K extends string> = K extends keyof Events ? Events[K] : Event;

/** React's props for an HTML element (ref, key, children, id, className, slot, aria-*, onClick…), with the component's own in place of any of the same name, and \`class\`. */
type ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> &
  Own & { class?: string | undefined };

${sections.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags.join('\n')}
    }
  }
}
`;

const options = { ...(await prettier.resolveConfig(OUT)), filepath: OUT };
writeFileSync(OUT, await prettier.format(source, options));
console.log(`Wrote ${OUT} (${tags.length} tags)`);
