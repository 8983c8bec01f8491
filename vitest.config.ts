import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/{core,storage,import,ui}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
