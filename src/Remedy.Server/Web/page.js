// The page of `remedy serve`: polls the server's JSON API and renders it; approvals and the kill switch
// send the bearer token the user entered once (kept in sessionStorage, so it dies with the tab).
// Plain DOM and fetch, no framework and no build step: the server embeds this file as it is.
'use strict';

(() => {
  const TOKEN_KEY = 'remedy.token';
  const query = new URLSearchParams(window.location.search);
  // ?refresh=<ms> lets a test or a busy operator change the polling period (bounded: never a tight loop).
  const refreshMs = Math.min(Math.max(Number(query.get('refresh')) || 3000, 250), 60000);

  const $ = (id) => document.getElementById(id);
  const approvalCards = new Map();
  let killSwitchEngaged = null;
  let pendingTokenAction = null;
  let refreshTimer = null;

  // ---- formatting -------------------------------------------------------------------------------------------

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else node.setAttribute(key, value);
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** A readable one-line form of a value the API sends as a string, number, list or object. */
  function describe(value) {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return value.map(describe).join(', ');
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return entries.map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}`).join(' ');
  }

  function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
    const s = Math.max(0, Math.round(seconds));
    if (s < 60) return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60) return `${m} min ${s % 60} s`;
    const h = Math.floor(m / 60);
    return h < 48 ? `${h} h ${m % 60} min` : `${Math.floor(h / 24)} d ${h % 24} h`;
  }

  function parseTime(value) {
    if (!value) return null;
    const t = new Date(value);
    return Number.isNaN(t.getTime()) ? null : t;
  }

  function formatTime(value) {
    const t = parseTime(value);
    if (!t) return '—';
    const now = new Date();
    const sameDay = t.toDateString() === now.toDateString();
    return sameDay ? t.toLocaleTimeString() : t.toLocaleString();
  }

  function timeElement(value) {
    const t = parseTime(value);
    return t ? el('time', { datetime: t.toISOString(), title: t.toISOString(), text: formatTime(value) }) : el('span', { text: '—' });
  }

  function formatPercent(rate) {
    if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
    const p = rate * 100;
    // Never round 99.6% up to 100% (or 0.4% down to 0%): those say "always" and "never".
    return (p > 99 && p < 100) || (p > 0 && p < 1) ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
  }

  /** An API enum value (waiting_for_approval) as words. */
  function words(value) {
    return value === null || value === undefined ? '' : String(value).replaceAll('_', ' ');
  }

  function badge(text, kind) {
    return el('span', { class: `badge ${kind || ''}`.trim(), text });
  }

  function outcomeKind(value) {
    const v = String(value ?? '').toLowerCase();
    if (/(succeed|success|recovered|completed|approved)/.test(v)) return 'ok';
    if (/(fail|error|denied|refused|expired|rolled|escalat|timed)/.test(v)) return 'bad';
    if (/(pending|waiting|running|approval|queued)/.test(v)) return 'wait';
    return '';
  }

  // ---- API --------------------------------------------------------------------------------------------------

  /** The server's explanation of a failed request: its JSON error fields if it sent any, else the status line. */
  function errorText(status, statusText, body) {
    let detail = '';
    if (body && typeof body === 'object') {
      detail = body.error || body.message || body.detail || body.title || '';
      if (detail && body.location) detail += ` (at ${body.location})`;
      if (body.errors && typeof body.errors === 'object') {
        const more = Object.values(body.errors).flat().map(describe).join('; ');
        detail = detail ? `${detail}: ${more}` : more;
      }
    } else if (typeof body === 'string') {
      detail = body.trim();
    }
    const head = `HTTP ${status}${statusText ? ' ' + statusText : ''}`;
    return detail ? `${head}: ${detail}` : head;
  }

  async function api(path, options = {}) {
    const headers = { Accept: 'application/json' };
    let body;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let response;
    try {
      response = await fetch(path, { method: options.method || 'GET', headers, body, cache: 'no-store' });
    } catch (e) {
      return { ok: false, status: 0, error: `the server does not answer (${e.message})` };
    }
    const text = await response.text();
    let data = text;
    try { data = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text as the message */ }
    if (!response.ok) {
      return { ok: false, status: response.status, data, error: errorText(response.status, response.statusText, data) };
    }
    return { ok: true, status: response.status, data };
  }

  // ---- token ------------------------------------------------------------------------------------------------

  function token() {
    return window.sessionStorage.getItem(TOKEN_KEY);
  }

  function showTokenState() {
    const has = !!token();
    $('token-state').textContent = has ? 'Token entered for this tab.' : 'No token entered.';
    $('token-forget').hidden = !has;
  }

  /** Runs an action that needs the token, asking for it first when this tab has none. */
  function withToken(action, problem) {
    const current = token();
    if (current && !problem) {
      action(current);
      return;
    }
    pendingTokenAction = action;
    $('token-error').textContent = problem || '';
    $('token-input').value = '';
    const dialog = $('token-dialog');
    if (!dialog.open) dialog.showModal();
    $('token-input').focus();
  }

  /**
   * Sends a request that needs the token. A 401 means the token is wrong: it is forgotten and asked again, and the
   * request is retried with the new one.
   */
  function authorized(send, done) {
    const attempt = async (t) => {
      const result = await send(t);
      if (result.status === 401) {
        window.sessionStorage.removeItem(TOKEN_KEY);
        showTokenState();
        withToken(attempt, `The server refused the token: ${result.error}`);
        done(result, true);
        return;
      }
      done(result, false);
    };
    withToken(attempt);
  }

  // ---- approvals --------------------------------------------------------------------------------------------

  function approvalCard(approval) {
    const node = $('approval-template').content.firstElementChild.cloneNode(true);
    const headingId = `approval-${approval.id}-title`;
    const reasonId = `approval-${approval.id}-reason`;
    node.dataset.approvalId = approval.id;
    node.querySelector('article').setAttribute('aria-labelledby', headingId);
    const title = node.querySelector('.approval-title');
    title.id = headingId;
    title.textContent = `${approval.playbook} · step ${approval.step}`;
    node.querySelector('.reason-label').setAttribute('for', reasonId);
    node.querySelector('.reason').id = reasonId;
    node.querySelector('.approve').setAttribute('aria-label', `Approve ${approval.playbook} step ${approval.step}`);
    node.querySelector('.deny').setAttribute('aria-label', `Deny ${approval.playbook} step ${approval.step}`);

    const plan = approval.plan || {};
    // The version the run executes is no longer known: say so above the plan rather than show an empty one silently.
    if (plan.note) node.querySelector('.plan').before(el('p', { class: 'plan-note', role: 'note', text: plan.note }));
    const targets = node.querySelector('.plan-targets');
    for (const target of plan.targets || []) targets.append(el('li', { text: describe(target) }));
    if (!targets.children.length) targets.append(el('li', { class: 'muted', text: 'none declared' }));

    const steps = node.querySelector('.plan-steps');
    for (const step of plan.steps || []) {
      const waiting = step.name === approval.step;
      steps.append(el('li', waiting ? { class: 'waiting', 'aria-current': 'step' } : null,
        el('strong', { text: step.name }), ' ',
        badge(step.effect || 'unknown', step.effect === 'read_only' ? '' : step.effect === 'destructive' ? 'bad' : 'wait'),
        step.title ? el('span', { text: ` ${step.title}` }) : null,
        (step.actions || []).length ? el('span', { class: 'actions muted', text: `actions: ${step.actions.map(describe).join(', ')}` }) : null));
    }
    if (!steps.children.length) steps.append(el('li', { class: 'muted', text: 'none' }));

    const rollbacks = node.querySelector('.plan-rollbacks');
    for (const rollback of plan.rollbacks || []) {
      if (rollback && typeof rollback === 'object' && 'action' in rollback) {
        rollbacks.append(el('li', rollback.reversible === false ? { class: 'irreversible' } : null,
          el('code', { text: rollback.action }),
          rollback.reversible === false ? ' cannot be undone: ' : ' is undone by ',
          rollback.reversible === false ? el('span', { text: rollback.rollback }) : el('code', { text: rollback.rollback })));
      } else {
        rollbacks.append(el('li', { text: describe(rollback) }));
      }
    }
    if (!rollbacks.children.length) rollbacks.append(el('li', { class: 'muted', text: 'none: the plan has no reversible action' }));

    const blast = plan.blastRadius || {};
    if (!plan.blastRadius) node.querySelector('.plan-blast').before(el('p', { class: 'muted', text: 'none declared' }));
    facts(node.querySelector('.plan-blast'), plan.blastRadius === null ? [] : [
      ['Max targets', blast.maxTargets ?? '—'],
      ['Max percent', blast.maxPercent === null || blast.maxPercent === undefined ? '—' : formatPercent(blast.maxPercent)],
      ['Scope', describe(blast.scope)],
    ]);

    const form = node.querySelector('form.decision');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const decision = event.submitter && event.submitter.value === 'deny' ? 'deny' : 'approve';
      decide(approval, decision, node);
    });
    updateApprovalCard(node, approval);
    return node;
  }

  function facts(dl, pairs) {
    dl.replaceChildren();
    for (const [term, value] of pairs) {
      dl.append(el('dt', { text: term }), el('dd', null, value instanceof Node ? value : String(value)));
    }
  }

  function updateApprovalCard(node, approval) {
    const expires = parseTime(approval.expiresAt);
    const left = expires ? (expires.getTime() - Date.now()) / 1000 : null;
    node.querySelector('.approval-meta').textContent =
      `run ${approval.runId} · approval ${approval.id}`;
    node.querySelector('.approval-summary').textContent = approval.summary || '';
    const approvedBy = approval.approvedBy || [];
    facts(node.querySelector('.approval-facts'), [
      ['Requested by', approval.requestedBy || '—'],
      ['Requested', timeElement(approval.requestedAt)],
      ['Expires', left === null ? '—' : el('span', null, timeElement(approval.expiresAt), left > 0 ? ` (in ${formatDuration(left)})` : ' (expired)')],
      ['Approvals', `${approvedBy.length} of ${approval.required ?? 1}${approvedBy.length ? ': ' + approvedBy.join(', ') : ''}`],
    ]);
  }

  function renderApprovals(approvals) {
    const list = $('approvals-list');
    const seen = new Set();
    const ordered = [...approvals].sort((a, b) => String(a.requestedAt).localeCompare(String(b.requestedAt)));
    ordered.forEach((approval, index) => {
      seen.add(approval.id);
      let node = approvalCards.get(approval.id);
      if (node) {
        updateApprovalCard(node, approval);
      } else {
        node = approvalCard(approval);
        approvalCards.set(approval.id, node);
      }
      // Move a card only when it is out of place: moving takes the focus from a reason being typed.
      const here = list.children[index];
      if (here !== node) list.insertBefore(node, here || null);
    });
    for (const [id, node] of approvalCards) {
      if (!seen.has(id)) {
        node.remove();
        approvalCards.delete(id);
      }
    }
    $('approvals-count').textContent = String(approvals.length);
    $('approvals-empty').hidden = approvals.length > 0;
  }

  function decide(approval, decision, node) {
    const message = node.querySelector('.message');
    const buttons = node.querySelectorAll('button');
    const reason = node.querySelector('.reason').value.trim();
    message.className = 'message';
    message.textContent = '';
    authorized(
      (t) => {
        buttons.forEach((b) => { b.disabled = true; });
        message.textContent = decision === 'approve' ? 'Approving…' : 'Denying…';
        return api(`/api/v1/approvals/${encodeURIComponent(approval.id)}`, { method: 'POST', token: t, body: { decision, reason } });
      },
      (result, askingAgain) => {
        buttons.forEach((b) => { b.disabled = false; });
        if (askingAgain) {
          message.className = 'message error';
          message.textContent = 'The token was refused; enter another one to send the decision.';
          return;
        }
        if (!result.ok) {
          message.className = 'message error';
          message.textContent = `Could not ${decision} ${approval.playbook}: ${result.error}`;
          return;
        }
        const r = result.data || {};
        const text = r.message || `${decision === 'approve' ? 'Approved' : 'Denied'} (${r.status || 'done'})`;
        message.className = 'message ok';
        message.textContent = text;
        notice(`${approval.playbook} · step ${approval.step} (run ${approval.runId}): ${text}`);
        refresh();
      });
  }

  // ---- runs -------------------------------------------------------------------------------------------------

  function renderRuns(runs) {
    const body = $('runs-body');
    body.replaceChildren();
    for (const run of runs) {
      const outcome = run.outcome ?? null;
      body.append(el('tr', { 'data-run-id': run.runId },
        el('td', { class: 'nowrap' }, el('code', { class: 'run-id', text: run.runId })),
        el('td', { text: run.playbook }),
        el('td', { text: describe(run.alert) }),
        el('td', null, badge(words(run.status) || '—', outcomeKind(run.status))),
        el('td', null, outcome ? badge(words(outcome), outcomeKind(outcome)) : el('span', { class: 'muted', text: 'not finished' }),
          run.message ? el('span', { class: 'run-message muted', title: run.message, text: run.message }) : null),
        el('td', { class: 'nowrap' }, timeElement(run.startedAt)),
        el('td', { class: 'num nowrap', text: formatDuration(run.timeToRecoverSeconds) }),
        el('td', { text: run.humanActed ? 'yes' : 'no' })));
    }
    $('runs-table').hidden = runs.length === 0;
    $('runs-empty').hidden = runs.length > 0;
  }

  // ---- playbooks --------------------------------------------------------------------------------------------

  function intervalBar(rate, lower, upper) {
    const pct = (x) => `${Math.max(0, Math.min(1, x)) * 100}%`;
    const bar = el('span', {
      class: 'interval', role: 'img',
      'aria-label': `success rate ${formatPercent(rate)}, 95% interval ${formatPercent(lower)} to ${formatPercent(upper)}`,
    });
    const range = el('span', { class: 'interval-range' });
    range.style.left = pct(lower);
    range.style.width = `calc(${pct(upper)} - ${pct(lower)})`;
    const point = el('span', { class: 'interval-point' });
    point.style.left = pct(rate);
    bar.append(range, point);
    return bar;
  }

  function describePromotion(next) {
    if (next === null || next === undefined || next === '') return el('span', { class: 'muted', text: 'none' });
    return el('span', { text: describe(next) });
  }

  function renderPlaybooks(playbooks) {
    const body = $('playbooks-body');
    body.replaceChildren();
    for (const p of playbooks) {
      const autonomy = el('td', null, badge(p.effectiveAutonomy || '—', 'level'));
      if (p.declaredAutonomy && p.declaredAutonomy !== p.effectiveAutonomy) {
        autonomy.append(el('span', { class: 'declared muted', text: `declared ${p.declaredAutonomy}` }));
      }
      const hasRate = p.runs > 0 && Number.isFinite(p.successRate);
      const rate = el('td', null, hasRate
        ? el('span', { class: 'rate' },
          el('span', { text: `${formatPercent(p.successRate)} (${formatPercent(p.successLower)}–${formatPercent(p.successUpper)})` }),
          intervalBar(p.successRate, p.successLower ?? 0, p.successUpper ?? 1))
        : el('span', { class: 'muted', text: 'no finished run' }));
      body.append(el('tr', { 'data-playbook': p.name },
        el('th', { scope: 'row' }, el('span', { text: p.name }), p.file ? el('span', { class: 'file muted', text: p.file }) : null),
        autonomy,
        el('td', { class: 'num', text: String(p.runs ?? 0) }),
        rate,
        el('td', null, describePromotion(p.nextPromotion))));
    }
    $('playbooks-table').hidden = playbooks.length === 0;
    $('playbooks-empty').hidden = playbooks.length > 0;
  }

  // ---- server status (reload state, queue) ----------------------------------------------------------------

  function renderStatus(status) {
    const reload = status.reload || {};
    const line = $('reload-status');
    line.textContent = `${reload.playbooks ?? '?'} playbook(s) running, loaded at ${formatTime(reload.loadedAt)} (version ${reload.version ?? '?'}); their folder is watched and reloaded on change.`;
    line.hidden = false;
    const broken = reload.lastAttemptSucceeded === false;
    $('reload-error').hidden = !broken;
    if (broken) {
      $('reload-error-text').textContent = `The last edit (${formatTime(reload.lastAttemptAt)}) did not load; the set above keeps running until the playbooks compile again:`;
      $('reload-error-diagnostics').textContent = reload.error || '';
    }
    const server = $('server-status');
    const parts = [`queue ${status.queueDepth ?? 0}/${status.queueCapacity ?? '?'}`, `${status.runsInFlight ?? 0} run(s) in flight`];
    if (status.draining) parts.push('shutting down');
    server.textContent = parts.join(' · ');
    server.hidden = false;
  }

  // ---- kill switch ------------------------------------------------------------------------------------------

  function renderKillSwitch(state) {
    killSwitchEngaged = !!state.engaged;
    const stateBadge = $('killswitch-state');
    stateBadge.textContent = killSwitchEngaged ? 'engaged' : 'released';
    stateBadge.className = `badge ${killSwitchEngaged ? 'halt' : 'ok'}`;
    const detail = [];
    if (killSwitchEngaged) detail.push('every new mutation is refused');
    else detail.push('runs may act under their guards');
    if (state.by) detail.push(`by ${state.by}`);
    if (state.at) detail.push(`at ${formatTime(state.at)}`);
    if (state.reason) detail.push(`reason: ${state.reason}`);
    $('killswitch-detail').textContent = detail.join(' · ');
    const toggle = $('killswitch-toggle');
    toggle.textContent = killSwitchEngaged ? 'Release kill switch' : 'Engage kill switch';
    toggle.className = killSwitchEngaged ? 'approve' : 'danger';
    document.body.classList.toggle('halted', killSwitchEngaged);
  }

  function toggleKillSwitch(event) {
    event.preventDefault();
    if (killSwitchEngaged === null) return;
    const engaged = !killSwitchEngaged;
    const reason = $('killswitch-reason').value.trim();
    const message = $('killswitch-message');
    const toggle = $('killswitch-toggle');
    message.className = 'message';
    message.textContent = '';
    authorized(
      (t) => {
        toggle.disabled = true;
        message.textContent = engaged ? 'Engaging…' : 'Releasing…';
        return api('/api/v1/killswitch', { method: 'POST', token: t, body: { engaged, reason } });
      },
      (result, askingAgain) => {
        toggle.disabled = false;
        if (askingAgain) {
          message.className = 'message error';
          message.textContent = 'The token was refused; enter another one.';
          return;
        }
        if (!result.ok) {
          message.className = 'message error';
          message.textContent = `Could not ${engaged ? 'engage' : 'release'} the kill switch: ${result.error}`;
          return;
        }
        message.className = 'message ok';
        message.textContent = engaged ? 'Kill switch engaged.' : 'Kill switch released.';
        $('killswitch-reason').value = '';
        if (result.data && typeof result.data === 'object' && 'engaged' in result.data) renderKillSwitch(result.data);
        refresh();
      });
  }

  // ---- refresh loop -----------------------------------------------------------------------------------------

  let noticeTimer = null;

  /** Says what a decision did, at the top of the page: its card may vanish at the next refresh. */
  function notice(text) {
    const banner = $('notice');
    banner.textContent = text;
    banner.hidden = false;
    window.clearTimeout(noticeTimer);
    noticeTimer = window.setTimeout(() => { banner.hidden = true; }, 20000);
  }

  async function refresh() {
    window.clearTimeout(refreshTimer);
    const [approvals, runs, playbooks, killswitch, status] = await Promise.all([
      api('/api/v1/approvals'),
      api('/api/v1/runs?limit=50'),
      api('/api/v1/playbooks'),
      api('/api/v1/killswitch'),
      api('/api/v1/status'),
    ]);
    const problems = [];
    const apply = (name, result, render) => {
      if (result.ok) {
        try {
          render(result.data ?? []);
        } catch (e) {
          problems.push(`${name}: the server's answer could not be shown (${e.message})`);
        }
      } else {
        problems.push(`${name}: ${result.error}`);
      }
    };
    apply('Pending approvals', approvals, renderApprovals);
    apply('Recent runs', runs, renderRuns);
    apply('Playbooks', playbooks, renderPlaybooks);
    apply('Kill switch', killswitch, renderKillSwitch);
    // The status is extra information: a server without /api/v1/status (404) just shows less.
    if (status.status !== 404) apply('Server status', status, renderStatus);

    const banner = $('page-error');
    if (problems.length) {
      banner.replaceChildren(el('strong', { text: 'Could not refresh part of the page.' }), el('ul', null, ...problems.map((p) => el('li', { text: p }))));
      banner.hidden = false;
    } else {
      banner.hidden = true;
      banner.replaceChildren();
    }
    $('refresh-status').textContent = `Updated ${new Date().toLocaleTimeString()} · every ${refreshMs / 1000} s`;
    document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
    refreshTimer = window.setTimeout(refresh, refreshMs);
  }

  // ---- wiring -----------------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    $('killswitch-form').addEventListener('submit', toggleKillSwitch);
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const value = $('token-input').value.trim();
      if (!value) {
        $('token-error').textContent = 'Enter a token.';
        return;
      }
      window.sessionStorage.setItem(TOKEN_KEY, value);
      showTokenState();
      $('token-dialog').close();
      const action = pendingTokenAction;
      pendingTokenAction = null;
      if (action) action(value);
    });
    $('token-cancel').addEventListener('click', () => {
      pendingTokenAction = null;
      $('token-dialog').close();
    });
    // Escape closes a modal dialog without a click: the action waiting for the token is dropped the same way.
    $('token-dialog').addEventListener('cancel', () => { pendingTokenAction = null; });
    $('token-forget').addEventListener('click', () => {
      window.sessionStorage.removeItem(TOKEN_KEY);
      showTokenState();
    });
    showTokenState();
    refresh();
  });
})();
