// Browser contexts that run.js and profile.js open for a visit.

/** A fresh context (so a fresh renderer process, like a first visit) holding the cookies `stored`. */
export async function returningContext(browser, stored) {
  const context = await browser.createBrowserContext();
  try {
    await context.setCookie(
      ...stored.map(({ name, value, domain, path, expires, httpOnly, secure, sameSite }) => ({
        name,
        value,
        domain,
        path,
        expires,
        httpOnly,
        secure,
        sameSite,
      })),
    );
  } catch (error) {
    await context.close();
    throw error;
  }
  return context;
}
