// @ts-check
'use strict';
/* global window, document, MutationObserver, requestAnimationFrame -- page functions run in the browser */
/**
 * Catalog at scale (issues 5 and 18), in Chromium against the preview with generated data
 * (preview/demo-data/scale.js), each figure next to the frame budget measured in the same run:
 * - 10,000 and 50,000 DataSources: from the list arriving to the catalog showing all of them;
 * - a keystroke in the search box to the frame with its results, for a search that ends matching
 *   10 items and one matching half of them;
 * - 50,000: the longest task while a watch delivers 1,000 changes a second for 10 seconds;
 * - the catalog route's own JavaScript, gzipped (shared modules and PatternFly chunks excluded),
 *   up to the catalog showing, what it loads on demand after that, and what
 *   @patternfly/react-catalog-view-extension adds to it.
 * A section of `npm run bench` (scripts/bench.js); alone: `node test/bench/catalog.bench.js`.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { root, startPreview, median, round } = require('./browser-helpers');

const dist = path.join(root, 'dist');
const PLUGIN_ASSETS = '/api/plugins/kubevirt-appliance-plugin/';

const TARGET_OWN_JS_KB = 100;

const { scaleList } = require('../../preview/demo-data/scale');

/**
 * Serves the generated DataSources (preview/demo-data/scale.js) to the page in place of the demo
 * API's list, in the pages the page asks for (`limit`, `continue`), as an API server does and as
 * the console's SDK reads a long list. Creating 10,000 objects through the demo API would measure
 * the demo API; this measures the plugin, in the real preview host.
 */
const serveData = async (page, count) => {
  const list = scaleList(count);
  const whole = JSON.stringify(list);
  await page.route(
    /\/api\/kubernetes\/apis\/cdi\.kubevirt\.io\/v1beta1\/datasources(\?|$)/,
    (route) => {
      const query = new URL(route.request().url()).searchParams;
      const limit = Number(query.get('limit') || 0);
      if (limit <= 0) {
        return route.fulfill({ status: 200, contentType: 'application/json', body: whole });
      }
      const from = Number(query.get('continue') || 0);
      const to = Math.min(from + limit, list.items.length);
      const metadata = {
        ...list.metadata,
        ...(to < list.items.length ? { continue: String(to) } : {}),
      };
      const body = JSON.stringify({ ...list, metadata, items: list.items.slice(from, to) });
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    },
  );
};

/**
 * The DataSource watch, in the page: a WebSocket that stays open and quiet, as a quiet cluster's
 * would, until `window.__benchStorm(perSecond, seconds)` makes it deliver MODIFIED events of
 * listed items (new resourceVersion each) at that rate. Other watches use the real WebSocket.
 */
const fakeWatch = () => {
  const w = /** @type {any} */ (window);
  const Real = window.WebSocket;
  /** @type {any[]} */
  const sockets = [];
  class FakeWatch extends EventTarget {
    constructor(url) {
      super();
      this.url = url;
      this.readyState = 0;
      this.CONNECTING = 0;
      this.OPEN = 1;
      sockets.push(this);
      setTimeout(() => {
        this.readyState = 1;
        this.dispatchEvent(new Event('open'));
      }, 0);
    }
    send() {}
    close() {
      this.readyState = 3;
      this.dispatchEvent(new CloseEvent('close', { code: 1000 }));
    }
  }
  w.WebSocket = function WebSocket(url, protocols) {
    return /datasources\?/.test(String(url)) && /watch=true/.test(String(url))
      ? new FakeWatch(url)
      : new Real(url, protocols);
  };
  Object.assign(w.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  // Each event is its own task, as each WebSocket message is; a page that cannot keep up falls
  // behind, as it would with a real socket.
  w.__benchStorm = (items, perSecond, seconds) =>
    new Promise((resolve) => {
      let sent = 0;
      let delivered = 0;
      let rv = 10_000_000;
      const total = perSecond * seconds;
      const channel = new MessageChannel();
      channel.port1.onmessage = (m) => {
        for (const s of sockets) {
          if (s.readyState === 1) s.dispatchEvent(new MessageEvent('message', { data: m.data }));
        }
        delivered += 1;
        if (delivered === total) resolve(delivered);
      };
      const started = performance.now();
      const tick = () => {
        const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * perSecond));
        for (; sent < due; sent += 1) {
          const object = { ...items[(sent * 7919) % items.length] };
          rv += 1;
          object.metadata = { ...object.metadata, resourceVersion: String(rv) };
          channel.port2.postMessage(JSON.stringify({ type: 'MODIFIED', object }));
        }
        if (sent < total) setTimeout(tick, 5);
      };
      tick();
    });
};

