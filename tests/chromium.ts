/**
 * How the tests and the benchmark launch Chromium: Debian's build (Playwright cannot download its
 * own here), with WebGL2 on SwiftShader and nothing that reaches for the closed network.
 */
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM: LaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--disable-gpu',
		'--enable-unsafe-swiftshader',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};
