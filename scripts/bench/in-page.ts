// The bench's scripts that run inside the page, as plain JavaScript strings (so no build helpers leak in).

/** The sections count as drawn once nothing in them has changed for this long. */
export const QUIET_MS = 1000;

/**
 * Runs in the page before its own scripts: records long main-thread tasks, when the first target card
 * appears, and the time of the latest change inside the sections (charts drawing, tables filling).
 */
export const WATCH_IN_PAGE = `(() => {
  window.__bench = { longTasks: [], firstCard: NaN, lastSectionChange: 0 };
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(function (records) {
    const b = window.__bench;
    if (isNaN(b.firstCard) && document.querySelector('article[data-target-id]')) b.firstCard = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el && el.closest && el.closest('[id^=section-]')) { b.lastSectionChange = performance.now(); break; }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/**
 * Runs in the page as plain JavaScript (a string, so no build helpers leak in): act, then time two moments —
 * the next frame (figures), and, once every section shows the new view and nothing inside the sections has
 * changed for QUIET_MS, the last change (every chart drawn, including those a section defers once more).
 */
export const MEASURE_IN_PAGE = `function (action, arg, quietMs) {
  return new Promise(function (resolve) {
    function views() { return Array.from(document.querySelectorAll('[data-view]')).map(function (e) { return e.getAttribute('data-view'); }); }
    var before = views().join(';');
    var t = performance.now();
    window.__bench.lastSectionChange = t;
    if (action === 'district') document.querySelector('.region-picker__list input[type=checkbox]').click();
    else { var s = document.querySelector('.filter-bar__year select'); s.value = arg; s.dispatchEvent(new Event('change', { bubbles: true })); }
    requestAnimationFrame(function () { setTimeout(function () {
      var frame = performance.now() - t;
      (function poll() {
        var last = window.__bench.lastSectionChange;
        var now = views();
        var caughtUp = now.join(';') !== before && now.every(function (v) { return v === now[0]; });
        if (caughtUp && performance.now() - last >= quietMs) resolve({ frame: frame, settled: last - t });
        else if (performance.now() - t > 30000) resolve({ frame: frame, settled: NaN });
        else setTimeout(poll, 20);
      })();
    }, 0); });
  });
}`;