/** Records, inside the page, when the catalog shows `total` items and when each search renders. */
const instrument = () => {
  const w = /** @type {any} */ (window);
  w.__bench = { usableAt: undefined, keys: [], renders: [] };
  // A long list comes in hundreds of pages; the default buffer (250 entries) would drop the last.
  performance.setResourceTimingBufferSize(100_000);
  new MutationObserver(() => {
    const count = document.querySelector('[data-test="catalog-count"]');
    if (!count) return;
    const total = Number(count.getAttribute('data-total'));
    if (w.__bench.usableAt === undefined && total >= w.__benchTotal) {
      // "Usable" means painted: wait for the frame after the commit.
      requestAnimationFrame(() => setTimeout(() => (w.__bench.usableAt = performance.now()), 0));
    }
    const search = count.getAttribute('data-search');
    if (search !== null && search !== w.__bench.lastSearch) {
      w.__bench.lastSearch = search;
      requestAnimationFrame(() =>
        setTimeout(() => w.__bench.renders.push({ search, at: performance.now() }), 0),
      );
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener(
    'keydown',
    (e) => w.__bench.keys.push({ key: e.key, at: performance.now() }),
    true,
  );
};

/** Gzipped size of each plugin script, with PatternFly fallback chunks flagged. */
const scriptSizes = (files) =>
  files.map((file) => {
    const body = fs.readFileSync(path.join(dist, file));
    const mapFile = path.join(dist, `${file}.map`);
    const sources = fs.existsSync(mapFile)
      ? JSON.parse(fs.readFileSync(mapFile, 'utf8')).sources || []
      : [];
    // A PatternFly fallback chunk: third-party code only (PatternFly and what it pulls in, e.g.
    // react-dom, tslib, focus-trap), nothing of the plugin's own nor a library the plugin chose.
    const patternfly =
      sources.some((/** @type {string} */ s) => s.includes('node_modules/@patternfly/')) &&
      sources.every((/** @type {string} */ s) => s.includes('node_modules/'));
    return { file, gzip: zlib.gzipSync(body, { level: 9 }).length, patternfly };
  });

/**
 * What the catalog-view extension costs the route: the gzipped chunks that hold any of its code.
 * Those chunks exist because of it (with the PatternFly parts it imports itself: Card, Checkbox
 * and their styles), so this is its whole cost, not only its own lines.
 */
const extensionKb = (sizes) =>
  sizes
    .filter(({ file }) => {
      const mapFile = path.join(dist, `${file}.map`);
      if (!fs.existsSync(mapFile)) return false;
      const { sources = [] } = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
      return sources.some((/** @type {string} */ src) =>
        src.includes('node_modules/@patternfly/react-catalog-view-extension/'),
      );
    })
    .reduce((a, s) => a + s.gzip, 0) / 1024;

/** Median interval between animation frames on the idle page: the frame budget of this run. */
const frameBudget = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        /** @type {number[]} */
        const at = [];
        const step = (t) => {
          at.push(t);
          if (at.length < 61) requestAnimationFrame(step);
          else {
            const d = at
              .slice(1)
              .map((x, i) => x - at[i])
              .sort((a, b) => a - b);
            resolve(d[Math.floor(d.length / 2)]);
          }
        };
        requestAnimationFrame(step);
      }),
  );

/** Opens the catalog on all namespaces; ms from the list's last page to all items painted. */
const usableOnce = async (page, url) => {
  await page.goto(new URL('k8s/all-namespaces/appliance-catalog', url).toString());
  await page.waitForFunction(
    () => /** @type {any} */ (window).__bench.usableAt !== undefined,
    undefined,
    {
      timeout: 180_000,
    },
  );
  return page.evaluate(() => {
    const lists = performance
      .getEntriesByType('resource')
      .filter((e) => /\/datasources(\?|$)/.test(e.name) && !/watch=/.test(e.name));
    if (lists.length === 0) throw new Error('no DataSource list request was seen');
    const arrived = Math.max(
      ...lists.map((e) => /** @type {PerformanceResourceTiming} */ (e).responseEnd),
    );
    return /** @type {any} */ (window).__bench.usableAt - arrived;
  });
};

