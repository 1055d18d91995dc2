import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.deepEqual(config.database, {
      kind: 'sqlite',
      filename: path.join(path.resolve('data'), 'inspir.sqlite'),
    });
    assert.equal(config.isDemoContentEnabled, true);
    assert.equal(config.siteUrl, 'http://127.0.0.1:3000');
  });

  it('runs on PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db.internal:5432/inspir' });
    assert.deepEqual(config.database, {
      kind: 'postgres',
      connectionString: 'postgres://app@db.internal:5432/inspir',
    });
  });

  it('reads every variable and treats empty strings as unset', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATA_DIR: '/srv/inspir',
      DEMO_CONTENT: '0',
      SITE_URL: 'https://news.example.org/',
      NODE_ENV: 'production',
      LOG_LEVEL: '',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, '/srv/inspir');
    assert.equal(config.isDemoContentEnabled, false);
    assert.equal(config.siteUrl, 'https://news.example.org');
    assert.equal(config.isProduction, true);
    assert.equal(config.logLevel, 'info');
    assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).siteUrl, 'http://127.0.0.1:8080');
  });

  it('names every variable at fault in one error', () => {
    assert.throws(
      () =>
        loadConfig({
          PORT: 'abc',
          DATABASE_URL: 'mysql://x',
          SITE_URL: 'not-a-url',
          DEMO_CONTENT: 'maybe',
          LOG_LEVEL: 'loud',
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        const named = error.problems.map((problem) => problem.split(':')[0]).sort();
        assert.deepEqual(named, ['DATABASE_URL', 'DEMO_CONTENT', 'LOG_LEVEL', 'PORT', 'SITE_URL']);
        for (const variable of named) assert.match(error.message, new RegExp(`- ${variable}:`));
        return true;
      },
    );
  });

  it('rejects ports outside 0–65535', () => {
    assert.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
    assert.throws(() => loadConfig({ PORT: '-1' }), /PORT/);
  });
});
