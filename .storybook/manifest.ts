/**
 * The custom-elements manifest (custom-elements.json at the repository root, written by
 * `cem analyze --litelement` from the components' JSDoc) as Storybook's docs and controls use it.
 *
 * It is read with `import.meta.glob` rather than a plain import: the file is generated and not in git,
 * so `tsc` and ESLint must not need it. The `storybook` and `build-storybook` scripts generate it first.
 */

/** The parts of the manifest schema (https://github.com/webcomponents/custom-elements-manifest) used here. */
export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly kind?: string;
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly attribute?: string;
  readonly fieldName?: string;
}

export interface ManifestDeclaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly description?: string;
  readonly summary?: string;
  readonly members?: readonly ManifestItem[];
  readonly attributes?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
  readonly slots?: readonly ManifestItem[];
}

export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly ManifestDeclaration[] }[];
}

const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const loaded = Object.values(found)[0];
if (!loaded) {
  throw new Error(
    'custom-elements.json is missing: run `npx cem analyze --litelement` (`npm run storybook` and ' +
      '`npm run build-storybook` do it first).',
  );
}

/** Members a page cannot use: private and protected (pitfall 8: the analyzer lists them), static, methods. */
const isPublicField = (member: ManifestItem): boolean =>
  (member.privacy ?? 'public') === 'public' &&
  !member.static &&
  member.kind !== 'method' &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

/** The manifest with only what a page can use: public instance fields, attributes, events, parts, custom properties. */
export const manifest: Manifest = {
  ...loaded,
  modules: loaded.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter(isPublicField),
    })),
  })),
};

/** The declarations of the custom elements, by tag name. */
export const elements: ReadonlyMap<string, ManifestDeclaration> = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName ?? '', declaration]),
);

/** One element's declaration; throws if the manifest does not know the tag. */
export function element(tagName: string): ManifestDeclaration {
  const declaration = elements.get(tagName);
  if (!declaration) throw new Error(`<${tagName}> is not in custom-elements.json`);
  return declaration;
}

/**
 * The manifest as Storybook's docs table needs it. Storybook keys arg types by name alone, so a part
 * named like an attribute or property (`heading`, `source`, `chart`) would replace it in the table:
 * parts are listed as `::part(heading)`.
 */
export const docsManifest: Manifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    })),
  })),
};
