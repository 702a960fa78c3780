// Vite config of the temporary project made by scripts/test-package.mjs: builds one entry,
// ENTRY=all (all.js) or ENTRY=key-figure (key-figure.js), into out/<entry>/.
const entry = process.env.ENTRY ?? 'all';

export default {
  logLevel: 'warn',
  build: {
    outDir: `out/${entry}`,
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: `./${entry}.js`,
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};
