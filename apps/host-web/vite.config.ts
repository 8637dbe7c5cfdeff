import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The API serves the built app under /host/ (with the other two apps on the same origin).
  base: '/host/',
  plugins: [react()],
  server: {
    port: 5174,
    strictPort: true,
    // The API answers GraphQL and serves the PDF documents the app links to.
    proxy: { '/graphql': 'http://localhost:4000', '/documents': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases
        // (and keep every chunk under Vite's 500 kB warning).
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /[\\/]node_modules[\\/]@mantine[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/vitest-setup.ts'],
    // Component tests render whole routes; on a busy two-core CI machine they can take seconds.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
