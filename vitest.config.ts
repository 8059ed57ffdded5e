import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The integration and browser suites build the site once; give them room.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
