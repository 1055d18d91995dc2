import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

/** Asserts that `environment` is refused with a ConfigError naming exactly `variables`. */
function assertRefused(environment: NodeJS.ProcessEnv, variables: string[]) {
  assert.throws(
    () => loadConfig(environment),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError, String(error));
      for (const variable of variables) {
        assert.match(error.message, new RegExp(`\\b${variable}\\b`), variable);
      }
      const named = error.problems.map((problem) => problem.split(':')[0]);
      assert.deepEqual([...new Set(named)].sort(), [...variables].sort());
      return true;
    },
    JSON.stringify(environment),
  );
}

describe('loadConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const config = loadConfig({});
    const dataDir = path.resolve(process.cwd(), 'data');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(path.isAbsolute(config.dataDir), true);
    assert.equal(config.dataDir, dataDir);
    assert.deepEqual(config.database, {
      kind: 'sqlite',
      filename: path.join(dataDir, 'inspir.sqlite'),
    });
    assert.equal(config.isDemoContentEnabled, true);
    assert.equal(config.siteUrl, 'http://127.0.0.1:3000');
    assert.equal(config.isProduction, false);
  });

  it('keeps the SQLite file under DATA_DIR, resolved to an absolute path', () => {
    const config = loadConfig({ DATA_DIR: 'var/inspir' });
    assert.equal(config.dataDir, path.resolve(process.cwd(), 'var/inspir'));
    assert.deepEqual(config.database, {
      kind: 'sqlite',
      filename: path.join(config.dataDir, 'inspir.sqlite'),
    });
  });

  it('runs on PostgreSQL when DATABASE_URL is set', () => {
    for (const url of [
      'postgres://app@db.internal:5432/inspir',
      'postgresql://app:secret@db.internal/inspir',
    ]) {
      assert.deepEqual(loadConfig({ DATABASE_URL: url }).database, {
        kind: 'postgres',
        connectionString: url,
      });
    }
  });

  it('reads every variable', () => {
    const config = loadConfig({
      HOST: '10.0.0.5',
      PORT: '8080',
      DATA_DIR: '/srv/inspir',
      DEMO_CONTENT: '0',
      SITE_URL: 'https://news.example.org',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    });
    assert.equal(config.host, '10.0.0.5');
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, '/srv/inspir');
    assert.equal(config.isDemoContentEnabled, false);
    assert.equal(config.siteUrl, 'https://news.example.org');
    assert.equal(config.isProduction, true);
    assert.equal(config.logLevel, 'warn');
    // Without SITE_URL, links point at the server itself.
    assert.equal(loadConfig({ HOST: '10.0.0.5', PORT: '8080' }).siteUrl, 'http://10.0.0.5:8080');
    assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).siteUrl, 'http://127.0.0.1:8080');
  });

  it('reads DEMO_CONTENT as a yes/no flag', () => {
    for (const value of ['0', 'false', 'no', 'off']) {
      assert.equal(loadConfig({ DEMO_CONTENT: value }).isDemoContentEnabled, false, value);
    }
    for (const value of ['1', 'true', 'yes', 'on']) {
      assert.equal(loadConfig({ DEMO_CONTENT: value }).isDemoContentEnabled, true, value);
    }
  });

  it('removes trailing slashes from SITE_URL', () => {
    assert.equal(
      loadConfig({ SITE_URL: 'https://news.example.org/' }).siteUrl,
      'https://news.example.org',
    );
    assert.equal(
      loadConfig({ SITE_URL: 'https://example.org/news//' }).siteUrl,
      'https://example.org/news',
    );
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({
      HOST: '',
      PORT: '',
      DATA_DIR: '',
      DATABASE_URL: '',
      DEMO_CONTENT: '',
      SITE_URL: '',
      NODE_ENV: '',
      LOG_LEVEL: '',
    });
    assert.deepEqual(config, loadConfig({}));
  });

  it('refuses each bad value, naming its variable', () => {
    assertRefused({ PORT: 'abc' }, ['PORT']);
    assertRefused({ PORT: '70000' }, ['PORT']);
    assertRefused({ PORT: '-1' }, ['PORT']);
    assertRefused({ PORT: '80.5' }, ['PORT']);
    assertRefused({ DATABASE_URL: 'mysql://x' }, ['DATABASE_URL']);
    assertRefused({ SITE_URL: 'not-a-url' }, ['SITE_URL']);
    assertRefused({ SITE_URL: 'ftp://example.org' }, ['SITE_URL']);
    assertRefused({ DEMO_CONTENT: 'maybe' }, ['DEMO_CONTENT']);
  });

  it('names every variable at fault in one error', () => {
    const variables = ['PORT', 'DATABASE_URL', 'SITE_URL', 'DEMO_CONTENT', 'LOG_LEVEL'];
    assertRefused(
      {
        HOST: 'example.org',
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        SITE_URL: 'not-a-url',
        DEMO_CONTENT: 'maybe',
        LOG_LEVEL: 'loud',
      },
      variables,
    );
    // One line per problem, so an operator sees them all at once.
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', SITE_URL: 'x', DEMO_CONTENT: 'x' });
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.name, 'ConfigError');
      const lines = error.message.split('\n').filter((line) => /^\s+- /.test(line));
      assert.equal(lines.length, 4, error.message);
      for (const variable of ['PORT', 'DATABASE_URL', 'SITE_URL', 'DEMO_CONTENT']) {
        assert.ok(
          lines.some((line) => line.includes(`${variable}:`)),
          `${variable} in ${error.message}`,
        );
      }
    }
  });

  it('hardening 5: TRUST_PROXY takes a hop count or proxy addresses, never every hop', () => {
    assert.equal(loadConfig({}).trustedProxies, 0);
    assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustedProxies, 1);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustedProxies, 2);
    assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustedProxies, 0);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.2, 192.168.0.0/16, ::1' }).trustedProxies, [
      '10.0.0.2',
      '192.168.0.0/16',
      '::1',
    ]);
    for (const value of ['true', 'yes', 'on', 'everyone', '10.0.0.2, nginx']) {
      assertRefused({ TRUST_PROXY: value }, ['TRUST_PROXY']);
    }
  });
});
