import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.COOPEX_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  server: {
    port: 5173,
    // The dev server serves the app; the API keeps running in `npm start` (or `npx coopex serve`).
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design and the charts are large on their own; pages are split per route, so no single chunk is the app.
    chunkSizeWarningLimit: 1600,
  },
});
