import { defineConfig } from 'tsup';

export default defineConfig({
  // `worker` runs `--jobs N` checks in worker threads; the binary finds it next to itself.
  entry: { bin: 'src/bin.ts', worker: 'src/check/worker.ts', index: 'src/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // The standard pack is loaded lazily, only when no `--pack` replaces it.
  external: ['@propriety/core', '@propriety/rules-civil-service-2014'],
});
