import { expect, test } from './host';
import { start } from './steps';

// The real renderer, served by the browser host with its Content-Security-Policy: what the
// policy promises is checked where it is enforced, in Chromium.
test.describe('content security policy in the running app', () => {
  test('an injected inline script does not run', async ({ page, host }) => {
    await start(page, host.entry);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        ran: (window as unknown as { __injected?: boolean }).__injected === true,
        violations,
      };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
  });

  test('a remote script does not load', async ({ page, host }) => {
    await start(page, host.entry);
    // Chromium reports the attempt, then fails it before anything leaves the machine.
    const outside: string[] = [];
    page.on('requestfinished', (r) => {
      if (!r.url().startsWith(host.url)) outside.push(`finished ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      if (!r.url().startsWith(host.url)) outside.push(`${r.failure()?.errorText} ${r.url()}`);
    });
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
      const script = document.createElement('script');
      script.src = 'https://cdn.example.org/evil.js';
      const loaded = new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('blocked');
      });
      document.body.appendChild(script);
      return { result: await loaded, violations };
    });
    expect(outcome.result).toBe('blocked');
    expect(outcome.violations.join(' ')).toContain('cdn.example.org');
    await expect.poll(() => outside).toEqual(['csp https://cdn.example.org/evil.js']);
  });

  test('an inline event handler in pasted markup does not run', async ({ page, host }) => {
    await start(page, host.entry);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.locator('.ProseMirror p.numbered').first().click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>Pasted <img src="x" onerror="window.__pwned = true"> text</p>');
      document
        .querySelector('.ProseMirror')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    });
    await expect(page.locator('.ProseMirror')).toContainText('Pasted');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned === true),
    ).toBe(false);
    await expect(page.locator('.ProseMirror img')).toHaveCount(0);
  });
});
