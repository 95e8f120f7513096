import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsPhoneWidth, launchBrowser, screenshotBothSizes, signInAsAdmin, viewports } from '../src/browser.js';
import { adminSessionToken, connectFortnox, startStack, type Stack } from '../src/stack.js';

let stack: Stack;
let browser: Browser;
let page: Page;
let connectionId: string;
const consoleErrors: string[] = [];

async function seedCustomer(input: Record<string, unknown>): Promise<void> {
  const res = await stack.gql<{ upsertCustomer: { errors: unknown[] } }>(
    `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { errors { message } } }`,
    { input },
    stack.seedKey,
  );
  expect(res.data?.upsertCustomer.errors).toEqual([]);
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const context = await browser.newContext({ viewport: viewports.desktop });
  page = await context.newPage();
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  // the Fortnox demo company holds customers 1-5; ours overlap with 1 and 2 (by organisation
  // number and a near-equal name) and add one it does not have
  const token = await adminSessionToken(stack);
  connectionId = await connectFortnox(stack, token);
  await seedCustomer({ number: '7001', name: 'Byggmästarn i Solna', organizationNumber: '556712-3456' });
  await seedCustomer({ number: '7002', name: 'Nordvik Fastigheter', organizationNumber: '556234-5678' });
  await seedCustomer({ number: '7009', name: 'Helt Ny Kund AB', organizationNumber: '559000-0001' });

  await signInAsAdmin(page, stack);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('go-live screens in a real browser against the Fortnox sandbox (issue #6)', () => {
  it('should show similarity scores, link records in bulk by keyboard and remember the links after a reload (SE-FX-09, SE-FX-10, X-10)', async () => {
    // from the connection's row on the landing page, straight to its comparison
    await page.getByRole('link', { name: 'Go-live comparison for Fortnox AB' }).click();
    expect(new URL(page.url()).searchParams.get('connection')).toBe(connectionId);
    const nordvik = page.getByRole('row', { name: /Nordvik Fastigheter AB/ });
    const solna = page.getByRole('row', { name: /Byggmästarn i Solna AB/ });
    await nordvik.waitFor();
    // near-equal names with the same organisation number: predicted links, with their score shown
    for (const row of [nordvik, solna]) {
      expect(Number(/(\d+) %/.exec((await row.locator('.score').textContent()) ?? '')?.[1])).toBeGreaterThanOrEqual(80);
      expect(await row.getByTestId('row-action').textContent()).toBe('LINK');
      expect(await row.getByText('predicted').count()).toBe(1);
    }
    const newOne = page.getByRole('row', { name: /Helt Ny Kund AB/ });
    expect(await newOne.getByTestId('row-action').textContent()).toBe('CREATE');
    expect(await fitsPhoneWidth(page)).toBe(true);
    await screenshotBothSizes(page, 'register-comparison');

    // keyboard only: focus each checkbox and tick it with the space bar
    for (const row of [nordvik, solna]) {
      await row.getByRole('checkbox').focus();
      await page.keyboard.press('Space');
      expect(await row.getByRole('checkbox').isChecked()).toBe(true);
    }
    await page.getByLabel('Decision for the selected rows').selectOption('LINK');
    await page.getByRole('button', { name: 'Apply to 2 selected' }).click();
    await page.getByText('2 decisions saved.').waitFor();

    await page.reload();
    await nordvik.waitFor();
    await expect.poll(() => nordvik.getByTestId('row-action').textContent()).toBe('Linked');
    expect(await solna.getByTestId('row-action').textContent()).toBe('Linked');
    expect(await nordvik.getByRole('checkbox').isDisabled()).toBe(true);
    const report = await stack.gql<{ registerComparison: { rows: { isLinked: boolean; ours: { number: string } | null; theirs: { id: string } | null }[] } }>(
      `query ($c: ID!) { registerComparison(connectionId: $c, register: CUSTOMERS, first: 50) { rows { isLinked ours { number } theirs { id } } } }`,
      { c: connectionId },
      stack.seedKey,
    );
    const linked = report.data?.registerComparison.rows.filter((r) => r.isLinked).map((r) => [r.ours?.number, r.theirs?.id]);
    expect(linked).toEqual(expect.arrayContaining([['7001', '1'], ['7002', '2']]));
    expect(linked).toHaveLength(2);
  });

  it('should start the initial sync from the comparison screen and follow it to the end (X-11, SE-VN-60)', async () => {
    await page.getByRole('button', { name: 'Start initial sync' }).click();
    const progress = page.getByTestId('initial-sync-progress');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/: (succeeded|partial|failed) ·/);
    const state = await stack.gql<{ initialSync: { run: { status: string; counts: { transferred: number; updated: number; skipped: number; failed: number } }; errors: { id: string }[] } }>(
      `query ($c: ID!) { initialSync(connectionId: $c) { run { status counts { transferred updated skipped failed } } errors { id } } }`,
      { c: connectionId },
      stack.seedKey,
    );
    const sync = state.data?.initialSync;
    expect(sync).toBeTruthy();
    const { transferred, updated, skipped, failed } = sync!.run.counts;
    // the screen shows the run as the API has it; the linked customers went out as updates
    expect(await progress.textContent()).toContain(`${sync!.run.status.toLowerCase()} · ${transferred} transferred, ${updated} updated, ${skipped} skipped, ${failed} failed`);
    expect(updated).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.sync-errors li').count()).toBe(sync!.errors.length);
    // the comparison is read again when the run ends: our new customer now has its ERP record beside it
    const created = page.getByRole('row', { name: /7009 Helt Ny Kund AB/ });
    await expect.poll(() => created.getByTestId('row-action').textContent()).toBe('Linked');
    // once used, the start button is gone or refused by the API (RB-06); a run that changed records used it up
    await page.getByRole('button', { name: 'Start initial sync' }).click();
    await page.getByRole('alert').filter({ hasText: /already/i }).waitFor();
    expect(await fitsPhoneWidth(page)).toBe(true);
    await screenshotBothSizes(page, 'register-comparison-initial-sync');
  });

  it('should change a mapping row and show the preview change on a real record before and after saving (X-13, X-14)', async () => {
    await page.getByRole('link', { name: 'Field mapping' }).click();
    const nameRow = page.locator('li[data-target="name"]');
    await nameRow.waitFor();
    expect(await nameRow.getByTestId('row-origin').textContent()).toBe('DEFAULT');
    await page.getByLabel('Record to preview').selectOption({ label: '7009 · Helt Ny Kund AB' });
    const payload = page.getByTestId('mapping-preview-payload');
    await expect.poll(() => payload.textContent()).toContain('"name": "Helt Ny Kund AB"');

    // live validation with the domain's schema: a template naming an unknown field is flagged at once
    await nameRow.getByLabel('Source kind').selectOption('TEMPLATE');
    await nameRow.getByLabel('Template').fill('{name} {nickname}');
    await nameRow.getByText('Unknown source field: nickname').waitFor();
    expect(await page.getByRole('button', { name: 'Save mapping' }).isDisabled()).toBe(true);

    await nameRow.getByLabel('Template').fill('{number} {name}');
    await nameRow.getByLabel('Transformation').selectOption('UPPER');
    // the preview follows the edited table before it is saved, marked unsaved
    await expect.poll(() => payload.textContent()).toContain('"name": "7009 HELT NY KUND AB"');
    await page.getByTestId('preview-unsaved').waitFor();
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('Mapping saved (1 change).').waitFor();
    expect(await nameRow.getByTestId('row-origin').textContent()).toBe('OVERRIDDEN');
    await expect.poll(() => payload.textContent()).toContain('"name": "7009 HELT NY KUND AB"');
    await page.getByTestId('preview-unsaved').waitFor({ state: 'detached' });
    expect(await fitsPhoneWidth(page)).toBe(true);
    await screenshotBothSizes(page, 'field-mapping');

    // back to the default: the preview follows again
    await nameRow.getByRole('button', { name: 'Reset name' }).click();
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await expect.poll(() => nameRow.getByTestId('row-origin').textContent()).toBe('DEFAULT');
    await expect.poll(() => payload.textContent()).toContain('"name": "Helt Ny Kund AB"');
    expect(consoleErrors).toEqual([]);
  });
});
