// The app:// origin: only app://redaksi (or the exact dev-server origin) is ours, and no request path leaves
// out/renderer — plain, dot-segment, percent-encoded, double-encoded, backslash and NUL forms.
import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRequestPath, isAppUrl, isRequestAllowed } from '../../../main/security-policy';

const DIR = join(mkdtempSync(join(tmpdir(), 'redaksi-renderer-')), 'renderer');

describe('isAppUrl', () => {
  it('accepts exactly app://redaksi', () => {
    expect(isAppUrl('app://redaksi/index.html', undefined)).toBe(true);
    expect(isAppUrl('app://redaksi/assets/index.js#/article/x', undefined)).toBe(true);
  });
  it('refuses file://, other hosts, look-alike hosts, credentials and ports', () => {
    for (const url of [
      'file:///app/index.html',
      'file:///work/out/renderer/index.html',
      'app://evil/index.html',
      'app://redaksi.evil.example/index.html',
      'app://redaksix/index.html',
      'app://user:pw@redaksi/index.html',
      'app://redaksi:8080/index.html',
      'https://redaksi/index.html',
      'not a url',
    ])
      expect(isAppUrl(url, undefined), url).toBe(false);
  });
  it('accepts the dev server by exact origin only', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/#/article/1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
  });
  it('blocks file:// requests from the renderer', () => {
    expect(isRequestAllowed('file:///etc/passwd', undefined, [])).toBe(false);
    expect(isRequestAllowed('app://redaksi/assets/x.js', undefined, [])).toBe(true);
  });
});

describe('appRequestPath', () => {
  it('maps app://redaksi paths into the renderer folder', () => {
    expect(appRequestPath('app://redaksi/index.html', DIR)).toBe(join(DIR, 'index.html'));
    expect(appRequestPath('app://redaksi/', DIR)).toBe(join(DIR, 'index.html'));
    expect(appRequestPath('app://redaksi/assets/icon%20a.svg', DIR)).toBe(join(DIR, 'assets/icon a.svg'));
  });
  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://redaksi/../../etc/passwd',
      'app://redaksi/%2e%2e/%2e%2e/etc/passwd',
      'app://redaksi/..%2f..%2fetc%2fpasswd',
      'app://redaksi/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://redaksi/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://redaksi/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
      'app://redaksi/..%5c..%5cetc%5cpasswd',
      'app://redaksi/index.html%00.png',
      'app://redaksi/%E0%A4%A',
    ]) {
      const p = appRequestPath(url, DIR);
      expect(p === null || p.startsWith(DIR + '/'), `${url} -> ${p}`).toBe(true);
    }
    expect(appRequestPath('app://redaksi/..%2f..%2fetc%2fpasswd', DIR)).toBeNull();
    expect(appRequestPath('app://redaksi/..%5c..%5cetc%5cpasswd', DIR)).toBeNull();
    expect(appRequestPath('app://redaksi/index.html%00.png', DIR)).toBeNull();
    expect(appRequestPath('app://redaksi/%E0%A4%A', DIR)).toBeNull();
  });
  it('refuses other schemes and hosts', () => {
    expect(appRequestPath('file:///etc/passwd', DIR)).toBeNull();
    expect(appRequestPath('app://other/index.html', DIR)).toBeNull();
    expect(appRequestPath('https://redaksi/index.html', DIR)).toBeNull();
  });
});
