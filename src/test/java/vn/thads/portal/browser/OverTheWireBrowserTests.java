package vn.thads.portal.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;
import vn.thads.portal.support.WireMeter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the main pages cost a provincial link (issue 12, docs/benchmarks.md "Over the
 * wire"), counted by Chromium itself: a first view from an empty cache moves at most 350
 * KiB; a repeat view at most 3 requests and 60 KiB (the page itself: its assets are
 * kept). Bytes and requests, never times.
 */
@InBrowser
class OverTheWireBrowserTests {

	static final long FIRST_VIEW_BYTES = 350 * 1024;

	static final long REPEAT_VIEW_BYTES = 60 * 1024;

	static final int REPEAT_VIEW_REQUESTS = 3;

	@LocalServerPort
	int port;

	@Test
	void aRepeatViewMovesOnlyThePageAndAFirstViewStaysUnder350KiB(Browser.Session session) {
		List<WireMeter.Views> measured = new ArrayList<>();
		for (WireMeter.View view : WireMeter.VIEWS) {
			measured.add(WireMeter.measure(session.context().browser(), "http://localhost:" + this.port, view));
		}
		WireMeter.Views report = WireMeter.measure(session.context().browser(), "http://localhost:" + this.port,
				WireMeter.PRINTED_REPORT);
		measured.forEach((views) -> System.out.println(views.row()));
		System.out.println(report.row());
		// the print view loads the font's WOFF2 subsets, never the whole TrueType files
		assertThat(report.first().urls()).as("printed report, first view").noneMatch((url) -> url.endsWith(".ttf"));
		assertThat(report.first().bytes()).as("printed report, first view: %s", report.first().urls())
			.isLessThanOrEqualTo(FIRST_VIEW_BYTES);
		assertThat(report.repeat().requests()).as("printed report, repeat view: %s", report.repeat().urls())
			.isLessThanOrEqualTo(REPEAT_VIEW_REQUESTS);
		assertThat(report.repeat().bytes()).isLessThanOrEqualTo(REPEAT_VIEW_BYTES);
		for (WireMeter.Views views : measured) {
			assertThat(views.first().bytes()).as("%s, first view: %s", views.view().name(), views.first().urls())
				.isLessThanOrEqualTo(FIRST_VIEW_BYTES);
			assertThat(views.repeat().requests()).as("%s, repeat view: %s", views.view().name(), views.repeat().urls())
				.isLessThanOrEqualTo(REPEAT_VIEW_REQUESTS);
			assertThat(views.repeat().bytes()).as("%s, repeat view: %s", views.view().name(), views.repeat().urls())
				.isLessThanOrEqualTo(REPEAT_VIEW_BYTES);
		}
	}

}
