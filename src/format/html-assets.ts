/**
 * The HTML report's inline style: two columns per pair, facts as marks, findings coloured by
 * severity, CJK font fallbacks, a print layout, dark mode, and a tooltip on hover and focus.
 */
export const HTML_STYLE = `
:root {
  --bg: #fff; --fg: #1d1d1f; --muted: #6b6b73; --line: #e3e3e8; --card: #fafafb;
  --error: #c62828; --error-bg: #fdecea; --warning: #a15c00; --warning-bg: #fff4db;
  --info: #1f5fa8; --info-bg: #e8f1fb; --match: #e3f4e6; --match-line: #2e7d32; --alone: #f0f0f3;
  --latin: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial;
  --cjk: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", "Heiti SC", SimHei;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #161618; --fg: #ececf1; --muted: #a0a0aa; --line: #34343a; --card: #1e1e22;
    --error: #ff6b6b; --error-bg: #3a1f1f; --warning: #f0b44c; --warning-bg: #3a2e15; --info: #7db3f0;
    --info-bg: #17283d; --match: #1d3321; --match-line: #7bc47f; --alone: #2a2a30; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.6 var(--latin), var(--cjk), sans-serif; }
:lang(zh) { font-family: var(--latin), var(--cjk), sans-serif; line-height: 1.8; }
header.top { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--line); padding: .6rem 1.2rem; }
h1 { font-size: 1.2rem; margin: 0 0 .2rem; }
h2 { font-size: 1.05rem; margin: 1.6rem 0 .2rem; word-break: break-all; }
main { padding: 0 1.2rem 2rem; max-width: 1400px; margin: 0 auto; }
footer { color: var(--muted); font-size: .85rem; padding: 0 1.2rem 1.5rem; max-width: 1400px; margin: 0 auto; }
.summary p { margin: .2rem 0; }
.files { margin: .2rem 0; padding-left: 1.4rem; font-size: .9rem; }
.count { white-space: nowrap; margin-right: .4rem; }
.sev-error .sev, .count.sev-error, .sev-toggle.sev-error { color: var(--error); }
.sev-warning .sev, .count.sev-warning, .sev-toggle.sev-warning { color: var(--warning); }
.sev-info .sev, .count.sev-info, .sev-toggle.sev-info { color: var(--info); }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; margin-top: .3rem; font-size: .9rem; }
.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .3rem .6rem; align-items: center; }
.filters legend { float: left; color: var(--muted); margin-right: .4rem; padding: 0; }
.sev-toggle { font: inherit; border: 1px solid currentColor; background: transparent; border-radius: 1rem; padding: .05rem .6rem; cursor: pointer; }
.sev-toggle[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.n { color: var(--muted); font-variant-numeric: tabular-nums; }
.shown { color: var(--muted); }
:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
.pair { scroll-margin-top: 10rem; border: 1px solid var(--line); border-radius: 8px; background: var(--card); margin: .8rem 0; padding: .5rem .8rem; }
.pair.worst-error { border-left: 4px solid var(--error); }
.pair.worst-warning { border-left: 4px solid var(--warning); }
.pair.worst-info { border-left: 4px solid var(--info); }
.pair.partnerless, .pair.loose { border-style: dashed; }
.pair-head { display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: baseline; font-size: .85rem; color: var(--muted); margin-bottom: .3rem; }
.pair-head .label { font-weight: 600; color: var(--fg); text-decoration: none; }
.pair-head .where { margin-left: auto; }
.score.low { color: var(--warning); font-weight: 600; }
.partnerless-note { color: var(--warning); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem; }
.sides.one { grid-template-columns: 1fr; }
.side { min-width: 0; }
.block { white-space: pre-wrap; overflow-wrap: anywhere; }
.block + .block { margin-top: .6rem; padding-top: .6rem; border-top: 1px dotted var(--line); }
.block.flag { padding-left: .5rem; }
.block.flag-error { box-shadow: inset 3px 0 var(--error); }
.block.flag-warning { box-shadow: inset 3px 0 var(--warning); }
.block.flag-info { box-shadow: inset 3px 0 var(--info); }
.block.flag-off { box-shadow: none; }
.no-partner { color: var(--muted); font-style: italic; margin: 0; }
mark.fact { background: var(--alone); color: inherit; border-radius: 3px; padding: 0 1px; position: relative; cursor: help; border-bottom: 2px solid transparent; }
mark.fact.matched { background: var(--match); border-bottom-color: var(--match-line); }
mark.fact.flag-error { background: var(--error-bg); border-bottom-color: var(--error); }
mark.fact.flag-warning { background: var(--warning-bg); border-bottom-color: var(--warning); }
mark.fact.flag-info { background: var(--info-bg); border-bottom-color: var(--info); }
mark.fact.flag-off { background: var(--alone); border-bottom-color: transparent; }
mark.fact.lit { outline: 2px solid var(--info); }
mark.fact:hover::after, mark.fact:focus::after {
  content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 3; margin-top: 4px;
  width: max-content; max-width: min(28rem, 80vw); white-space: normal; font-size: .8rem; line-height: 1.4;
  background: var(--fg); color: var(--bg); padding: .3rem .5rem; border-radius: 4px; pointer-events: none;
}
.findings { list-style: none; margin: .5rem 0 0; padding: .3rem 0 0; border-top: 1px solid var(--line); font-size: .9rem; }
.finding { padding: .15rem .4rem; border-radius: 4px; margin: .15rem 0; }
.finding.sev-error { background: var(--error-bg); }
.finding.sev-warning { background: var(--warning-bg); }
.finding.sev-info { background: var(--info-bg); }
.finding .sev { font-weight: 600; margin-right: .2rem; }
.finding .rule, .finding .at { color: var(--muted); font-size: .8rem; margin-left: .4rem; }
.empty { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; font-size: .8rem; }
@media (max-width: 720px) { .sides { grid-template-columns: 1fr; } header.top { position: static; } }
@media print {
  :root { --bg: #fff; --fg: #000; --card: #fff; }
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.top { position: static; border: 0; }
  .filters, footer { display: none; }
  main { max-width: none; padding: 0; }
  .pair { break-inside: avoid; page-break-inside: avoid; box-shadow: none; }
  .file + .file { break-before: page; }
  mark.fact::after { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The HTML report's inline script: severity and rule filters, the "only pairs with findings"
 * switch, counterpart highlighting on hover and focus, and `j`/`k` to move between pairs
 * that show a finding. Works on the data attributes the page is built with.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var sevButtons = $$('[data-filter-severity]');
  var ruleBoxes = $$('[data-filter-rule]');
  var onlyBox = document.querySelector('[data-filter-only]');
  var shown = document.querySelector('.filters .shown');
  function apply() {
    var sev = {}, rules = {};
    sevButtons.forEach(function (b) { sev[b.getAttribute('data-filter-severity')] = b.getAttribute('aria-pressed') === 'true'; });
    ruleBoxes.forEach(function (c) { rules[c.getAttribute('data-filter-rule')] = c.checked; });
    var only = onlyBox && onlyBox.checked;
    var visibleFacts = {};
    var total = 0, visible = 0;
    $$('.pair').forEach(function (pair) {
      var n = 0;
      $$('.finding', pair).forEach(function (f) {
        var show = sev[f.getAttribute('data-severity')] !== false && rules[f.getAttribute('data-rule')] !== false;
        f.hidden = !show;
        if (show) {
          n++;
          (f.getAttribute('data-facts') || '').split(' ').forEach(function (id) { if (id) visibleFacts[id] = true; });
        }
      });
      var blockFindings = $$('.finding', pair).some(function (f) { return !f.hidden && !f.hasAttribute('data-facts'); });
      $$('.block[data-flag]', pair).forEach(function (b) { b.classList.toggle('flag-off', !blockFindings); });
      pair.hidden = !!only && n === 0;
      pair.classList.toggle('has-findings', n > 0);
      if (pair.classList.contains('full')) { total++; if (!pair.hidden) visible++; }
    });
    $$('mark.fact[data-flag]').forEach(function (m) {
      m.classList.toggle('flag-off', !visibleFacts[m.getAttribute('data-fact')]);
    });
    if (shown) shown.textContent = visible + ' of ' + total + ' pairs shown';
  }
  sevButtons.forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  ruleBoxes.forEach(function (c) { c.addEventListener('change', apply); });
  if (onlyBox) onlyBox.addEventListener('change', apply);
  function light(mark, on) {
    var id = mark.getAttribute('data-counterpart');
    mark.classList.toggle('lit', on);
    if (!id) return;
    var section = mark.closest('.file') || document;
    $$('mark.fact[data-fact="' + id + '"]', section).forEach(function (m) { m.classList.toggle('lit', on); });
  }
  ['mouseover', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (e) { var m = e.target.closest && e.target.closest('mark.fact'); if (m) light(m, true); });
  });
  ['mouseout', 'focusout'].forEach(function (type) {
    document.addEventListener(type, function (e) { var m = e.target.closest && e.target.closest('mark.fact'); if (m) light(m, false); });
  });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    if (e.key !== 'j' && e.key !== 'k') return;
    var pairs = $$('.pair.has-findings').filter(function (p) { return !p.hidden; });
    if (!pairs.length) return;
    var current = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.pair') : null;
    var i = pairs.indexOf(current);
    var next = e.key === 'j' ? pairs[Math.min(pairs.length - 1, i + 1)] : pairs[Math.max(0, i < 0 ? 0 : i - 1)];
    if (next) { next.focus(); next.scrollIntoView({ block: 'start', behavior: 'smooth' }); e.preventDefault(); }
  });
  apply();
})();
`;
