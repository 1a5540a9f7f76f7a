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

/** Rounds of each size `doublingRatio` times, back to back. */
const ROUNDS = 7;

/**
 * How many times longer `run` takes when its input doubles: the square root of the ratio from
 * n to 4n. The two sizes are timed back to back, round after round, and the median of the
 * rounds' ratios is kept: the machine's other work, which changes from one second to the next,
 * weighs on both sides of each ratio alike, and one disturbed round does not move a median.
 * A linear stage gives about 2, a quadratic one about 4 (a ratio of 16 from n to 4n), so a
 * limit of 3 tells them apart on a loaded machine.
 */
export function doublingRatio(n: number, run: (size: number) => unknown): number {
  run(n);
  run(4 * n);
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const small = roundOf(() => run(n));
    ratios.push(roundOf(() => run(4 * n)) / small);
  }
  ratios.sort((a, b) => a - b);
  return Math.sqrt(ratios[ROUNDS >> 1]!);
}