/** Waits until every appliance's boilerplate is parsed (the count says how many are pending). */
const settled = (page) =>
  page.waitForFunction(
    () =>
      document.querySelector('[data-test="catalog-count"]')?.getAttribute('data-pending') === '0',
    undefined,
    { timeout: 180_000 },
  );

/** Types `query` into an empty search box, a key every 150 ms; ms from each key to its frame. */
const typeQuery = async (page, query) => {
  const box = page.locator('[data-test="catalog-search"]');
  await box.fill('');
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.lastSearch === '');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    b.keys = [];
    b.renders = [];
  });
  await box.focus();
  for (const ch of query) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(150);
  }
  await page.waitForFunction((q) => /** @type {any} */ (window).__bench.lastSearch === q, query);
  await page.waitForTimeout(200);
  const times = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    return b.keys
      .filter((/** @type {any} */ k) => k.key.length === 1)
      .map((/** @type {any} */ k) => {
        const after = b.renders.find((/** @type {any} */ r) => r.at >= k.at);
        return after ? after.at - k.at : Infinity;
      });
  });
  const shown = Number(
    await page.locator('[data-test="catalog-count"]').getAttribute('data-shown'),
  );
  return { times, shown };
};

/** Delivers watch events at `perSecond` for `seconds`; the longest task meanwhile. */
const storm = async (page, perSecond, seconds) =>
  page.evaluate(
    async ([rate, secs]) => {
      const list = await (
        await fetch('/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/datasources')
      ).json();
      /** @type {number[]} */
      const tasks = [];
      const observer = new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => tasks.push(e.duration)),
      );
      observer.observe({ type: 'longtask' });
      const sent = await /** @type {any} */ (window).__benchStorm(list.items, rate, secs);
      await new Promise((r) => setTimeout(r, 500));
      observer.disconnect();
      return { sent, longest: Math.max(0, ...tasks), longTasks: tasks.length };
    },
    [perSecond, seconds],
  );

const figure = (label, value, unit, limit, note) => ({
  label,
  value: round(value),
  unit,
  target: `<= ${limit} ${unit}`,
  pass: value <= limit,
  ...(note ? { note } : {}),
});

/** Usable time and keystrokes at `count` DataSources, in a fresh page. */
const atScale = async (browser, url, count, { runs, queries, usableMs, keyMedianMs, keyMaxMs }) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await serveData(page, count);
    await page.addInitScript((total) => {
      /** @type {any} */ (window).__benchTotal = total;
    }, count);
    await page.addInitScript(instrument);
    await page.addInitScript(fakeWatch);
    const usable = [];
    for (let i = 0; i < runs; i++) usable.push(await usableOnce(page, url));
    const frame = await frameBudget(page);
    await settled(page);
    const out = [
      figure(
        `${count} DataSources: usable after they arrive (median of ${runs})`,
        median(usable),
        'ms',
        usableMs,
        `each: ${usable.map((u) => Math.round(u)).join(', ')} ms; frame budget this run ${round(frame)} ms`,
      ),
    ];
    for (const q of queries) {
      const { times, shown } = await typeQuery(page, q);
      const note = `"${q}" matched ${shown}; each key: ${times.map((k) => Math.round(k)).join(', ')} ms; frame ${round(frame)} ms`;
      out.push(
        figure(
          `${count}: search keystroke, median ("${q}")`,
          median(times),
          'ms',
          keyMedianMs,
          note,
        ),
      );
      if (keyMaxMs)
        out.push(
          figure(
            `${count}: search keystroke, slowest ("${q}")`,
            Math.max(...times),
            'ms',
            keyMaxMs,
          ),
        );
    }
    return { page, out, frame };
  } catch (e) {
    await page.close();
    throw e;
  }
};

