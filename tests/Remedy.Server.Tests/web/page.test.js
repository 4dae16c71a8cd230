// The page of `remedy serve` in headless Chromium, against the real server process and real files:
// a supervised playbook waits for approval, a person approves (or denies) it through the page, and the run
// proceeds (or stops) on disk, on the page and in `remedy history`; wrong tokens and refusals show the server's
// reasons; the kill switch is engaged and released; axe-core checks WCAG 2.1 A/AA; a broken reload and a dead
// server are shown. Prints "PASS name" / "FAIL name" per scenario and ends with "N passed, N failed".
// REMEDY_SCREENSHOT=<file.png> also saves a screenshot of the page with two pending approvals (for the docs).
// Chrome logs every 4xx answer as a console error: those are expected here (the scenarios cause them on purpose).
'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const { Workspace, Server, cli, launchBrowser, eventually } = require('./remedy');

const playbooks = [
  { name: 'clean_app_logs', alert: 'AppLogsFull', folder: 'app-logs', logs: ['api.log', 'worker.log', 'scheduler.log'] },
  { name: 'clean_batch_logs', alert: 'BatchLogsFull', folder: 'batch-logs', logs: ['nightly.log', 'import.log'] },
  { name: 'clean_cache_logs', alert: 'CacheLogsFull', folder: 'cache-logs', logs: ['hits.log', 'evictions.log'] },
  { name: 'clean_proxy_logs', alert: 'ProxyLogsFull', folder: 'proxy-logs', logs: ['access.log'] },
];

const scenarios = [];
const scenario = (name, body) => scenarios.push({ name, body });

/** Opens the page, refreshing every 500 ms, with the console errors collected. */
async function openPage(env) {
  const page = await env.browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`); });
  await page.goto(`${env.server.url}/?refresh=500`);
  await page.getByRole('heading', { name: 'Pending approvals' }).waitFor();
  page.problems = problems;
  return page;
}

/** The card of the pending approval of <playbook>, once the page shows it. */
async function approvalCard(page, playbook) {
  const card = page.getByRole('article', { name: `${playbook} · step trash` });
  await card.waitFor({ timeout: 30000 });
  return card;
}

/** axe-core's WCAG 2.1 A and AA violations of the page as it is now, one line each. */
async function accessibilityViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function pendingApproval(server, playbook) {
  return eventually(`an approval pending for ${playbook}`, async () =>
    (await server.json('/api/v1/approvals')).find((a) => a.playbook === playbook));
}

scenario('the page shows a pending approval with its plan, and approving it through the page lets the run act', async (env) => {
  const { server, workspace } = env;
  const p = playbooks[0];
  await server.postAlert(p.alert, { severity: 'warning' });
  const approval = await pendingApproval(server, p.name);
  const page = await openPage(env);

  const card = await approvalCard(page, p.name);
  // The plan: the targets are the three logs, the step and its action, the rollback, the blast radius.
  const targets = await card.locator('.plan-targets li').allInnerTexts();
  assert.equal(targets.length, p.logs.length, `one target per log: ${targets.join(' | ')}`);
  for (const log of p.logs) assert.ok(targets.some((t) => t.includes(log)), `target ${log} is listed: ${targets.join(' | ')}`);
  const steps = await card.locator('.plan-steps').innerText();
  assert.match(steps, /trash/);
  assert.match(steps, /mutating/);
  assert.match(steps, /move_to_trash/);
  assert.match(await card.locator('.plan-rollbacks').innerText(), /restore/);
  assert.match(await card.locator('.plan-blast').innerText(), /Max targets\s*5/);
  assert.match(await card.locator('.approval-meta').innerText(), new RegExp(approval.runId));
  assert.deepEqual(workspace.files(p.folder), [...p.logs].sort(), 'nothing is trashed before the approval');

  // Approve: the page asks for the token once, then sends the decision with it.
  await card.getByLabel('Reason').fill('logs are rotated elsewhere; safe to trash');
  await card.getByRole('button', { name: `Approve ${p.name} step trash` }).click();
  const dialog = page.getByRole('dialog', { name: 'Bearer token' });
  await dialog.waitFor();
  await dialog.getByLabel('Token').fill(workspace.tokens.alice);
  await dialog.getByRole('button', { name: 'Use token' }).click();

  const notice = page.locator('#notice');
  await notice.filter({ hasText: p.name }).waitFor({ timeout: 15000 });
  // The server's answer: the approver is the token's identity, not a name the page sent; the reason is kept.
  assert.match(await notice.innerText(), /alice approved step 'trash' of run .*: logs are rotated elsewhere; safe to trash/);
  await card.waitFor({ state: 'detached', timeout: 15000 });

  // The run proceeds: the files provider moved every log to the trash.
  await eventually('the logs moved to the trash', () => workspace.files(p.folder).length === 0);
  const trashed = workspace.files('trash');
  for (const log of p.logs) assert.ok(trashed.some((f) => f.endsWith(log)), `${log} is in the trash (${trashed.join(', ')})`);

  // The page lists the finished run, its outcome and time to recover, and says a human acted.
  const row = page.locator(`#runs-body tr[data-run-id="${approval.runId}"]`);
  await eventually('the run finished on the page', async () => /succeeded/i.test(await row.innerText()), 20000);
  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells[1], p.name);
  assert.match(cells[4], /succeeded/i);
  assert.equal(cells[7], 'yes');

  // And in remedy history, read from the server's state file.
  const history = await cli(workspace.dir, 'history', '--state', workspace.state);
  assert.equal(history.code, 0, history.stderr);
  const line = history.stdout.split('\n').find((l) => l.startsWith(approval.runId));
  assert.ok(line, `remedy history lists run ${approval.runId}:\n${history.stdout}`);
  assert.match(line, new RegExp(`${p.name}.*Succeeded`));

  assert.deepEqual(page.problems, []);
  await page.close();
});

