/**
 * Reading a scenario file for the CLI: the file, its JSON, then the scenario checks of core.
 * Each failure comes back as lines to show and an exit code, never as a thrown error.
 */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../core/scenario/schema';
import { formatProblem, parseScenario, type Problem } from '../core/scenario/validate';

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 50;

export type LoadResult =
  | { ok: true; scenario: Scenario; upgradedFrom: number | null }
  | { ok: false; exitCode: number; lines: string[] };

/** Reads and checks a scenario file: exit code 2 when it cannot be read, 1 when it is not a valid scenario. */
export function loadScenarioFile(file: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, exitCode: 2, lines: [`${file}: cannot read the file (${readError(error)})`] };
  }
  // Editors on Windows may save JSON with a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, exitCode: 1, lines: [`${file}: not valid JSON`, ...describeJsonError(text, error)] };
  }
  const result = parseScenario(data);
  if (!result.ok) return { ok: false, exitCode: 1, lines: problemLines(file, result.problems) };
  return { ok: true, scenario: result.scenario, upgradedFrom: result.upgradedFrom };
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** `path: message` per problem, at most {@link MAX_PROBLEMS_SHOWN}, then a count of the rest and a total. */
export function problemLines(file: string, problems: readonly Problem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`... and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
  lines.push(`${file}: not a valid scenario (${plural(problems.length, 'problem')})`);
  return lines;
}

/**
 * Explains a JSON.parse error for a person: the reason, then the line and column with the text there.
 * JSON.parse reports a character offset ("at position 22"); people need a line and a column.
 */
export function describeJsonError(text: string, error: unknown): string[] {
  const raw = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return ['the file is empty'];
  const reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '');
  const position = /at position (\d+)/.exec(raw);
  const found = position ? Number(position[1]) : unexpectedTokenOffset(text, raw);
  if (found === null) return [reason];
  const offset = Math.min(found, text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  const column = offset - lineStart + 1;
  const source = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  // Keep long lines (minified files) readable: show up to 60 characters either side of the column.
  const from = Math.max(0, column - 61);
  const excerpt = source.slice(from, column + 60).replace(/\t/g, ' ');
  const gutter = `${line} | `;
  return [
    `line ${line}, column ${column}: ${reason}`,
    `${gutter}${from > 0 ? '...' : ''}${excerpt}`,
    `${' '.repeat(gutter.length + (from > 0 ? 3 : 0) + column - 1 - from)}^`,
  ];
}

/**
 * Offset of an "Unexpected token" error, which JSON.parse reports with up to 10 characters of text
 * either side of the token instead of a position: `Unexpected token 'x', ..."": [1, 2, x3],\n  "c""... is not valid JSON`.
 * Null when the text around the token cannot be found exactly once.
 */
function unexpectedTokenOffset(text: string, message: string): number | null {
  const match = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!match) return null;
  const [, cutBefore, context = '', cutAfter] = match;
  const CONTEXT = 10;
  if (cutBefore) {
    const at = text.indexOf(context);
    return at >= 0 && text.indexOf(context, at + 1) < 0 ? at + CONTEXT : null;
  }
  // The context is the start of the text, up to 10 characters after the token.
  return cutAfter && context.length >= CONTEXT ? context.length - CONTEXT : null;
}

/** `1 unit`, `3 units`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
