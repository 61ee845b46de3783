import { describe, expect, test } from 'vitest';
import { BrowserNotFound, installedCandidates, locateBrowser, NO_BROWSER } from '../../helpers/find-browser';

describe('installed browsers are looked for in their usual places', () => {
  test('Linux: the usual names on PATH, in order, then vendor folders', () => {
    const paths = installedCandidates('linux', { PATH: '/usr/local/bin:/usr/bin' });
    expect(paths.slice(0, 4)).toEqual(['/usr/local/bin/chromium', '/usr/bin/chromium', '/usr/local/bin/chromium-browser', '/usr/bin/chromium-browser']);
    expect(paths).toContain('/usr/bin/google-chrome');
    expect(paths).toContain('/opt/google/chrome/chrome');
  });
  test('macOS: Chrome, Chromium and Edge apps, system-wide and per user', () => {
    const paths = installedCandidates('darwin', { HOME: '/Users/ana' });
    expect(paths[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(paths).toContain('/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(paths).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });
  test('Windows: per-user and machine-wide installs', () => {
    const paths = installedCandidates('win32', { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' });
    expect(paths[0]).toBe('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });
});

describe('when nothing is found, the message says what to do in one line', () => {
  test('no installed browser and none bundled for this platform', async () => {
    const found = locateBrowser({ PATH: '/nowhere', HOME: '/nowhere' }, 'darwin', 'arm64');
    await expect(found).rejects.toBeInstanceOf(BrowserNotFound);
    await expect(found).rejects.toThrow(NO_BROWSER);
    expect(NO_BROWSER).not.toContain('\n');
  });
  test('both sources skipped on Linux x64', async () => {
    await expect(locateBrowser({ PATH: '/nowhere', CHROMIUM_SKIP: 'system,bundled' }, 'linux', 'x64')).rejects.toThrow(NO_BROWSER);
  });
  test('CHROMIUM_PATH that is not a browser is named, not silently ignored', async () => {
    await expect(locateBrowser({ CHROMIUM_PATH: '/nowhere/chrome' }, 'linux', 'x64')).rejects.toThrow(/CHROMIUM_PATH=\/nowhere\/chrome is not an executable browser/);
  });
});
