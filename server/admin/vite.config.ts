import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The staff page, served by the API server at /admin/ (hash routes, so any deep link works there).
// The shared contract is compiled from source: the same labels, status table and schemas.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: { alias: { '@gig/shared': path.resolve(__dirname, '../../shared/src/index.ts') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: { manualChunks: { antd: ['antd', '@ant-design/icons'], pro: ['@ant-design/pro-components'] } },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
