/** Version of the JSON contract (`AlignOutput.version`); bumped on any breaking change. */
export const OUTPUT_VERSION = 1 as const;
