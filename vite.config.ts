import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/app',
  publicDir: false,
  plugins: [react()],
  build: {
    // dist/app, beside the built CLI in dist/cli (scripts/buildCli.mjs): emptying it must not remove the other.
    outDir: '../../dist/app',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change far less often than the app, so browsers keep them cached.
        codeSplitting: {
          groups: [
            // Libraries only the exports and reports use, loaded with them through import() (see outputs/diagramRender.ts,
            // outputs/reportExport.ts); in the catch-all vendor group they would load with the first page.
            { name: 'diagram-libs', test: /node_modules[\\/](elkjs|d3-[^\\/]+)[\\/]/, priority: 4 },
            {
              name: 'report-libs',
              test: /node_modules[\\/](exceljs|pdf-lib|@pdf-lib[\\/][^\\/]+|fontkit|pako|restructure|unicode-[^\\/]+)[\\/]/,
              priority: 4,
            },
            // The file readers and writers, loaded with import and export (imports/importFlow.ts, outputs/modelExport.ts).
            {
              name: 'io-libs',
              test: /node_modules[\\/](fast-xml-parser|fast-xml-builder|strnum|papaparse)[\\/]/,
              priority: 4,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'graph', test: /node_modules[\\/](graphology[^\\/]*|sigma|@sigma[\\/][^\\/]+)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173 },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          // Integration tests start the CLI as a process (~2 s through tsx); on a loaded machine 5 s is
          // not enough. Speed targets live in the benchmarks, not in test timeouts.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
