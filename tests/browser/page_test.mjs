// Opens Clerk's HTML pages in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), runs axe-core's WCAG 2.2 AA rules on each and fails on any violation;
// on the first page it also follows a reference link by keyboard and checks that the
// target is scrolled into view and focused, and that print hides the navigation.
// usage: node page_test.mjs PAGE.html...
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const pages = process.argv.slice(2);
if (pages.length === 0 || !existsSync(executablePath)) {
  console.error(pages.length === 0 ? 'usage: node page_test.mjs PAGE.html...'
                                   : `no Chromium at ${executablePath} (apt-get install chromium)`);
  process.exit(2);
}

const failures = [];
const fail = (message) => { failures.push(message); console.error(`FAIL: ${message}`); };

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
// The pages forbid scripts (Content-Security-Policy); the test's own axe script is let in.
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

async function checkAxe(page, name) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  for (const v of result.violations)
    fail(`${name}: axe ${v.id} (${v.impact}) on ${v.nodes.length} element(s): ${v.help}; first: ${v.nodes[0].target.join(' ')}`);
  console.log(`${name}: ${result.violations.length} axe violations, ${result.passes.length} rules passed`);
}

// Tabs from the top of the page to the first reference link, presses Enter, and checks
// where the focus and the view went.
async function followReferenceByKeyboard(page, name) {
  const target = await page.evaluate(() => {
    const link = document.querySelector('main a.ref[href^="#"]');
    return link ? { href: link.getAttribute('href'), text: link.textContent } : null;
  });
  if (!target) { fail(`${name}: no reference link to follow`); return; }
  let reached = false;
  for (let i = 0; i < 2000 && !reached; ++i) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate((href) => {
      const a = document.activeElement;
      return !!a && a.matches('a.ref') && a.getAttribute('href') === href;
    }, target.href);
  }
  if (!reached) { fail(`${name}: Tab never reached the reference "${target.text}"`); return; }
  // The focused link is visibly marked (an outline or a box shadow).
  const focusVisible = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });
  if (!focusVisible) fail(`${name}: the focused reference has no visible focus indicator`);
  await page.keyboard.press('Enter');
  // Smooth scrolling (when motion is not reduced) takes a moment: wait until it settles.
  let last = -1;
  for (let i = 0; i < 40; ++i) {
    await page.waitForTimeout(100);
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) break;
    last = y;
  }
  const landed = await page.evaluate((href) => {
    const el = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!el) return { exists: false };
    const r = el.getBoundingClientRect();
    return {
      exists: true,
      hash: location.hash,
      inView: r.top >= -1 && r.top < window.innerHeight,
      focused: document.activeElement === el || el.contains(document.activeElement),
    };
  }, target.href);
  if (!landed.exists) fail(`${name}: the reference target ${target.href} does not exist`);
  else {
    if (landed.hash !== target.href) fail(`${name}: Enter did not follow ${target.href}`);
    if (!landed.inView) fail(`${name}: ${target.href} is not scrolled into view`);
    if (!landed.focused) fail(`${name}: ${target.href} does not have the focus`);
  }
  console.log(`${name}: followed "${target.text}" (${target.href}) by keyboard`);
}

async function checkPrint(page, name) {
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => {
    const nav = document.querySelector('nav');
    const skip = document.querySelector('.skip-link');
    const gone = (el) => !el || getComputedStyle(el).display === 'none';
    return gone(nav) && gone(skip);
  });
  if (!hidden) fail(`${name}: the navigation is printed`);
  await page.emulateMedia({ media: 'screen' });
}

for (const [n, file] of pages.entries()) {
  const name = file.split('/').pop();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(file).href);
  const headings = await page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => +h.tagName[1]);
    const h1 = levels.filter((l) => l === 1).length;
    const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1).length;
    return { h1, skips, lang: document.documentElement.lang };
  });
  if (headings.h1 !== 1) fail(`${name}: ${headings.h1} h1 elements (one expected)`);
  if (headings.skips) fail(`${name}: ${headings.skips} heading level skips`);
  if (headings.lang !== 'en-GB') fail(`${name}: lang is "${headings.lang}"`);
  await checkAxe(page, name);
  await checkPrint(page, name);
  if (n === 0) await followReferenceByKeyboard(page, name);
  if (requests.length) fail(`${name}: network requests: ${requests.join(', ')}`);
  await page.close();
}
await browser.close();
if (failures.length) {
  console.error(`${failures.length} failure(s)`);
  process.exit(1);
}
console.log('all pages pass');
