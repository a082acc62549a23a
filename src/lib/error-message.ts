// What went wrong, as text: the message of anything a `catch` receives (an Error, a DOMException,
// a thrown string or value). Below every layer, so the engine, the stores and the UI share it.

/** The message of a caught value: an Error's message, else the value as a string. */
export function errorMessage(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** The first line of a caught value's message (engine errors add lines of context after it). */
export function errorFirstLine(e: unknown): string {
	return errorMessage(e).split('\n')[0]!;
}
