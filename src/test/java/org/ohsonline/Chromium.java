package org.ohsonline;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The browser of the browser tests: Debian's chromium ({@code /usr/bin/chromium}, installed by
 * .ci/run), headless, driven by Playwright without downloading a browser of its own. Contexts are
 * zh-CN at 1280 × 800 and wait at most 15 s for an element.
 */
public final class Chromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new Chromium(playwright, browser);
	}

	/** The options every context starts from; callers may add to them (downloads, another locale). */
	public static Browser.NewContextOptions options() {
		return new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN");
	}

	public BrowserContext newContext() {
		return newContext(options());
	}

	public BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext context = this.browser.newContext(options);
		context.setDefaultTimeout(15_000);
		return context;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
