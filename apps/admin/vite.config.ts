import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built SPA under /admin, and /graphql on the same origin (HTTP and WebSocket).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // the manifest tells the bundle budget which chunks load before the first screen
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
    },
  },
});
