import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` writes the web app. */
export const defaultWebAppDirectory = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const missingBuildPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Coopex</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Coopex</h1>
<p>The web app has not been built yet. Run <code>npm run build:web</code> (or start with <code>npm start</code>,
which builds it) and reload this page.</p>
<p>The API is available now: <a href="/api/v1/docs">/api/v1/docs</a>.</p>
</body></html>`;

function isFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app at `/`: its files as they are, and index.html for every other path outside `/api`, so
 * the browser's router owns the URL (a reload of /hot-lists/… works). API paths that match no route keep their JSON
 * 404. The folder is looked at on each request, so a build made while the server runs is picked up.
 */
export async function serveWebApp(
  server: FastifyInstance,
  options: { directory?: string } = {},
): Promise<void> {
  const directory = path.resolve(options.directory ?? defaultWebAppDirectory);
  const indexPath = path.join(directory, 'index.html');
  // serve: false only adds reply.sendFile; the one route below decides what each path gets.
  await server.register(fastifyStatic, { root: directory, serve: false });

  server.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) return reply.callNotFound();
    if (!isFile(indexPath)) return reply.type('text/html; charset=utf-8').send(missingBuildPage);

    let relative: string;
    try {
      relative = path.posix.normalize(decodeURIComponent(pathname)).replace(/^\/+/, '');
    } catch {
      return reply.callNotFound();
    }
    const candidate = path.join(directory, relative);
    if (relative !== '' && candidate.startsWith(directory + path.sep) && isFile(candidate)) {
      // Vite puts a content hash in every file name under assets/, so those never change.
      const isHashed = relative.startsWith('assets/');
      return reply.sendFile(relative, {
        maxAge: isHashed ? 365 * 24 * 60 * 60 * 1000 : 0,
        immutable: isHashed,
      });
    }
    // A missing asset must not come back as the HTML page: the browser would try to run it.
    if (relative.startsWith('assets/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
