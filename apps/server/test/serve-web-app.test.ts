import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorResponses } from '../src/http/error-responses';
import { serveWebApp } from '../src/http/serve-web-app';

async function serverFor(directory: string): Promise<FastifyInstance> {
  const server = Fastify();
  registerErrorResponses(server);
  server.get('/api/v1/health', async () => ({ status: 'ok' }));
  await serveWebApp(server, { directory });
  return server;
}

describe('serving the web app', () => {
  let folder: string;
  let server: FastifyInstance;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'coopex-web-'));
    await mkdir(path.join(folder, 'assets'));
    await writeFile(path.join(folder, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(folder, 'assets', 'main-abc123.js'), 'console.log(1)');
    server = await serverFor(folder);
  });

  afterAll(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers / and any app path with index.html, so the browser router owns the URL', async () => {
    for (const url of ['/', '/hot-lists/123', '/catalog?q=LM358']) {
      const response = await server.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('serves built assets with a long cache, and a missing asset as a 404', async () => {
    const asset = await server.inject('/assets/main-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    expect((await server.inject('/assets/missing.js')).statusCode).toBe(404);
  });

  it('keeps API routes and the JSON 404 of unknown API paths', async () => {
    expect((await server.inject('/api/v1/health')).json()).toEqual({ status: 'ok' });
    const unknown = await server.inject('/api/v1/no-such-route');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
  });

  it('never serves files outside its folder', async () => {
    const response = await server.inject('/..%2F..%2Fetc%2Fpasswd');
    expect(response.body).not.toContain('root:');
  });

  it('says how to build the web app when it has not been built', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'coopex-web-empty-'));
    const bare = await serverFor(path.join(empty, 'dist'));
    try {
      const response = await bare.inject('/');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('npm run build:web');
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
