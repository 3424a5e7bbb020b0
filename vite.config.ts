import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The lazy maplibre chunk is about 1 MB minified.
	build: { chunkSizeWarningLimit: 1200 },
	test: { include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'tests/unit/**/*.test.ts'] }
});
