import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { colourTokens, otherTokens } from '../stories/tokens.js';
import { docsManifest } from './manifest.js';
import { withPage } from './page.js';
import './preview.css';
import type { Preview } from '@storybook/web-components-vite';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

// Docs tables and controls come from the manifest: attributes, properties, events, CSS parts and
// custom properties, each with the description written in the component's JSDoc.
setCustomElementsManifest(docsManifest);

/** Values of types the manifest names but does not spell out. */
const ALIASES: Readonly<Record<string, readonly string[]>> = { ThemeName: ['light', 'dark', 'auto'] };

/** `'line' | 'bar'` → ['line', 'bar']; null for anything that is not a union of string literals. */
function literals(type: string): string[] | null {
  const alias = ALIASES[type];
  if (alias) return [...alias];
  const members = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined');
  return members.length > 0 && members.every((member) => /^'[^']*'$/.test(member))
    ? members.map((member) => member.slice(1, -1))
    : null;
}

const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * A control for every attribute and custom property, from the type the manifest gives it; properties,
 * events and parts are documented without a control (each property has its attribute as the control).
 */
const controlsFromManifest: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (argType.control !== undefined) return [name, argType];
      const category = argType.table?.category;
      const type = argType.table?.type?.summary ?? '';
      if (category === 'css custom properties') {
        return [name, { ...argType, control: { type: name.startsWith('--nc-color-') ? 'color' : 'text' } }];
      }
      // A property with an attribute of its own (noActions: no-actions) is that attribute's row, once.
      if (category === 'properties' && argTypes[kebabCase(name)]?.table?.category === 'attributes')
        return [name, { ...argType, table: { ...argType.table, disable: true } }];
      if (category !== 'attributes') return [name, { ...argType, control: false }];
      if (name === 'lang') return [name, { ...argType, control: { type: 'inline-radio' }, options: ['sv', 'en'] }];
      if (name === 'heading-level')
        return [name, { ...argType, control: { type: 'inline-radio' }, options: [1, 2, 3, 4, 5, 6] }];
      if (name === 'refresh') return [name, { ...argType, control: { type: 'number', min: 60 } }];
      const options = literals(type);
      if (options) return [name, { ...argType, control: { type: 'inline-radio' }, options }];
      if (type === 'boolean') return [name, { ...argType, control: { type: 'boolean' } }];
      // A number only: `<key-figure>`'s value is a text in the page's notation ("7,5") or a number.
      if (/^number( \| undefined)?$/.test(type)) return [name, { ...argType, control: { type: 'number' } }];
      return [name, { ...argType, control: { type: 'text' } }];
    }),
  );

/**
 * What each attribute is when absent, as the README's tables say (the manifest has only the class fields'
 * initial values, `''` for `lang`, none for most). By tag where the components differ.
 */
const ATTRIBUTE_DEFAULTS: Readonly<Record<string, string>> = {
  heading: 'a title for the embedded figures',
  'heading-level': '2',
  description: 'generated from the figures',
  source: 'the embedded figures’ source',
  'source-url': '—',
  lang: 'the nearest ancestor’s lang, else the document’s, else sv',
  theme: 'light',
  src: '—',
  timeout: '10',
  refresh: 'off',
  'no-summary': 'off',
  'no-actions': 'off',
  eager: 'off',
  type: 'line',
  markers: 'Housing First, May 2022 (with the embedded figures only)',
  value: '—',
  unit: '—',
};
const TAG_DEFAULTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'homeless-trend': { data: '2017: 814, 2023: 473' },
  'prevention-stats': { data: '2023: 53 families, 109 children' },
  'key-figure': { change: '−37 (with no value)', period: '2022–2023 (with neither value nor change)' },
};

/** Each token's default, from the components' style sheets (as the Introduction's tables): "light / dark". */
const TOKEN_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ...colourTokens().map(
    ({ name, light, dark }) => [name, light === dark ? light : `${light} (dark: ${dark})`] as const,
  ),
  ...otherTokens().map(({ name, fallback }) => [name, fallback] as const),
]);

/** Fills the docs table's and controls' Default column, which the manifest leaves empty for most rows. */
const defaultsFromDocs: ArgTypesEnhancer = ({ argTypes, component }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const summary =
        category === 'attributes'
          ? (TAG_DEFAULTS[String(component)]?.[name] ?? ATTRIBUTE_DEFAULTS[name])
          : category === 'css custom properties'
            ? TOKEN_DEFAULTS.get(name)
            : undefined;
      return summary === undefined
        ? [name, argType]
        : [name, { ...argType, table: { ...argType.table, defaultValue: { summary } } }];
    }),
  );

/** `data="{&quot;2017&quot;:814}"` → `data='{"2017":814}'`, for any attribute with quotes in its value. */
const singleQuotedJson = (code: string): string =>
  code.replace(/([\w-]+)="([^"]*&quot;[^"]*)"/g, (_, name: string, value: string) =>
    value.includes("'") ? `${name}="${value}"` : `${name}='${value.replaceAll('&quot;', '"')}'`,
  );

/**
 * The components' console warnings, also in the Actions panel, where a designer trying colours sees them: the
 * chart's colours too faint on its background (the canvas, which the Accessibility panel cannot read), or a
 * message's details. Still written to the console as well.
 */
const logWarning = action('console.warn');
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[norrkoping-charts]')) logWarning(args[0]);
  consoleWarn(...args);
};

const preview: Preview = {
  decorators: [withPage],
  argTypesEnhancers: [controlsFromManifest, defaultsFromDocs],
  globalTypes: {
    lang: {
      description: 'Language of the page around the components (their `lang` attribute wins)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska (sv)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The components’ theme attribute (a story that sets its own theme keeps it)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (follows the colour scheme)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // The components as a page has them most: the trend, the prevention chart, the key figure.
    options: {
      storySort: {
        order: ['Introduction', 'Components', ['homeless-trend', 'prevention-stats', 'key-figure'], 'Examples'],
      },
    },
    controls: { expanded: true },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#0b0c0f' },
      },
    },
    a11y: {
      // Violations fail (the test runner and Storybook's test widget), not just "to do".
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    // Code snippets show the component as a page would write it, without the story's wrapper, and JSON in
    // an attribute between single quotes, as the README writes it, not as `&quot;`.
    docs: { source: { excludeDecorators: true, transform: singleQuotedJson } },
  },
};

export default preview;
