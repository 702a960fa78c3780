import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the three components, built with Vite 8 from the TypeScript sources in src/.
 *
 * Decorators: src/ uses TypeScript's legacy decorators with `useDefineForClassFields: false`. Vite 8
 * transforms TypeScript with Oxc, which reads both options from tsconfig.json; they are also set here,
 * so that a story never gets standard decorators or class fields that shadow Lit's reactive accessors
 * (scripts/test-storybook.mjs checks that no element has its reactive properties as own fields).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The `src` stories fetch these files, relative to the preview (iframe.html): `fixtures/trend.json`.
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // Storybook's web-components renderer imports lit/directive-helpers.js from a package the dev
      // server does not pre-bundle: without this, `storybook dev` loads a second copy of lit-html
      // ("Multiple versions of Lit loaded").
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
    // Storybook's own docs renderer and preview are ≈ 1 MB chunks; only the stories are ours.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 },
    oxc: {
      ...(viteConfig.oxc === false ? {} : viteConfig.oxc),
      decorator: { legacy: true },
      assumptions: { setPublicClassFields: true },
      typescript: { removeClassFieldsWithoutInitializer: true },
    },
  }),
};

export default config;
