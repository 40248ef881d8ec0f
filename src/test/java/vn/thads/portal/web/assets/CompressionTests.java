package vn.thads.portal.web.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server compresses, seen on the real server (MockMvc has no compression):
 * pages, JSON, CSV, style sheets and scripts when the browser accepts gzip; files that
 * are compressed already (PDF, XLSX, WOFF2) as they are; a signed-in session through the
 * CSRF-protected form works over compressed answers. The same server as the browser tests
 * (one cached context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionTests {

	@LocalServerPort
	int port;

	HttpClient client;

	@BeforeEach
	void client() {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void pagesJsonAndCsvAreGzippedWhenAccepted() throws Exception {
		HttpResponse<byte[]> login = get("/login", true);
		assertGzipped(login, "text/html");
		assertThat(gunzip(login)).contains("name=\"_csrf\"");
		assertThat(get("/login", false).headers().firstValue("Content-Encoding")).isEmpty();

		HttpResponse<byte[]> json = get(basic("/api/v1/stats/AG/2026-10/units", "ag.lanhdao"));
		assertGzipped(json, "application/json");
		assertThat(gunzip(json).substring(0, 19)).isEqualTo("[{\"agencyCode\":\"AG\"");

		HttpResponse<byte[]> csv = get(basic("/api/v1/agencies/export", "admin"));
		assertGzipped(csv, "text/csv");
		assertThat(gunzip(csv)).contains("AG-KV01");
	}

	@Test
	void aSignedInLeaderGetsPagesAndCsvCompressedAndPdfAndXlsxAsTheyAre() throws Exception {
		signIn("ag.lanhdao");
		HttpResponse<byte[]> dashboard = get("/dashboard/AG", true);
		assertGzipped(dashboard, "text/html");
		assertThat(dashboard.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(gunzip(dashboard)).contains("Thi hành án dân sự tỉnh An Giang");

		assertGzipped(get("/dashboard/AG/units.csv", true), "text/csv");

		HttpResponse<byte[]> pdf = get("/reports/AG/2026-10.pdf", true);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		HttpResponse<byte[]> xlsx = get("/reports/AG/2026-10.xlsx", true);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}

	@Test
	void textAssetsAreGzippedAndTheIconFontIsSentAsItIs() throws Exception {
		signIn("ag.lanhdao");
		String page = gunzip(get("/dashboard/AG", true));
		HttpResponse<byte[]> icons = get(find(page, "href=\"(/webjars/bootstrap-icons/[^\"]+\\.css)\""), true);
		assertGzipped(icons, "text/css");
		assertThat(icons.headers().firstValue("Cache-Control")).hasValue(StaticAssetsTests.IMMUTABLE);
		assertThat(icons.headers().firstValue("Pragma")).isEmpty();
		assertGzipped(get(find(page, "src=\"(/webjars/chart\\.js/[^\"]+)\""), true), "text/javascript");

		HttpResponse<byte[]> font = get(find(gunzip(icons), "url\\(\"([^\"]+\\.woff2[^\"]*)\"\\)"), true);
		assertThat(font.statusCode()).isEqualTo(200);
		assertThat(font.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(font.headers().firstValue("Cache-Control")).hasValue(StaticAssetsTests.IMMUTABLE);
	}

	private void signIn(String username) throws Exception {
		String token = find(gunzip(get("/login", true)), "name=\"_csrf\" value=\"([^\"]+)\"");
		String form = "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<byte[]> signedIn = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Accept-Encoding", "gzip")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return get(request);
	}

	private HttpResponse<byte[]> get(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder basic(String path, String username) {
		String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(path))
			.header("Accept-Encoding", "gzip")
			.header("Authorization", "Basic " + credentials);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static void assertGzipped(HttpResponse<byte[]> response, String type) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
		assertThat(response.headers().firstValue("Content-Encoding")).as(response.uri().toString()).hasValue("gzip");
	}

	private static String gunzip(HttpResponse<byte[]> response) throws IOException {
		if (response.body().length == 0) {
			return "";
		}
		if (response.headers().firstValue("Content-Encoding").isEmpty()) {
			return new String(response.body(), StandardCharsets.UTF_8);
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

}
