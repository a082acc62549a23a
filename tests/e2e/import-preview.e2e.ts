// The import preview of each file is its own: several files picked at once each show the dialect
// they were read with, their own malformed lines (or none), and an Import button that follows
// from their own state. Column types that lose values say so, offer formats, and ask first.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp } from './helpers';

const edge = path.join(fixtures, 'import-edge');

test('several files picked at once: each card shows its own dialect, warnings and Import button', async ({
	page
}) => {
	await openApp(page, '/data');
	await importFiles(page, [
		path.join(edge, 'semicolon-malformed.csv'),
		path.join(edge, 'clean-comma.csv'),
		path.join(edge, 'clean.tsv')
	]);
	const semi = importCard(page, 'semicolon-malformed.csv');
	await expect(semi.getByTestId('dialect')).toHaveText(/^semicolon-separated/);
	await expect(semi.getByTestId('malformed')).toContainText('1 row is malformed');
	await expect(semi.getByRole('button', { name: 'Import 3 columns' })).toBeDisabled();

	const comma = importCard(page, 'clean-comma.csv');
	await expect(comma.getByTestId('dialect')).toHaveText(/^comma-separated/);
	await expect(comma.getByTestId('row-count')).toHaveText('3');
	await expect(comma.getByTestId('malformed')).toHaveCount(0);
	await expect(comma.getByRole('button', { name: 'Import 3 columns' })).toBeEnabled();

	const tsv = importCard(page, 'clean.tsv');
	await expect(tsv.getByTestId('dialect')).toHaveText(/^tab-separated/);
	await expect(tsv.getByTestId('row-count')).toHaveText('3');
	await expect(tsv.getByTestId('malformed')).toHaveCount(0);
	await expect(tsv.getByRole('button', { name: 'Import 3 columns' })).toBeEnabled();

	// the semicolon file still needs its own decision
	await semi.getByLabel(/Import the 3 good rows/).check();
	await expect(semi.getByRole('button', { name: 'Import 3 columns' })).toBeEnabled();
});
