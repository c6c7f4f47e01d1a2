import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, configurationVariables, loadConfiguration } from './configuration';

describe('loadConfiguration', () => {
  it('defaults to embedded PGlite in ./data when DATABASE_URL is unset', () => {
    const configuration = loadConfiguration({}, '/srv/coopex');
    expect(configuration.database).toEqual({
      backend: 'pglite',
      dataDirectory: path.resolve('/srv/coopex/data'),
    });
    expect(configuration.server).toEqual({ host: '127.0.0.1', port: 3000 });
  });

  it('switches to a PostgreSQL server when DATABASE_URL is set', () => {
    const configuration = loadConfiguration({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/coopex' });
    expect(configuration.database).toEqual({
      backend: 'postgres',
      connectionString: 'postgres://postgres@127.0.0.1:5432/coopex',
    });
  });

  it('rejects a port that is not a number and names the variable', () => {
    expect(() => loadConfiguration({ PORT: 'eighty' })).toThrowError(ConfigurationError);
    try {
      loadConfiguration({ PORT: 'eighty' });
    } catch (error) {
      expect((error as ConfigurationError).problems[0]?.variable).toBe('PORT');
    }
  });

  it('does not accept a database URL of another scheme', () => {
    expect(() => loadConfiguration({ DATABASE_URL: 'mysql://localhost/db' })).toThrowError(/DATABASE_URL/);
  });

  it('documents every variable it reads', () => {
    for (const variable of [
      'DATABASE_URL',
      'COOPEX_DATA_DIR',
      'HOST',
      'PORT',
      'LOG_LEVEL',
      'COOPEX_MAX_UPLOAD_MB',
    ]) {
      expect(configurationVariables).toHaveProperty(variable);
    }
  });
});