scenario('a wrong token is refused with the server\'s message, and denying through the page stops the run', async (env) => {
  const { server, workspace } = env;
  const p = playbooks[1];
  await server.postAlert(p.alert);
  const approval = await pendingApproval(server, p.name);
  const page = await openPage(env); // a new tab: no token yet

  const card = await approvalCard(page, p.name);
  await card.getByLabel('Reason').fill('batch jobs still read these logs');
  await card.getByRole('button', { name: `Deny ${p.name} step trash` }).click();
  const dialog = page.getByRole('dialog', { name: 'Bearer token' });
  await dialog.getByLabel('Token').fill('not-a-real-token');
  await dialog.getByRole('button', { name: 'Use token' }).click();

  // The server answers 401: the page forgets the token, shows why and asks again.
  const error = dialog.getByRole('alert');
  await eventually('the refusal shown in the token dialog', async () => /401/.test(await error.innerText()), 10000);
  assert.match(await error.innerText(), /refused the token/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('remedy.token')), null);
  assert.equal((await server.json('/api/v1/approvals')).some((a) => a.id === approval.id), true, 'still pending after the refused token');

  await dialog.getByLabel('Token').fill(workspace.tokens.bob);
  await dialog.getByRole('button', { name: 'Use token' }).click();
  await page.locator('#notice').filter({ hasText: /bob denied step 'trash'.*batch jobs still read these logs/ }).waitFor({ timeout: 15000 });
  await card.waitFor({ state: 'detached', timeout: 15000 });

  // Denied: nothing was trashed, and the run ended refused.
  const row = page.locator(`#runs-body tr[data-run-id="${approval.runId}"]`);
  await eventually('the denied run finished on the page', async () => /refused|denied/i.test(await row.locator('td').nth(4).innerText()), 20000);
  assert.deepEqual(workspace.files(p.folder), [...p.logs].sort(), 'a denied run trashes nothing');
  const history = await cli(workspace.dir, 'history', '--state', workspace.state);
  const line = history.stdout.split('\n').find((l) => l.startsWith(approval.runId));
  assert.ok(line, `remedy history lists run ${approval.runId}:\n${history.stdout}`);
  assert.match(line, /Refused/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

scenario('the kill switch is engaged and released from the page, with the reason and who did it', async (env) => {
  const { server, workspace } = env;
  const page = await openPage(env);
  const state = page.locator('#killswitch-state');
  await eventually('the kill switch state shown', async () => (await state.innerText()) === 'released');

  // No token in this tab: the prompt opens; Escape drops the action, nothing is sent.
  await page.locator('#killswitch-form').getByLabel('Reason').fill('freeze during the database migration');
  await page.getByRole('button', { name: 'Engage kill switch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bearer token' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await server.json('/api/v1/killswitch')).engaged, false, 'Escape sent nothing');

  await page.getByRole('button', { name: 'Engage kill switch' }).click();
  await dialog.getByLabel('Token').fill(workspace.tokens.alice);
  await page.keyboard.press('Enter');
  await eventually('the page shows the kill switch engaged', async () => (await state.innerText()) === 'engaged');
  const engaged = await server.json('/api/v1/killswitch');
  assert.equal(engaged.engaged, true);
  assert.equal(engaged.by, 'alice');
  assert.equal(engaged.reason, 'freeze during the database migration');
  assert.match(await page.locator('#killswitch-detail').innerText(), /alice.*freeze during the database migration/);
  assert.deepEqual(await accessibilityViolations(page), [], 'the engaged look keeps its contrast');

  await page.getByRole('button', { name: 'Release kill switch' }).click();
  await eventually('the page shows the kill switch released', async () => (await state.innerText()) === 'released');
  assert.equal((await server.json('/api/v1/killswitch')).engaged, false);
  assert.deepEqual(page.problems, []);
  await page.close();
});

scenario('each playbook\'s autonomy and its success rate with the Wilson interval are shown', async (env) => {
  const page = await openPage(env);
  const api = await env.server.json('/api/v1/playbooks');
  for (const p of playbooks) {
    const row = page.locator(`#playbooks-body tr[data-playbook="${p.name}"]`);
    await row.waitFor();
    const fromApi = api.find((x) => x.name === p.name);
    assert.ok(fromApi, `${p.name} is listed by the API`);
    const cells = await row.locator('th, td').allInnerTexts();
    assert.match(cells[1], new RegExp(fromApi.effectiveAutonomy));
    assert.equal(cells[2], String(fromApi.runs));
    if (fromApi.runs > 0) {
      assert.match(cells[3], /\d+(\.\d)?% \(\d+(\.\d)?%–\d+(\.\d)?%\)/);
      const bar = row.getByRole('img');
      assert.match(await bar.getAttribute('aria-label'), /95% interval/);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

scenario('several pending approvals are listed oldest first, a reason being typed survives the refreshes, and axe finds no WCAG violation', async (env) => {
  const { server } = env;
  const [cache, proxy] = playbooks.slice(2);
  await server.postAlert(cache.alert);
  await pendingApproval(server, cache.name);
  await server.postAlert(proxy.alert);
  await pendingApproval(server, proxy.name);
  const page = await openPage(env);
  await approvalCard(page, proxy.name);
  const titles = await page.locator('#approvals-list .approval-title').allInnerTexts();
  assert.deepEqual(titles, [`${cache.name} · step trash`, `${proxy.name} · step trash`]);
  assert.equal(await page.locator('#approvals-count').innerText(), '2');

  // Typing goes on across refreshes: the field keeps its text and the focus (the keyboard still types into it).
  const reason = (await approvalCard(page, cache.name)).getByLabel('Reason');
  await reason.click();
  await page.keyboard.type('checking with ');
  const refreshed = Number(await page.evaluate(() => document.body.dataset.refreshed));
  await eventually('two more refreshes', async () => Number(await page.evaluate(() => document.body.dataset.refreshed)) >= refreshed + 2, 10000);
  await page.keyboard.type('the cache team first');
  assert.equal(await reason.inputValue(), 'checking with the cache team first');

  if (process.env.REMEDY_SCREENSHOT) {
    await page.screenshot({ path: path.resolve(process.env.REMEDY_SCREENSHOT), fullPage: true });
  }

  // Accessibility (axe-core, WCAG 2.1 A and AA): the full page, then with the token prompt open.
  assert.deepEqual(await accessibilityViolations(page), []);
  await (await approvalCard(page, proxy.name)).getByRole('button', { name: `Approve ${proxy.name} step trash` }).click();
  const dialog = page.getByRole('dialog', { name: 'Bearer token' });
  await dialog.waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await env.server.json('/api/v1/approvals')).length, 2, 'a cancelled prompt sends nothing');

  // A refusal that is not about the token is shown on the card with the server's reason, and the token is kept.
  await page.evaluate((t) => sessionStorage.setItem('remedy.token', t), env.workspace.tokens.alertmanager);
  const proxyCard = await approvalCard(page, proxy.name);
  await proxyCard.getByRole('button', { name: `Approve ${proxy.name} step trash` }).click();
  const message = proxyCard.locator('.message');
  await eventually('the refusal on the card', async () => /HTTP 403/.test(await message.innerText()), 10000);
  assert.match(await message.innerText(), /Could not approve clean_proxy_logs: HTTP 403 Forbidden: alertmanager requested run .* and cannot approve it/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('remedy.token')), env.workspace.tokens.alertmanager);
  assert.equal((await env.server.json('/api/v1/approvals')).length, 2, 'still pending');
  assert.deepEqual(page.problems, []);
  await page.close();
});

scenario('a broken edit of the playbooks is shown with its diagnostics while the previous set keeps running', async (env) => {
  const { workspace } = env;
  const page = await openPage(env);
  const warning = page.locator('#reload-error');
  assert.equal(await warning.isVisible(), false);
  const broken = workspace.write('playbooks/broken.remedy', 'module broken\n\nplaybook half_written {\n    trigger alert\n');
  await warning.waitFor({ state: 'visible', timeout: 30000 });
  assert.match(await warning.innerText(), /did not load/);
  assert.match(await page.locator('#reload-error-diagnostics').innerText(), /broken\.remedy/);
  assert.equal(await page.locator('#playbooks-body tr').count(), playbooks.length, 'the previous set is still listed');

  require('node:fs').rmSync(broken);
  await warning.waitFor({ state: 'hidden', timeout: 30000 });
  assert.deepEqual(page.problems, []);
  await page.close();
});

scenario('when the server dies the page says so and keeps the last data it had', async (env) => {
  const page = await openPage(env);
  await page.locator('#runs-body tr').first().waitFor();
  const rows = await page.locator('#runs-body tr').count();
  await env.server.stop('SIGKILL');
  const banner = page.locator('#page-error');
  await banner.waitFor({ state: 'visible', timeout: 15000 });
  assert.match(await banner.innerText(), /Recent runs: the server does not answer/);
  assert.equal(await page.locator('#runs-body tr').count(), rows);
  await page.close();
});

async function main() {
  let passed = 0;
  let failed = 0;
  const env = {};
  try {
    env.workspace = new Workspace(playbooks);
    env.server = await Server.start(env.workspace);
    env.browser = await launchBrowser();
  } catch (e) {
    console.log(`FAIL setup: ${e.stack || e.message}`);
    failed = scenarios.length;
  }
  if (!failed) {
    for (const s of scenarios) {
      const started = Date.now();
      try {
        await s.body(env);
        passed++;
        console.log(`PASS ${s.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${s.name}\n${e.stack || e.message}\n--- remedy serve output (tail) ---\n${env.server.output.slice(-4000)}`);
      }
    }
  }
  if (env.browser) await env.browser.close();
  if (env.server) await env.server.stop();
  if (env.workspace) env.workspace.dispose();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main();
