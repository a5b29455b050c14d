import type { Browser, BrowserContext, Page } from '@playwright/test';
import { isLocal } from './fixtures';

/** Another phone in the same test: a fresh browser profile, watched for off-origin requests. */
export interface OtherPhone {
  page: Page;
  context: BrowserContext;
  /** Requests that left the origin (the test must assert this stays empty). */
  offOrigin: string[];
}

/** Opens a fresh browser context on the app's origin (nothing shared with the first). */
export async function otherPhone(browser: Browser, origin: string): Promise<OtherPhone> {
  const context = await browser.newContext({ baseURL: origin });
  const offOrigin: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url(), origin)) offOrigin.push(request.url());
  });
  return { page: await context.newPage(), context, offOrigin };
}
