package vn.thads.portal.report;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thads.portal.web.Formats;

/** The real message bundles and formats, for unit tests that need no Spring context. */
final class ReportMessages {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final Locale EN = Locale.ENGLISH;

	private ReportMessages() {
	}

	static MessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/returns", "i18n/reports");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Formats formats() {
		return new Formats(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	static ReportTitles titles() {
		return new ReportTitles(bundles());
	}

	static NarrativeWriter narrative() {
		return new NarrativeWriter(bundles(), formats());
	}

}
