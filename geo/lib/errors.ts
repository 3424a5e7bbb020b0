/** One refusal of the data check: enough to find and fix the value without opening the code. */
export interface CheckError {
	/** Project-relative file path. */
	file: string;
	/** The feature, excerpt or source id; `null` when the file itself is wrong. */
	id: string | null;
	/** JSON pointer (RFC 6901) to the offending value. */
	path: string;
	problem: string;
	seen: unknown;
	expected: string;
}

const MAX_SEEN = 140;

export function showValue(value: unknown): string {
	let text: string;
	if (value === undefined) text = 'nothing (the field is missing)';
	else {
		text = JSON.stringify(value) ?? String(value);
		if (text.length > MAX_SEEN) text = `${text.slice(0, MAX_SEEN - 1)}…`;
	}
	return text;
}

export function formatError(e: CheckError): string {
	const who = e.id === null ? '' : ` "${e.id}"`;
	return `${e.file}${who} at ${e.path || '/'}: ${e.problem} — saw ${showValue(e.seen)}; expected ${e.expected}`;
}

/** Collects errors for one file; ids and paths are given per call. */
export class Report {
	readonly errors: CheckError[] = [];
	readonly warnings: string[] = [];

	for(file: string) {
		return (id: string | null, path: string, problem: string, seen: unknown, expected: string) => {
			this.errors.push({ file, id, path, problem, seen, expected });
		};
	}

	warn(message: string) {
		this.warnings.push(message);
	}
}

export type Complain = ReturnType<Report['for']>;

/** Escapes one JSON-pointer segment. */
export function ptr(...segments: (string | number)[]): string {
	return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
