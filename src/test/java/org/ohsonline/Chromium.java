package org.ohsonline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The browser of the browser tests: Debian's chromium ({@code /usr/bin/chromium}, installed by
 * .ci/run), headless, driven by Playwright without downloading a browser of its own. Contexts are
 * zh-CN at 1280 × 800 and wait at most 15 s for an element, and so do assertions on the page (Playwright's
 * own 5 s is shorter than a form's round trip on a loaded two-core machine).
 */
public final class Chromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
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

	/**
	 * A demo login's password. The demo passwords are random per run; the application writes them to
	 * its credentials file ({@code ohs.demo.credentials-file}), one {@code username<TAB>password} a line.
	 */
	public static String demoPassword(Path credentials, String username) {
		try {
			for (String line : Files.readAllLines(credentials, StandardCharsets.UTF_8)) {
				String[] fields = line.split("\t");
				if (!line.startsWith("#") && fields.length > 1 && fields[0].equals(username)) {
					return fields[1];
				}
			}
			throw new IllegalStateException("No demo login " + username + " in " + credentials.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + credentials.toAbsolutePath(), ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
