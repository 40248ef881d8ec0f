package vn.thads.portal.returns;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thads.portal.shared.FieldProblem;

/**
 * Words the problems of returns in the user's language, for the entry page, its live
 * preview and the API.
 */
@Component
public class ReturnMessages {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ReturnMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String text(FieldProblem problem) {
		return this.messages.getMessage(problem.code(), problem.argumentArray(), problem.code(),
				LocaleContextHolder.getLocale());
	}

	/**
	 * A text stored with the data (an audit comment): in Vietnamese, the portal's
	 * language, whatever the user's.
	 */
	String recorded(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, VIETNAMESE);
	}

	/** A message of the returns in the user's language. */
	public String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	public List<String> texts(List<FieldProblem> problems) {
		return problems.stream().map(this::text).toList();
	}

}
