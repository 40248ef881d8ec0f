package vn.thads.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * JUnit extension behind {@link InBrowser}: one Chromium per test class, a fresh browser
 * context (cookies, storage) per test, the system's Chromium only (Playwright never
 * downloads a browser here). JUnit closes what the extension stores (all of it is
 * {@link AutoCloseable}) when the test or class ends, newest first.
 */
public class Browser implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

	private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

	static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	/** Where Chromium is: {@code THADS_CHROMIUM} first, then the usual install paths. */
	static Optional<Path> chromium() {
		return Stream.concat(Stream.ofNullable(System.getenv("THADS_CHROMIUM")), CANDIDATES.stream())
			.map(Paths::get)
			.filter(Files::isExecutable)
			.findFirst();
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (chromium().isPresent()) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String message = "Browser tests skipped: no Chromium found (looked at $THADS_CHROMIUM and " + CANDIDATES
				+ "). Install it with `apt-get install -y chromium fonts-dejavu-core`.";
		if ("1".equals(System.getenv("THADS_REQUIRE_BROWSER"))) {
			throw new IllegalStateException(message + " THADS_REQUIRE_BROWSER=1 forbids skipping.");
		}
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		com.microsoft.playwright.Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium().orElseThrow())
				.setHeadless(true)
				.setArgs(ARGS));
		context.getStore(NAMESPACE).put("playwright", playwright);
		context.getStore(NAMESPACE).put("browser", browser);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Session.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		// stores are hierarchical: the method's context sees what beforeAll put in the
		// class's
		com.microsoft.playwright.Browser browser = context.getStore(NAMESPACE)
			.get("browser", com.microsoft.playwright.Browser.class);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		BrowserContext browserContext = browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setLocale("vi-VN")
				.setViewportSize(1400, 1000));
		Session session = new Session(browserContext, browserContext.newPage());
		context.getStore(NAMESPACE).put("session", session);
		return session;
	}

	/** One browser session of a test: its context and page. */
	public record Session(BrowserContext context, Page page) implements AutoCloseable {

		@Override
		public void close() {
			this.context.close();
		}

		/** Signs in through the real sign-in form. */
		public Page signIn(String username, String password) {
			this.page.navigate("/login");
			this.page.fill("#username", username);
			this.page.fill("#password", password);
			this.page.click("button[type=submit]");
			this.page.waitForLoadState();
			return this.page;
		}

	}

}
