/**
 * The rows of a table `scripts/build-people.ts` writes (`namesTableSource`: `name=English name`
 * set apart by `|`), as `[name, English name]`: `src/entities/people-table.ts` and
 * `src/entities/cities-table.ts`.
 */
export function namesTableRows(table: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const row of table.split('|')) {
    const at = row.indexOf('=');
    rows.push([row.slice(0, at), row.slice(at + 1)]);
  }
  return rows;
}
