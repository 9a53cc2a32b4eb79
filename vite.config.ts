import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/app',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
  },
  preview: { port: 4173 },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
  },
});
