package vn.thads.portal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.report.NarrativeFacts.Category;
import vn.thads.portal.report.NarrativeFacts.Results;
import vn.thads.portal.web.Formats;

/**
 * Words the narrative of a report in the style of the agencies' own reports ("Toàn tỉnh
 * đã thi hành xong 12.230 việc trên tổng số 14.647 việc có điều kiện, đạt tỷ lệ 83,50 %,
 * vượt 2,00 % so với chỉ tiêu được giao …"). Every phrase is in the reports bundle; every
 * number comes from the caller. A sign is said in words ("vượt" / "còn thiếu", "tăng" /
 * "giảm") followed by the magnitude, which is why a value may be printed without its
 * minus sign.
 */
@Component
public class NarrativeWriter {

	private final MessageSource messages;

	private final Formats fmt;

	public NarrativeWriter(MessageSource messages, Formats fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	/**
	 * The paragraphs: the opening, the results by cases, the results by money, then one
	 * per category with figures.
	 */
	public List<String> write(NarrativeFacts facts, Locale locale) {
		String lastYear = String.valueOf(facts.period().samePeriodLastYear().statYear());
		String subject = message(locale, "report.narrative.subject." + facts.level().name());
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(message(locale, "report.narrative.opening", facts.agencyName(), facts.periodTitle()));
		paragraphs.add(results(locale, "cases", subject, facts.cases(), lastYear));
		paragraphs.add(results(locale, "money", subject, facts.money(), lastYear));
		for (Category category : facts.categories()) {
			paragraphs.add(category(locale, facts, category));
		}
		return List.copyOf(paragraphs);
	}

	/**
	 * "Kết quả thi hành các vụ việc tín dụng, ngân hàng đạt tỷ lệ 29,24 % về việc và
	 * 27,69 % về tiền, trong khi loại này chiếm 47,40 % …"; without a rate or a share,
	 * says that none can be given rather than print a dash.
	 */
	private String category(Locale locale, NarrativeFacts facts, Category category) {
		if (category.casesRate() == null || category.moneyRate() == null || category.shareOfMoney() == null) {
			return message(locale, "report.narrative.category.none", category.name());
		}
		return message(locale, "report.narrative.category", category.name(), this.fmt.decimal(category.casesRate()),
				this.fmt.decimal(category.moneyRate()), this.fmt.decimal(category.shareOfMoney()),
				message(locale, "report.narrative.whole." + facts.level().name()));
	}

	private String results(Locale locale, String form, String subject, Results results, String lastYear) {
		String key = "report.narrative." + form;
		if (results.rate() == null) {
			return message(locale, key + ".none", subject);
		}
		return message(locale, key, subject, this.fmt.number(results.resolved()),
				this.fmt.number(results.withConditions()), this.fmt.decimal(results.rate()), target(locale, results),
				change(locale, form, results, lastYear));
	}

	private String target(Locale locale, Results results) {
		if (results.target() == null || results.gap() == null) {
			return "";
		}
		String target = this.fmt.decimal(results.target());
		return switch (results.gap().signum()) {
			case 1 -> message(locale, "report.narrative.target.above", this.fmt.decimal(results.gap()), target);
			case -1 -> message(locale, "report.narrative.target.below", this.fmt.decimal(results.gap().abs()), target);
			default -> message(locale, "report.narrative.target.met", target);
		};
	}

	private String change(Locale locale, String form, Results results, String lastYear) {
		if (results.previousResolved() == null || results.resolvedChange() == null) {
			return "";
		}
		return message(locale, "report.narrative.change." + form, trend(locale, results.resolvedChange()), lastYear,
				this.fmt.number(results.previousResolved()), trend(locale, results.ratePoints()));
	}

	/** "tăng 47,30 %", "giảm 1,60 %", "không thay đổi". */
	private String trend(Locale locale, BigDecimal change) {
		if (change == null) {
			return message(locale, "report.narrative.trend.none");
		}
		return switch (change.signum()) {
			case 1 -> message(locale, "report.narrative.trend.up", this.fmt.decimal(change));
			case -1 -> message(locale, "report.narrative.trend.down", this.fmt.decimal(change.abs()));
			default -> message(locale, "report.narrative.trend.flat");
		};
	}

	private String message(Locale locale, String key, String... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
