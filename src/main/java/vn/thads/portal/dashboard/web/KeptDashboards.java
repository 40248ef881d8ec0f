package vn.thads.portal.dashboard.web;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.DataVersion;
import vn.thads.portal.shared.KeptPerVersion;

/**
 * Dashboards rendered once: the HTML of a dashboard's content (everything the layout puts
 * in {@code <main>} but the flash messages), kept for the version of the data it was read
 * at, as the engine keeps its answers ({@code stats/StatsCache}). A monthly meeting opens
 * the same dashboards again and again; rendering the page (86 KiB for a province, 280 KiB
 * for the country) was most of what a view cost (docs/benchmarks.md, "Server time").
 * <p>
 * The key is everything the content depends on: the data version (any committed write to
 * returns, targets or agencies moves it, so a kept page is never stale), the day
 * (lateness is counted in days, today's period may end), what was asked (agency, period
 * and basis as written in the request), the language, and who looks: the breadcrumb and
 * the lineage name only the agencies the user may open, and the completeness card links a
 * leader to the queue, so the user's role and agency are part of the key. Nothing else of
 * the user is in the content: the menu, the review badge, the CSRF tokens and the flash
 * messages are the layout's, rendered for every request around the kept content. A
 * request that fails (a period not ended, an agency out of scope) keeps nothing.
 * <p>
 * Pages of an older version (or an earlier day) are dropped as soon as a newer one is
 * seen; the pages kept are bounded by their total length
 * ({@code thads.dashboard.kept-chars}; 0 keeps none).
 */
@Component
class KeptDashboards {

	private final DataVersion dataVersion;

	private final ReportingCalendar calendar;

	private final KeptPerVersion<Key, Rendered> pages;

	KeptDashboards(DataVersion dataVersion, ReportingCalendar calendar,
			@Value("${thads.dashboard.kept-chars:4000000}") long keptChars) {
		this.dataVersion = dataVersion;
		this.calendar = calendar;
		this.pages = new KeptPerVersion<>(keptChars, (page) -> page.html().length());
	}

	/**
	 * The content kept for this request, or {@code render}'s (kept when it may be).
	 * @param agency the agency as the request wrote it
	 * @param period the period as the request wrote it, or null
	 * @param basis the basis as the request wrote it, or null
	 */
	Rendered get(PortalUser user, String agency, String period, String basis, Locale locale,
			Supplier<Rendered> render) {
		if (!this.pages.keeps()) {
			return render.get();
		}
		OptionalLong version = this.dataVersion.latest();
		if (version.isEmpty()) {
			return render.get();
		}
		return this.pages.get(version.getAsLong(), this.calendar.today(),
				new Key(agency, period, basis, locale, user.getRole(), user.getAgencyId()), render);
	}

	/** How many pages are kept (tests). */
	long size() {
		return this.pages.size();
	}

	/**
	 * A dashboard's content as rendered.
	 *
	 * @param shortName the agency's short name, for the page's title
	 * @param html the content as the portal's own template rendered it, inserted
	 * unescaped into the layout
	 */
	record Rendered(String shortName, RenderedFragment.Html html) {

	}

	private record Key(String agency, String period, String basis, Locale locale, Role role, long userAgencyId) {

	}

}
