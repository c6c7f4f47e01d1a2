#!/usr/bin/env node
// Builds the web app when apps/web/dist is missing or older than its sources, so `npm start` on a fresh clone
// serves the current interface without a separate build step, and a second start costs nothing.
// Usage: node apps/web/scripts/build-if-stale.js [--force]
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDirectory = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = path.join(webDirectory, 'dist', 'index.html');
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((entry) =>
  path.join(webDirectory, entry),
);

/** The newest modification time under a file or folder, in milliseconds. */
function newestModification(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry))
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  return newest;
}

export function isWebAppStale() {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.some((source) => newestModification(source) > builtAt);
}

const isForced = process.argv.includes('--force');
if (isForced || isWebAppStale()) {
  console.log(
    isForced ? 'Building the web app…' : 'The web app is missing or older than its sources: building it…',
  );
  // Test runners set NODE_ENV=test, which would bundle React's development build; the served app is production.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({
    root: webDirectory,
    configFile: path.join(webDirectory, 'vite.config.ts'),
    logLevel: 'warn',
  });
  console.log(`Web app built into ${path.relative(process.cwd(), path.dirname(builtIndex)) || '.'}`);
}
