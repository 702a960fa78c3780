/** Generates custom-elements.json from the components' JSDoc; paths point at the published modules. */
export default {
  globs: ['src/core/*.ts', 'src/components/*/*.component.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // A component narrows an inherited property's type with `declare` (`declare data?: TrendInput | null`),
      // which the analyzer does not read: it would give the base class's `unknown` to tools.
      name: 'declared-types',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isPropertyDeclaration(node) || !node.type || !ts.isClassDeclaration(node.parent)) return;
        if (!node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)) return;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.parent.name?.text);
        if (!declaration) return;
        const text = node.type.getText() + (node.questionToken ? ' | undefined' : '');
        (declaration.declaredTypes ??= {})[node.name.getText()] = text;
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const types = declaration.declaredTypes;
          if (!types) continue;
          delete declaration.declaredTypes;
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const text = types[item.fieldName ?? item.name];
            if (text) item.type = { text };
          }
        }
      },
    },
    {
      // The analyzer adds `| undefined` to an optional property's type, which we already write out.
      name: 'one-undefined',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? []))
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
            if (item.type?.text) item.type.text = item.type.text.replace(/( \| undefined)+$/, ' | undefined');
      },
    },
    {
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const published = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
        for (const module of customElementsManifest.modules) {
          module.path = published(module.path);
          for (const declaration of module.declarations ?? []) {
            // The analyzer reads `emit(name, …)` in the base class as an event called "name".
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
            // It also takes Lit's internal reactive state (`{ state: true }`, TypeScript-private or protected) for
            // attributes: tools would offer them to users (JSX props, Storybook controls).
            const internal = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy && member.privacy !== 'public')
                .map((m) => m.name),
            );
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
            // Nor are private and protected members (`#fields`, the base classes' hooks) API: tools that list
            // members as properties (Storybook's own argTypes do) would offer them.
            if (declaration.members)
              declaration.members = declaration.members.filter((member) => !internal.has(member.name));
            if (declaration.superclass?.module)
              declaration.superclass.module = published(declaration.superclass.module);
            for (const item of [
              ...(declaration.members ?? []),
              ...(declaration.attributes ?? []),
              ...(declaration.events ?? []),
            ]) {
              if (item.inheritedFrom?.module) item.inheritedFrom.module = published(item.inheritedFrom.module);
            }
          }
          for (const exported of module.exports ?? []) {
            if (exported.declaration?.module) exported.declaration.module = published(exported.declaration.module);
          }
          // `defineElement(tag, element)` in core/define is not a definition of an element called "tag".
          if (module.exports)
            module.exports = module.exports.filter((exported) => exported.kind !== 'custom-element-definition');
        }
        // Each tag is defined by the module of its entry point (src/components/<tag>/<tag>.ts).
        for (const declaration of customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? []).map((d) => ({ ...d, module: module.path })),
        )) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const { tagName, name, module } = declaration;
          customElementsManifest.modules.push({
            kind: 'javascript-module',
            path: `dist/esm/components/${tagName}/${tagName}.js`,
            declarations: [],
            exports: [
              { kind: 'js', name, declaration: { name, module } },
              { kind: 'custom-element-definition', name: tagName, declaration: { name, module } },
            ],
          });
        }
      },
    },
  ],
};
