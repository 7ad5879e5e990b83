import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm --filter @relocation/console dev` serves the console with hot reload and sends API calls to a running
// engine (API_URL, default http://127.0.0.1:3000). The build goes to dist/, which the API serves at `/`.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // No inline <script> or data: module preloads: the API's Content-Security-Policy forbids them.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/v1': apiUrl, '/docs': apiUrl },
  },
});
