import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // `scripts/build.mjs` writes dist/pack.json first; tsup must not wipe it.
  clean: false,
  target: 'es2022',
  platform: 'neutral',
});
