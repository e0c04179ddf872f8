import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API the dev server proxies /graphql to (`npm start` listens on 3000).
const api = process.env.API_URL ?? 'http://localhost:3000';

// `npm run build:web` writes dist/apps/web, which the API serves at `/`; `npm run dev:web` serves the sources
// with hot reload on http://localhost:5173 and proxies /graphql (cookies included) to the API.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: process.env.WEB_SOURCEMAP === '1',
    // The first-load budget test reads the chunk graph from it.
    manifest: true,
    // Reported by the first-load budget test instead (tests/web/bundle-budget.spec.ts).
    chunkSizeWarningLimit: 1000,
  },
  server: { port: 5173, proxy: { '/graphql': { target: api, changeOrigin: false } } },
  preview: { port: 4173 },
});
