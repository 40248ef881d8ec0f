package vn.thads.portal.report.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.web.Formats;

/**
 * Words a document's {@link Text}s for the renderers; templates call it as
 * {@code ${@documentTexts.text(t, #locale)}}. Arguments are formatted first, so that no
 * message format groups a year as "2.022": dates as 05/10/2022, whole numbers as
 * 1.165.081.049, decimals as 57,79, anything else as its text.
 */
@Component("documentTexts")
public class DocumentTexts {

	private final MessageSource messages;

	private final Formats fmt;

	DocumentTexts(MessageSource messages, Formats fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	public String text(Text text, Locale locale) {
		if (text.literal() != null) {
			return text.literal();
		}
		Object[] arguments = text.arguments().stream().map(this::formatted).toArray();
		return this.messages.getMessage(text.key(), arguments, locale);
	}

	private String formatted(Object argument) {
		if (argument == null) {
			return "";
		}
		if (argument instanceof LocalDate date) {
			return this.fmt.date(date);
		}
		if (argument instanceof BigDecimal decimal) {
			return this.fmt.decimal(decimal);
		}
		if (argument instanceof Long || argument instanceof Integer) {
			return this.fmt.number((Number) argument);
		}
		return argument.toString();
	}

}
