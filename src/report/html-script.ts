/**
 * The page's script, hand-written plain JS (it runs in the browser, not through tsc). It reads the
 * claim data from the JSON script element and builds the panel with DOM calls and textContent only —
 * never innerHTML — so no string from a ledger is parsed as markup. Links get an href only for http(s).
 */
export const SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('claimcheck-data').textContent);
  var byId = {};
  data.claims.forEach(function (c) { byId[c.id] = c; });
  var panel = document.getElementById('panel');
  var current = null;

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') node.textContent = props[k];
      else if (k === 'className') node.className = props[k];
      else node.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (ch) { if (ch) node.appendChild(typeof ch === 'string' ? document.createTextNode(ch) : ch); });
    return node;
  }
  function link(url, label) {
    if (/^https?:\\/\\/\\S+$/i.test(url)) return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: label || url });
    return el('span', { text: (label ? label + ' ' : '') + '<' + url + '> (not a web link)' });
  }
  function row(dl, term, value) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', { text: term }));
    dl.appendChild(el('dd', { text: String(value) }));
  }
  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll('mark.claim'), function (m) { return m.getAttribute('data-id') === id; });
  }
  function select(id) {
    Array.prototype.forEach.call(document.querySelectorAll('mark.claim.selected'), function (m) { m.classList.remove('selected'); });
    Array.prototype.forEach.call(document.querySelectorAll('[aria-expanded="true"]'), function (m) { m.setAttribute('aria-expanded', 'false'); });
    current = id;
    if (!id) return;
    marksOf(id).forEach(function (m) { m.classList.add('selected'); if (m.hasAttribute('tabindex')) m.setAttribute('aria-expanded', 'true'); });
  }
  function showHint() {
    select(null);
    panel.className = 'panel';
    panel.replaceChildren(
      el('h2', { id: 'panel-title', text: 'Claim details' }),
      el('p', { className: 'hint', text: 'Select a highlighted claim: click it, or Tab to it and press Enter.' }));
  }
  function open(id) {
    var c = byId[id];
    if (!c) return;
    select(id);
    panel.className = 'panel s-' + c.status;
    var close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close claim details', text: '×' });
    close.addEventListener('click', function () { var back = marksOf(id)[0]; showHint(); if (back) back.focus(); });
    var dl = el('dl');
    row(dl, 'Status', c.status + (c.stale ? ' (stale)' : ''));
    row(dl, 'Origin', c.origin === 'reviewer' ? 'reviewer' + (c.reviewer ? ' ' + c.reviewer : '') : 'auto');
    row(dl, 'Reviewed', c.reviewedAt);
    row(dl, 'Section', c.section.join(' › '));
    row(dl, 'Position', 'line ' + c.line + ', column ' + c.column);
    row(dl, 'Kind', c.kind + (c.checkworthy ? '' : ' (not checkworthy)'));
    row(dl, 'Id', c.id);
    var parts = [close,
      el('h2', { id: 'panel-title' }, [el('span', { className: 'badge', 'data-role': 'status', text: c.status })]),
      el('p', { 'data-role': 'claim-text', text: c.text })];
    if (c.quote !== c.text) parts.push(el('blockquote', { text: c.quote }));
    parts.push(dl);
    if (c.note) parts.push(el('h3', { text: 'Reviewer note' }), el('p', { 'data-role': 'note', text: c.note }));
    parts.push(el('h3', { text: 'Evidence (' + c.evidence.length + ')' }));
    parts.push(c.evidence.length === 0 ? el('p', { className: 'sub', text: 'No evidence recorded.' })
      : el('ul', { 'data-role': 'evidence' }, c.evidence.map(function (e) {
          return el('li', {}, [link(e.url, e.title), el('div', { className: 'sub', text: e.stance + ' · ' + e.source + (e.matched && e.matched.length ? ' · matched: ' + e.matched.join(', ') : '') })]);
        })));
    parts.push(el('h3', { text: 'Findings (' + c.findings.length + ')' }));
    parts.push(c.findings.length === 0 ? el('p', { className: 'sub', text: 'No findings.' })
      : el('ul', { 'data-role': 'findings' }, c.findings.map(function (f) {
          return el('li', {}, [el('span', { text: f.message }), el('div', { className: 'sub', text: f.severity + ' · ' + f.checker + ' · ' + f.messageId })]);
        })));
    panel.replaceChildren.apply(panel, parts);
  }
  function activate(target) {
    var mark = target.closest ? target.closest('mark.claim, button[data-id]') : null;
    if (!mark) return false;
    var id = mark.getAttribute('data-id');
    if (document.body.classList.contains('hide-' + byId[id].status)) return false;
    open(id);
    return true;
  }
  document.addEventListener('click', function (ev) { if (activate(ev.target)) ev.stopPropagation(); });
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if ((ev.key === 'Enter' || ev.key === ' ') && t.matches && t.matches('mark.claim[tabindex]')) {
      ev.preventDefault();
      activate(t);
    } else if (ev.key === 'Escape' && current) {
      var back = marksOf(current)[0];
      showHint();
      if (back) back.focus();
    }
  });
  // Filters: hiding a status removes its highlight, its tab stops and its list entries.
  Array.prototype.forEach.call(document.querySelectorAll('input[data-filter]'), function (box) {
    box.addEventListener('change', function () {
      var status = box.getAttribute('data-filter');
      document.body.classList.toggle('hide-' + status, !box.checked);
      Array.prototype.forEach.call(document.querySelectorAll('mark.claim[tabindex][data-status="' + status + '"]'), function (m) {
        m.setAttribute('tabindex', box.checked ? '0' : '-1');
      });
      if (current && byId[current].status === status && !box.checked) showHint();
    });
  });
  // The decision panel names its pages with data-link; they become links here, http(s) only, like the evidence links.
  Array.prototype.forEach.call(document.querySelectorAll('[data-link]'), function (node) {
    node.replaceWith(link(node.getAttribute('data-link'), node.textContent));
  });
  showHint();
})();`;
