/** The Nanggalo sample scenario, shipped as a static asset of the build (no network beyond the app's own origin). */
import sampleUrl from '../../scenarios/nanggalo.json?url';

export async function fetchSampleText(): Promise<string> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`sample scenario not available (HTTP ${response.status})`);
  return response.text();
}
