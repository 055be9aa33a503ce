/**
 * A problem found in a document: the place (`employees[12].nip`) and what is wrong with it.
 * Free of the schema library, so the page can format problems without loading it.
 */

export interface Problem {
  path: string;
  message: string;
}

/** Writes a path as JavaScript would: `employees[12].nip`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

/** One line per problem: `path: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

