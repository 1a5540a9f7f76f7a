/** Timing helpers shared by the linear-time tests in test/perf/. */

/** Milliseconds one call of `run` takes in one round: repeated until 25 ms have passed. */
export function roundOf(run: () => unknown): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 25) {
    run();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}