const run = async () => {
  const { chromium } = require('@playwright/test');
  const log = (/** @type {string} */ m) => process.stderr.write(`catalog bench: ${m}\n`);
  log('starting the preview (builds what is stale)');
  const { child, url } = await startPreview({ PREVIEW_TEST_HOOKS: '1' });
  const executable = process.env.CHROME_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({
    headless: true,
    executablePath: fs.existsSync(executable) ? executable : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // Route JS: load a page of the host first, then navigate to the catalog inside the app. What
    // the route needs is what the page asked for before the catalog showed (its count); code it
    // loads on demand afterwards (the items' checks, in idle time) is reported apart.
    const sizePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await sizePage.goto(new URL('k8s/ns/demo/import', url).toString());
    await sizePage.locator('[data-test="nav-appliance-catalog"]').waitFor({ timeout: 60_000 });
    await sizePage.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__benchNavAt = performance.now();
      const seen = new MutationObserver(() => {
        if (document.querySelector('[data-test="catalog-count"]')) {
          w.__benchShownAt = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document.body, { childList: true, subtree: true });
    });
    await sizePage.locator('[data-test="nav-appliance-catalog"]').click();
    await sizePage.locator('[data-test="catalog-count"]').waitFor({ timeout: 120_000 });
    await sizePage.waitForTimeout(2000);
    const requested = await sizePage.evaluate((assets) => {
      const w = /** @type {any} */ (window);
      /** @type {{ file: string, before: boolean }[]} */
      const out = [];
      for (const r of performance.getEntriesByType('resource')) {
        const p = new URL(r.name).pathname;
        if (r.startTime < w.__benchNavAt || !p.startsWith(assets) || !p.endsWith('.js')) continue;
        const file = p.slice(assets.length);
        if (!out.some((o) => o.file === file)) {
          out.push({ file, before: r.startTime < w.__benchShownAt });
        }
      }
      return out;
    }, PLUGIN_ASSETS);
    const sizes = scriptSizes(requested.filter((r) => r.before).map((r) => r.file));
    const later = scriptSizes(requested.filter((r) => !r.before).map((r) => r.file));
    const ownKb = sizes.filter((s) => !s.patternfly).reduce((a, s) => a + s.gzip, 0) / 1024;
    const pfKb = sizes.filter((s) => s.patternfly).reduce((a, s) => a + s.gzip, 0) / 1024;
    const laterKb = later.reduce((a, s) => a + s.gzip, 0) / 1024;
    const extKb = extensionKb(sizes);
    await sizePage.close();

    log('10,000 generated DataSources');
    const ten = await atScale(browser, url, 10_000, {
      runs: 3,
      queries: ['image-0012', 'even'],
      usableMs: 300,
      keyMedianMs: 16,
      keyMaxMs: 33,
    });
    await ten.page.close();
    log('50,000 generated DataSources');
    const fifty = await atScale(browser, url, 50_000, {
      runs: 3,
      queries: ['image-0012', 'even'],
      usableMs: 1500,
      keyMedianMs: 33,
    });
    log('50,000: a watch delivering 1,000 changes per second for 10 seconds');
    const s = await storm(fifty.page, 1000, 10);
    await fifty.page.close();
    return [
      {
        label: 'frame budget measured in this run (10k page, 50k page)',
        value: round(ten.frame),
        unit: 'ms',
        note: `50k page: ${round(fifty.frame)} ms`,
      },
      ...ten.out,
      ...fifty.out,
      figure(
        '50,000: longest task while the watch delivers 1,000 changes/s for 10 s',
        s.longest,
        'ms',
        100,
        `${s.sent} events, ${s.longTasks} tasks over 50 ms`,
      ),
      {
        label: 'catalog route own JS, gzipped',
        value: round(ownKb),
        unit: 'KB',
        target: `< ${TARGET_OWN_JS_KB} KB`,
        pass: ownKb < TARGET_OWN_JS_KB,
        note: `${sizes.length} chunks loaded before the catalog showed; PatternFly fallback chunks ${round(pfKb)} KB not counted`,
      },
      {
        label: "catalog route JS loaded on demand once the list shows (the items' checks), gzipped",
        value: round(laterKb),
        unit: 'KB',
        note: `${later.length} chunks, fetched in idle time; the details panel's code loads when an item is opened`,
      },
      figure(
        '@patternfly/react-catalog-view-extension in the catalog route, gzipped',
        extKb,
        'KB',
        20,
        'its chunks, with the Card and Checkbox it bundles; counted above among the PatternFly chunks',
      ),
    ];
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
};

module.exports = { name: 'Catalog at scale (Chromium, preview)', run: () => run() };

if (require.main === module) {
  run()
    .then((results) => {
      for (const r of results) {
        const verdict = r.pass === undefined ? 'INFO' : r.pass ? 'PASS' : 'FAIL';
        const target = r.target ? `  (target ${r.target})` : '';
        console.log(
          `${verdict.padEnd(5)} ${r.label}: ${r.value} ${r.unit}${target}${r.note ? `  - ${r.note}` : ''}`,
        );
      }
      process.exitCode = results.every((r) => r.pass) ? 0 : 1;
    })
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 2;
    });
}
