/**
 * The browser's storage quota: telling a full quota apart from other write failures, and how much
 * of it the app uses.
 */

/** Whether a failed write failed because the storage quota is full (Dexie wraps the browser's error). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: string; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? cause;
  }
  return false;
}

export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
}

/** Usage and quota as the browser estimates them; null where the browser does not say. */
export async function storageUsage(): Promise<StorageUsage | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return null;
    return { usedBytes: estimate.usage, quotaBytes: estimate.quota };
  } catch {
    return null;
  }
}
