import type { Options } from './options';
export async function refreshCommand(_options: Options): Promise<number> {
	return 1;
}
