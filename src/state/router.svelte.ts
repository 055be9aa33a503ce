/**
 * Hash routes, so the static build works from any folder and offline:
 * `#/` dashboard, `#/plan` transfer plan, `#/scenarios` the library, `#/compare` two scenarios, `#/simulation` the years ahead, `#/import` a roster spreadsheet, `#/unit/<id>`, `#/employee/<nip>`.
 */
export type Route =
  | { page: 'dashboard' }
  | { page: 'plan' }
  | { page: 'scenarios' }
  | { page: 'compare' }
  | { page: 'simulation' }
  | { page: 'import' }
  | { page: 'unit'; unitId: string }
  | { page: 'employee'; nip: string }
  | { page: 'training' }
  | { page: 'exercise'; exerciseId: string }
  | { page: 'facilitator' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'plan') return { page: 'plan' };
  if (parts[0] === 'scenarios') return { page: 'scenarios' };
  if (parts[0] === 'compare') return { page: 'compare' };
  if (parts[0] === 'simulation') return { page: 'simulation' };
  if (parts[0] === 'import') return { page: 'import' };
  if (parts[0] === 'unit' && parts[1]) return { page: 'unit', unitId: parts[1] };
  if (parts[0] === 'employee' && parts[1]) return { page: 'employee', nip: parts[1] };
  if (parts[0] === 'training') return parts[1] ? { page: 'exercise', exerciseId: parts[1] } : { page: 'training' };
  if (parts[0] === 'facilitator') return { page: 'facilitator' };
  return { page: 'dashboard' };
}

export function unitHref(unitId: string): string {
  return `#/unit/${encodeURIComponent(unitId)}`;
}

export function employeeHref(nip: string): string {
  return `#/employee/${encodeURIComponent(nip)}`;
}

export class Router {
  route = $state<Route>(parseRoute(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.route = parseRoute(globalThis.location.hash);
      globalThis.scrollTo?.(0, 0);
    });
  }
}
