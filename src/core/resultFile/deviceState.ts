import type { Analysis } from '../analysis';
import type { Workshop } from '../workshop';
import type { DeviceStateV1 } from './format';
import { isoDate, isRecord, own } from './fields';
import { isSafeId } from '../ids';

/**
 * A backup's local bookkeeping — when each result was imported and exported here, and which area
 * its user was at; when each werkplaats was exported — so that a restore gives back the device as
 * it was, and the user's own work is not shown as "geïmporteerd". Only backups carry it.
 */
export function deviceState(analyses: readonly Analysis[], workshops: readonly Workshop[]): DeviceStateV1 {
  const results: DeviceStateV1['results'] = {};
  for (const a of analyses) {
    const entry: DeviceStateV1['results'][string] = { areaIndex: a.areaIndex };
    if (a.importedAt) entry.importedAt = a.importedAt;
    if (a.exportedAt) entry.exportedAt = a.exportedAt;
    results[a.id] = entry;
  }
  const kept: DeviceStateV1['workshops'] = {};
  for (const w of workshops) if (w.exportedAt) kept[w.id] = { exportedAt: w.exportedAt };
  return { results, workshops: kept };
}

/** A date of the bookkeeping, or undefined when it is missing or not a real one (bookkeeping is never a reason to refuse a file). */
function dateOrNone(value: unknown, now: Date): string | undefined {
  if (value === undefined) return undefined;
  try {
    return isoDate(value, 'device', now);
  } catch {
    return undefined;
  }
}

/**
 * Puts a backup's bookkeeping back on the results and werkplaatsen read from it. Returns the ids
 * of the results it covered ("restored": their import time is their own, not now). Entries that
 * are malformed, or for ids not in the file, are ignored.
 */
export function withDeviceState(
  raw: unknown,
  results: readonly Analysis[],
  workshops: readonly Workshop[],
  areas: number,
  now: Date,
): { results: Analysis[]; workshops: Workshop[]; restored: string[] } {
  const device = isRecord(raw) ? raw : {};
  const forResults = isRecord(own(device, 'results')) ? (own(device, 'results') as Record<string, unknown>) : {};
  const forWorkshops = isRecord(own(device, 'workshops')) ? (own(device, 'workshops') as Record<string, unknown>) : {};
  const restored: string[] = [];
  const nextResults = results.map((a) => {
    const entry = isSafeId(a.id) ? own(forResults, a.id) : undefined;
    if (!isRecord(entry)) return a;
    restored.push(a.id);
    const area = own(entry, 'areaIndex');
    const importedAt = dateOrNone(own(entry, 'importedAt'), now);
    const exportedAt = dateOrNone(own(entry, 'exportedAt'), now);
    const rest: Analysis = { ...a };
    delete rest.importedAt; // a result read from a file has neither; the backup says what it had
    delete rest.exportedAt;
    return {
      ...rest,
      areaIndex: typeof area === 'number' && Number.isInteger(area) && area >= 0 && area < areas ? area : 0,
      ...(importedAt ? { importedAt } : {}),
      ...(exportedAt ? { exportedAt } : {}),
    };
  });
  const nextWorkshops = workshops.map((w) => {
    const entry = isSafeId(w.id) ? own(forWorkshops, w.id) : undefined;
    const exportedAt = isRecord(entry) ? dateOrNone(own(entry, 'exportedAt'), now) : undefined;
    return exportedAt ? { ...w, exportedAt } : w;
  });
  return { results: nextResults, workshops: nextWorkshops, restored };
}
