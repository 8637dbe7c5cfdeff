import type { Locator, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'mobilis-demo';

/** Signs in on an app's sign-in page (the app sends signed-out visitors there). */
export async function signIn(
  page: Page,
  baseUrl: string,
  app: 'org' | 'host' | 'participant',
  email: string,
) {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Chooses the option of a native <select> whose text contains `text`. */
export async function selectOptionContaining(select: Locator, text: string) {
  // Options arrive with the screen's query: wait for the one we want before reading them.
  await select.locator('option', { hasText: text }).first().waitFor({ state: 'attached' });
  const options = await select.locator('option').evaluateAll((nodes) =>
    nodes.map((node) => ({
      value: (node as unknown as { value: string }).value,
      label: node.textContent ?? '',
    })),
  );
  const option = options.find((o) => o.label.includes(text));
  if (!option)
    throw new Error(`No option containing "${text}" in ${options.map((o) => o.label).join(' | ')}`);
  await select.selectOption(option.value);
}
