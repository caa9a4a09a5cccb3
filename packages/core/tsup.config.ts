import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // The runtime dependencies travel inside the bundle, except zod, whose
  // schemas are part of the public API. Loading them through Node's module
  // loader (one file at a time, CommonJS ones parsed again for their
  // exports) cost about 90 ms of a cold start; read as part of one file they
  // cost a few (measured in docs/performance/README.md).
  noExternal: ['libphonenumber-js', 'redos-detector', 'confusables', 'postcode'],
});
