/** Statistics over runs, the table people read and the targets of issue 5. */
import type { LoadMetrics } from './measure';

export interface Stat {
	median: number;
	min: number;
	max: number;
	n: number;
}

export type MetricName = Exclude<keyof LoadMetrics, 'problems' | 'files' | 'drawnIncidents'>;

export const METRICS: { key: MetricName; label: string; unit: 'ms' | 'KB' | 'MB' | 'n' }[] = [
	{ key: 'firstMapImage', label: 'first painted map image', unit: 'ms' },
	{ key: 'mapReady', label: 'map-ready', unit: 'ms' },
	{ key: 'fcp', label: 'first contentful paint', unit: 'ms' },
	{ key: 'bytes', label: 'bytes transferred (gzip)', unit: 'KB' },
	{ key: 'jsBytes', label: 'of which JavaScript', unit: 'KB' },
	{ key: 'requests', label: 'requests', unit: 'n' },
	{ key: 'heapBytes', label: 'JS heap after ready (main thread)', unit: 'MB' },
	{ key: 'longTaskMs', label: 'long tasks before ready, total', unit: 'ms' },
	{ key: 'mapClickMs', label: 'map click to next frame (ours: details shown)', unit: 'ms' },
	{ key: 'listClickMs', label: 'list choice to next frame, details shown', unit: 'ms' },
	{ key: 'toggleToFrameMs', label: 'layer toggle to rendered frame', unit: 'ms' }
];

export function stat(values: (number | null | undefined)[]): Stat | null {
	const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (v.length === 0) return null;
	v.sort((a, b) => a - b);
	const mid = Math.floor(v.length / 2);
	const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
	return { median, min: v[0]!, max: v[v.length - 1]!, n: v.length };
}

export type PageStats = Partial<Record<MetricName, Stat>>;

export function summarise(runs: LoadMetrics[]): PageStats {
	const out: PageStats = {};
	for (const { key } of METRICS) {
		const s = stat(runs.map((r) => r[key]));
		if (s) out[key] = s;
	}
	return out;
}

function scaled(value: number, unit: string): string {
	if (unit === 'KB') return (value / 1024).toFixed(1);
	if (unit === 'MB') return (value / 1024 / 1024).toFixed(1);
	return Math.round(value).toString();
}

export function cell(s: Stat | undefined, unit: string): string {
	if (!s) return '–';
	const m = scaled(s.median, unit);
	return s.n === 1 ? m : `${m} (${scaled(s.min, unit)}–${scaled(s.max, unit)})`;
}

export function ratio(a: Stat | undefined, b: Stat | undefined): number | null {
	return a && b && b.median > 0 ? a.median / b.median : null;
}

/** A Markdown table: one row per metric, one column per page, then ratios to `baseline`. */
export function table(
	pages: Record<string, PageStats>,
	baseline: string,
	ratioPages: string[]
): string {
	const names = Object.keys(pages);
	const head = [
		'metric (median, min–max)',
		...names,
		...ratioPages.map((p) => `${p} ÷ ${baseline}`)
	];
	const rows = METRICS.filter(({ key }) => names.some((n) => pages[n]![key])).map(
		({ key, label, unit }) => [
			`${label} (${unit})`,
			...names.map((n) => cell(pages[n]![key], unit)),
			...ratioPages.map((p) => {
				const r = ratio(pages[p]![key], pages[baseline]![key]);
				return r === null ? '–' : `${r.toFixed(2)}×`;
			})
		]
	);
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface Target {
	name: string;
	measured: string;
	limit: string;
	met: boolean | null;
}

export function target(
	name: string,
	value: number | null,
	limit: number,
	format: (n: number) => string
): Target {
	return {
		name,
		measured: value === null ? 'not measured' : format(value),
		limit: format(limit),
		met: value === null ? null : value <= limit
	};
}
