// Screenshots of the app for the README (npm run screenshots): not part of the test suite.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({
	...base,
	testDir: 'tests/screenshots',
	testMatch: /.*\.shots\.ts/,
	retries: 0,
	reporter: 'list'
});
