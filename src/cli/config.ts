import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import type { GlossaryEntry, RuleSetting, Severity } from '../types.js';
import { UsageError } from './errors.js';

/** What `.alignrc.json` (or the `align` key of package.json) may hold. */
export interface Config {
  /** Settings by rule id: `"off"`, a severity, or an object with `enabled`, `severity` and tolerances. */
  rules?: Record<string, RuleSetting | Severity | 'off' | 'on'>;
  /** Severity at or above which the exit code is 1. */
  failOn?: Severity | 'never';
  /** Path of a glossary file, relative to the config file. */
  glossary?: string;
  /** Block splitting mode. */
  split?: 'auto' | 'blank' | 'line';
  /** Find entities: true (default), `"deep"` (with the taggers) or false. */
  entities?: boolean | 'deep';
}

/** A loaded config with where it came from. */
export interface LoadedConfig {
  config: Config;
  path?: string;
}

/** Where `align` looks for its config in each folder, nearest first. */
const SEARCH_PLACES = ['.alignrc.json', 'package.json'];

/**
 * Finds the config as other linters do (lilconfig): `explicit` if given (relative to `cwd`),
 * else the nearest `.alignrc.json` or package.json with an `align` key, from `cwd` upwards.
 */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const json = (filepath: string, content: string): unknown => {
    try {
      return JSON.parse(content.replace(/^\ufeff/, ''));
    } catch (error) {
      throw new UsageError(`config ${filepath} is not valid JSON: ${(error as Error).message}`);
    }
  };
  // Synchronous look-ups: a run then starts neither the thread pool nor `fs/promises`.
  const explorer = lilconfigSync('align', {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.json': json, noExt: json },
    cache: false,
  });
  let found: LilconfigResult;
  if (explicit) {
    const path = resolve(cwd, explicit);
    try {
      found = explorer.load(path);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read config ${explicit}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (found?.config === undefined || found.config === null) {
      throw new UsageError(`config ${explicit} holds no settings${basename(path) === 'package.json' ? ' (no "align" key)' : ''}`);
    }
  } else {
    try {
      found = explorer.search(resolve(cwd));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (!found) return { config: {} };
  }
  const where = basename(found.filepath) === 'package.json' ? `${found.filepath} "align"` : found.filepath;
  return { config: validate(found.config, where), path: found.filepath };
}

/**
 * The glossary to read: the command line's, relative to the working folder, else the config
 * file's, relative to the folder of that config file.
 */
export function glossaryPath(cwd: string, flag: string | undefined, loaded: LoadedConfig): string | undefined {
  if (flag) return resolve(cwd, flag);
  if (!loaded.config.glossary) return undefined;
  return resolve(loaded.path ? dirname(loaded.path) : cwd, loaded.config.glossary);
}

const SEVERITIES = ['error', 'warning', 'info'];

function validate(raw: unknown, where: string): Config {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`config ${where} must be a JSON object`);
  const config = raw as Config;
  const fields = raw as Record<string, unknown>;
  if (config.failOn !== undefined && ![...SEVERITIES, 'never'].includes(config.failOn)) {
    throw new UsageError(`config ${where}: failOn must be error, warning, info or never`);
  }
  if (fields.glossary !== undefined && typeof fields.glossary !== 'string') {
    throw new UsageError(`config ${where}: glossary must be a path`);
  }
  const rules = fields.rules;
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    throw new UsageError(`config ${where}: rules must be an object of rule ids`);
  }
  for (const [id, setting] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
    if (typeof setting === 'string' ? ![...SEVERITIES, 'off', 'on'].includes(setting) : typeof setting !== 'object' || setting === null) {
      throw new UsageError(`config ${where}: rule ${id} must be off, on, error, warning, info or an object`);
    }
  }
  return config;
}

/** A rule's setting written short: `off`, `on` or a severity. */
export type RuleShorthand = Severity | 'off' | 'on';

/** Turns a shorthand into a rule setting; objects pass through. */
export function ruleSetting(setting: RuleSetting | RuleShorthand): RuleSetting {
  if (setting === 'off') return { enabled: false };
  if (setting === 'on') return { enabled: true };
  if (typeof setting === 'string') return { enabled: true, severity: setting };
  return setting;
}

/** Turns `"off"`, `"on"` and severity shorthands into rule settings. */
export function normalizeRules(rules: Config['rules'] = {}): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) out[id] = ruleSetting(setting);
  return out;
}

/**
 * Lays `over` on `base` rule by rule: what `over` says of a rule wins, what it leaves
 * unsaid (a tolerance from the config file) stays.
 */
export function mergeRules(base: Record<string, RuleSetting>, over: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const out = { ...base };
  for (const [id, setting] of Object.entries(over)) out[id] = { ...base[id], ...setting };
  return out;
}

/**
 * Reads a glossary: `en<TAB>zh` (or `en,zh` in a .csv) a line; `#` starts a comment,
 * a header line `en<TAB>zh` is skipped.
 */
export function loadGlossary(path: string): GlossaryEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read glossary ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseGlossary(text, path.toLowerCase().endsWith('.csv') ? ',' : '\t', path);
}

/** Parses glossary text with the given separator. */
export function parseGlossary(text: string, separator: string, path = 'glossary'): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const cells = separator === ',' ? parseCsvLine(trimmed) : trimmed.split('\t');
    const [en, zh] = cells.map((c) => c.trim());
    if (!en || !zh) throw new UsageError(`${path}:${i + 1}: expected "en${separator === ',' ? ',' : '<TAB>'}zh"`);
    if (i === 0 && en.toLowerCase() === 'en' && zh.toLowerCase() === 'zh') return;
    entries.push({ en, zh });
  });
  return entries;
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}
