import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The first entity-extracting run loads the Chinese dictionary and the English tagger.
    testTimeout: 60_000,
  },
});
