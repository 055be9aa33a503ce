/**
 * The Nanggalo sample scenario, shipped as a static asset of the build (no network beyond the app's
 * own origin). It is generated and validated in the repository (tests/scripts), so the app trusts it
 * and skips the full validation that foreign files get: the first visit is faster for it.
 */
import sampleUrl from '../../scenarios/nanggalo.json?url';
import type { Scenario } from '../core/scenario/schema';

export async function fetchSample(): Promise<Scenario> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`sample scenario not available (HTTP ${response.status})`);
  return (await response.json()) as Scenario;
}
