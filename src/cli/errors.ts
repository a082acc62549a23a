// Bad input to the command line: one sentence naming the file or segment, and exit code 2.
// Thrown before anything is written, so a refused run leaves no file behind.
export class BadInput extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BadInput';
	}
}

export const EXIT_OK = 0;
export const EXIT_SEGMENT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
