/** Colour functions a formatter may use; the CLI passes chalk's, tests pass none. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  blue(text: string): string;
}

const same = (text: string): string => text;

/** No colour at all. */
export const plain: Style = { bold: same, dim: same, red: same, yellow: same, green: same, cyan: same, blue: same };
