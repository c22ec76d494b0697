/**
 * The page's script, hand-written plain JS (it runs in the browser, not through tsc). Every claim's details
 * are already in the page (server-rendered in the claim list, readable without JavaScript); the script only
 * moves a copy of them into the panel — a side panel on wide screens, a bottom sheet on phones — and adds
 * keyboard navigation and the status filters. It never parses a string as markup.
 */
export const SCRIPT = `(function () {
  'use strict';
  var panel = document.getElementById('panel');
  var current = null;
  var all = Array.prototype.slice.call(document.querySelectorAll('#article mark.claim[tabindex]'));
  document.body.classList.add('js');
  panel.hidden = false;

  function el(tag, props, text) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) { if (k === 'className') node.className = props[k]; else node.setAttribute(k, props[k]); });
    if (text) node.textContent = text;
    return node;
  }
  function link(url, label) {
    if (/^https?:\\/\\/\\S+$/i.test(url)) { var a = el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label || url); return a; }
    return el('span', {}, (label ? label + ' ' : '') + '<' + url + '> (not a web link)');
  }
  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll('mark.claim'), function (m) { return m.getAttribute('data-id') === id; });
  }
  function firstMark(id) { return all.filter(function (m) { return m.getAttribute('data-id') === id; })[0] || null; }
  function hidden(status) { return document.body.classList.contains('hide-' + status); }
  function visible() { return all.filter(function (m) { return !hidden(m.getAttribute('data-status')); }); }
  function isSheet() { return window.matchMedia('(max-width: 899px)').matches; }
  function select(id) {
    Array.prototype.forEach.call(document.querySelectorAll('mark.claim.selected'), function (m) { m.classList.remove('selected'); });
    all.forEach(function (m) { m.setAttribute('aria-expanded', 'false'); });
    current = id;
    if (!id) return;
    marksOf(id).forEach(function (m) { m.classList.add('selected'); if (m.hasAttribute('tabindex')) m.setAttribute('aria-expanded', 'true'); });
  }
  function showHint() {
    select(null);
    panel.className = 'panel';
    document.body.classList.remove('sheet-open');
    panel.replaceChildren(el('p', { className: 'hint' }, 'Select a highlighted claim to see its status, evidence and findings.'));
  }
  function button(label, cls, aria, onClick) {
    var b = el('button', { type: 'button', className: cls, 'aria-label': aria }, label);
    b.addEventListener('click', function (ev) { ev.stopPropagation(); onClick(); });
    return b;
  }
  function open(id) {
    var details = document.getElementById('d-' + id);
    if (!details) return;
    select(id);
    var list = visible();
    var at = list.indexOf(firstMark(id));
    var nav = el('div', { className: 'pnav' });
    nav.appendChild(button('‹ Previous', 'prev', 'Previous claim', function () { move(-1); }));
    nav.appendChild(el('span', { className: 'sub' }, at >= 0 ? 'Claim ' + (at + 1) + ' of ' + list.length : 'Claim'));
    nav.appendChild(button('Next ›', 'next', 'Next claim', function () { move(1); }));
    nav.appendChild(button('×', 'close', 'Close claim details', function () { var back = firstMark(id); showHint(); if (back) back.focus(); }));
    var copy = details.querySelector('.cbody').cloneNode(true);
    panel.className = 'panel open';
    panel.replaceChildren(nav, copy);
    panel.scrollTop = 0;
    document.body.classList.add('sheet-open');
    var mark = firstMark(id);
    if (mark && isSheet()) {
      // keep the claim in sight above the sheet
      var r = mark.getBoundingClientRect();
      var room = window.innerHeight - panel.getBoundingClientRect().height;
      if (r.top < 8 || r.bottom > room - 8) window.scrollBy(0, r.top - Math.max(8, (room - r.height) / 3));
    }
  }
  function move(delta) {
    var list = visible();
    if (list.length === 0) return;
    var at = current ? list.indexOf(firstMark(current)) : -1;
    var next = list[Math.min(list.length - 1, Math.max(0, at + delta))];
    next.focus({ preventScroll: isSheet() });
    if (!isSheet()) next.scrollIntoView({ block: 'nearest' });
    open(next.getAttribute('data-id'));
  }
  function activate(target) {
    var hit = target.closest ? target.closest('mark.claim, button[data-id]') : null;
    if (!hit) return false;
    var id = hit.getAttribute('data-id');
    var mark = firstMark(id);
    if (mark && hidden(mark.getAttribute('data-status'))) return false;
    open(id);
    return true;
  }
  document.addEventListener('click', function (ev) { if (activate(ev.target)) ev.stopPropagation(); });
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    var onClaim = t.matches && t.matches('mark.claim[tabindex]');
    var inPanel = panel.contains(t);
    if ((ev.key === 'Enter' || ev.key === ' ') && onClaim) { ev.preventDefault(); activate(t); }
    else if ((onClaim || inPanel || t === document.body) && (ev.key === 'ArrowDown' || ev.key === 'ArrowRight' || ev.key === 'j')) { ev.preventDefault(); move(1); }
    else if ((onClaim || inPanel || t === document.body) && (ev.key === 'ArrowUp' || ev.key === 'ArrowLeft' || ev.key === 'k')) { ev.preventDefault(); move(-1); }
    else if (ev.key === 'Escape' && current) { var back = firstMark(current); showHint(); if (back) back.focus(); }
  });
  // Filters: hiding a status removes its highlight, its tab stops and its list entries.
  Array.prototype.forEach.call(document.querySelectorAll('input[data-filter]'), function (box) {
    box.addEventListener('change', function () {
      var status = box.getAttribute('data-filter');
      document.body.classList.toggle('hide-' + status, !box.checked);
      all.forEach(function (m) { if (m.getAttribute('data-status') === status) m.setAttribute('tabindex', box.checked ? '0' : '-1'); });
      if (current && !box.checked && firstMark(current) && firstMark(current).getAttribute('data-status') === status) showHint();
    });
  });
  // The decision panel names its pages with data-link; they become links here, http(s) only, like the evidence links.
  Array.prototype.forEach.call(document.querySelectorAll('[data-link]'), function (node) {
    node.replaceWith(link(node.getAttribute('data-link'), node.textContent));
  });
  showHint();
})();`;
