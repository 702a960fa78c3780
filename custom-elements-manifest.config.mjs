/** Generates custom-elements.json from the components' JSDoc; paths point at the published modules. */
export default {
  globs: ['src/core/*.ts', 'src/components/*/*.component.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const published = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
        for (const module of customElementsManifest.modules) {
          module.path = published(module.path);
          for (const declaration of module.declarations ?? []) {
            // The analyzer reads `emit(name, …)` in the base class as an event called "name".
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
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
        }
      },
    },
  ],
};
