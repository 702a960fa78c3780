import { parseJsonOrValue } from './json.js';
import { dataError, fail, ok, type Result } from './errors.js';
import type { Marker } from './model.js';

const DATE = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2]))?$/;

/** `[{"date":"2022-05","label":"Bostad först"}]`; `label` is optional (the default is localized). */
export function parseMarkers(input: unknown): Result<Marker[]> {
  // A framework's object may throw when read (a getter, a Proxy): a mistake in the markers, said as one.
  try {
    return readMarkers(input);
  } catch {
    return fail('invalidMarker');
  }
}

function readMarkers(input: unknown): Result<Marker[]> {
  const json = parseJsonOrValue(input);
  // Named, so that the message sends the editor to the markers, not to the figures.
  if (!json.ok) return { ok: false, error: { ...json.error, field: 'markers' } };
  if (!Array.isArray(json.value)) return fail('invalidMarker', { value: json.value });
  const markers: Marker[] = [];
  for (const [index, item] of (json.value as unknown[]).entries()) {
    const row = index + 1;
    if (typeof item !== 'object' || item === null) return fail('invalidMarker', { row, value: item });
    const { date, label } = item as { date?: unknown; label?: unknown };
    const match = typeof date === 'string' ? DATE.exec(date) : null;
    if (!match) return fail('invalidMarker', { row, field: 'date', value: date });
    if (label != null && typeof label !== 'string') return fail('invalidMarker', { row, field: 'label', value: label });
    markers.push({ year: Number(match[1]), month: match[2] ? Number(match[2]) : null, label: label ?? null });
  }
  return ok(markers);
}

/**
 * The markers dated within the years `first`–`last` (any month of the last year), in date order, and the
 * first one outside them as an `NC122` error: the chart cannot show it, so neither does its summary.
 */
export function markersWithin(markers: readonly Marker[], first: number, last: number) {
  const inside = (marker: Marker): boolean => marker.year >= first && marker.year <= last;
  const outside = markers.findIndex((marker) => !inside(marker));
  return {
    markers: markers.filter(inside).sort((a, b) => markerPosition(a) - markerPosition(b)),
    error:
      outside < 0
        ? null
        : dataError('markerOutside', {
            row: outside + 1,
            field: 'date',
            year: markers[outside]?.year,
            detail: first === last ? String(first) : `${first}–${last}`,
          }),
  };
}

/** The marker's position on a year axis: May 2022 is 2022 + 4.5/12 (the middle of the month). */
export function markerPosition(marker: Marker): number {
  return marker.month === null ? marker.year : marker.year + (marker.month - 0.5) / 12;
}
