package vn.thads.portal.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * What a page view costs over the wire, as Chromium's own network events (DevTools
 * protocol) count it: the requests that reached the network (not those answered from the
 * memory or disk cache) and their bytes as received (headers and body, compressed as
 * sent). A first view starts from an empty cache; a repeat view navigates to the same
 * page again in the same browser context.
 *
 * <p>
 * Also runnable against any portal, for the benchmark of docs/benchmarks.md ("Over the
 * wire"): {@code java -cp … vn.thads.portal.support.WireMeter http://localhost:8080}.
 */
public final class WireMeter {

	/** The pages measured: who looks at what (the demo's accounts, password demo). */
	public static final List<View> VIEWS = List.of(new View("sign-in page", null, "/login"),
			new View("AG dashboard", "ag.lanhdao", "/dashboard/AG"),
			new View("TW dashboard", "tw.lanhdao", "/dashboard/TW"),
			new View("returns list", "ag-kv01.canbo", "/returns/AG-KV01"),
			new View("entry page", "ag-kv01.canbo", "/returns/AG-KV01/2026-10"),
			new View("review queue", "ag.lanhdao", "/returns/queue"), new View("reports", "ag.lanhdao", "/reports"),
			new View("targets", "ag.lanhdao", "/targets"), new View("users", "admin", "/admin/users"));

	/**
	 * The print view of a report, in the browser: its font (Liberation Serif, four
	 * TrueType files) is more than a first view's budget (docs/benchmarks.md, Over the
	 * wire).
	 */
	public static final View PRINTED_REPORT = new View("printed report", "ag.lanhdao", "/reports/AG/2026-10");

	private final Page page;

	private final CDPSession devtools;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	private final Set<String> fromCache = ConcurrentHashMap.newKeySet();

	private final Map<String, Long> finished = new ConcurrentHashMap<>();

	private final List<Long> redirects = new ArrayList<>();

	private WireMeter(BrowserContext context, Page page) {
		this.page = page;
		this.devtools = context.newCDPSession(page);
		this.devtools.send("Network.enable");
		this.devtools.on("Network.requestWillBeSent", this::requestWillBeSent);
		this.devtools.on("Network.requestServedFromCache",
				(event) -> this.fromCache.add(event.get("requestId").getAsString()));
		this.devtools.on("Network.responseReceived", this::responseReceived);
		this.devtools.on("Network.loadingFinished", (event) -> this.finished.put(event.get("requestId").getAsString(),
				event.get("encodedDataLength").getAsLong()));
	}

	/**
	 * Measures the first view (empty cache) and the repeat view of a page, in a context
	 * of its own; signs in first (through the form) when the view has a user.
	 */
	public static Views measure(com.microsoft.playwright.Browser browser, String baseUrl, View view) {
		try (BrowserContext context = browser.newContext(
				new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl).setLocale("vi-VN"))) {
			Page page = context.newPage();
			if (view.user() != null) {
				page.navigate("/login");
				page.fill("#username", view.user());
				page.fill("#password", "demo");
				page.click("button[type=submit]");
				page.waitForLoadState();
			}
			WireMeter meter = new WireMeter(context, page);
			meter.devtools.send("Network.clearBrowserCache");
			Traffic first = meter.view(view.path());
			Traffic repeat = meter.view(view.path());
			return new Views(view, first, repeat);
		}
	}

	private Traffic view(String path) {
		this.urls.clear();
		this.fromCache.clear();
		this.finished.clear();
		synchronized (this.redirects) {
			this.redirects.clear();
		}
		this.page.navigate(path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
		// lets the last events of the protocol arrive
		this.page.waitForTimeout(200);
		Map<String, Long> network = new LinkedHashMap<>();
		this.finished.forEach((id, bytes) -> {
			String url = this.urls.get(id);
			if (url != null && !this.fromCache.contains(id)) {
				network.put(url, bytes);
			}
		});
		long bytes = network.values().stream().mapToLong(Long::longValue).sum();
		int requests = network.size();
		synchronized (this.redirects) {
			bytes += this.redirects.stream().mapToLong(Long::longValue).sum();
			requests += this.redirects.size();
		}
		return new Traffic(requests, bytes, List.copyOf(network.keySet()));
	}

	private void requestWillBeSent(JsonObject event) {
		String url = event.getAsJsonObject("request").get("url").getAsString();
		if (url.startsWith("http")) {
			this.urls.put(event.get("requestId").getAsString(), url);
		}
		if (event.has("redirectResponse")) {
			// a redirect hop reached the network; its request id goes on to the next hop
			synchronized (this.redirects) {
				this.redirects.add(event.getAsJsonObject("redirectResponse").get("encodedDataLength").getAsLong());
			}
		}
	}

	private void responseReceived(JsonObject event) {
		JsonObject response = event.getAsJsonObject("response");
		if (flag(response, "fromDiskCache") || flag(response, "fromServiceWorker")
				|| flag(response, "fromPrefetchCache") || flag(response, "fromMemoryCache")) {
			this.fromCache.add(event.get("requestId").getAsString());
		}
	}

	private static boolean flag(JsonObject object, String name) {
		return object.has(name) && object.get(name).getAsBoolean();
	}

	/** A page and who looks at it ({@code null}: nobody signed in). */
	public record View(String name, String user, String path) {
	}

	/**
	 * What one view of a page moved: requests that reached the network, bytes received.
	 */
	public record Traffic(int requests, long bytes, List<String> urls) {

		public String kib() {
			return String.format(java.util.Locale.ROOT, "%.1f", this.bytes / 1024.0);
		}

	}

	/** A page's first and repeat view. */
	public record Views(View view, Traffic first, Traffic repeat) {

		public String row() {
			return "| " + this.view.name() + " | `" + this.view.path() + "` | " + this.first.requests() + " | "
					+ this.first.kib() + " | " + this.repeat.requests() + " | " + this.repeat.kib() + " |";
		}

	}

	/**
	 * Prints the table of every page of {@link #VIEWS} for the portal at the given URL.
	 */
	public static void main(String[] args) {
		String baseUrl = (args.length > 0) ? args[0] : "http://localhost:8080";
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			com.microsoft.playwright.Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Browser.chromium().orElseThrow())
					.setHeadless(true)
					.setArgs(Browser.ARGS));
			System.out.println("| page | path | first view: requests | KiB | repeat view: requests | KiB |");
			System.out.println("|---|---|---|---|---|---|");
			List<View> views = new ArrayList<>(VIEWS);
			views.add(PRINTED_REPORT);
			for (View view : views) {
				Views measured = measure(browser, baseUrl, view);
				System.out.println(measured.row());
				if (args.length > 1) {
					System.out
						.println("  first: " + measured.first().urls() + "\n  repeat: " + measured.repeat().urls());
				}
			}
		}
	}

}
