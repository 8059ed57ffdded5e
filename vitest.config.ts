import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the example handbook once for the integration and browser suites.
		globalSetup: ['tests/setup/build-site.ts'],
		// The integration and browser suites share one build; give them room.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
