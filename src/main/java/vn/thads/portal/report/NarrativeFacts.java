package vn.thads.portal.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.period.ReportingPeriod;

/**
 * What the narrative of a report says, as computed by the statistics engine: the writer
 * only words it.
 *
 * @param level the issuing agency's level: "Toàn tỉnh" for a province, "Toàn quốc" for
 * the centre
 * @param agencyName the issuing agency
 * @param period the reporting period; "cùng kỳ" is the same period of the year before
 * @param periodTitle its official title
 * @param cases the results by cases
 * @param money the results by money
 * @param categories the categories with figures in the period ("trong đó", issue 14)
 */
public record NarrativeFacts(AgencyLevel level, String agencyName, ReportingPeriod period, String periodTitle,
		Results cases, Results money, List<Category> categories) {

	/** Facts without categories. */
	public NarrativeFacts(AgencyLevel level, String agencyName, ReportingPeriod period, String periodTitle,
			Results cases, Results money) {
		this(level, agencyName, period, periodTitle, cases, money, List.of());
	}

	public NarrativeFacts {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(cases, "cases");
		Objects.requireNonNull(money, "money");
		categories = List.copyOf(categories);
	}

	/**
	 * A category's results as the engine computed them: "tín dụng, ngân hàng … 29,24 % về
	 * việc và 27,69 % về tiền … chiếm 47,40 % … số tiền phải thi hành".
	 *
	 * @param name the category as named in a sentence ("tín dụng, ngân hàng")
	 * @param casesRate R by cases in %, null when G is 0
	 * @param moneyRate R by money in %, null when G is 0
	 * @param shareOfMoney its money to enforce over the agency's, in %, null when the
	 * agency has none
	 */
	public record Category(String name, BigDecimal casesRate, BigDecimal moneyRate, BigDecimal shareOfMoney) {

		public Category {
			Objects.requireNonNull(name, "name");
		}

	}

	/**
	 * The results of one form.
	 *
	 * @param resolved X, thi hành xong
	 * @param withConditions G, có điều kiện thi hành
	 * @param rate R in %, null when G is 0
	 * @param target the target rate in %, null without a target
	 * @param gap R − target in points, null without a target
	 * @param previousResolved X of the same period last year, null without data
	 * @param resolvedChange relative change of X on last year in %, null without data
	 * @param ratePoints change of R on last year in points, null without data
	 */
	public record Results(long resolved, long withConditions, BigDecimal rate, BigDecimal target, BigDecimal gap,
			Long previousResolved, BigDecimal resolvedChange, BigDecimal ratePoints) {

		/** Results without a target or a previous year to compare with. */
		public static Results of(long resolved, long withConditions, BigDecimal rate) {
			return new Results(resolved, withConditions, rate, null, null, null, null, null);
		}

		public Results withTarget(BigDecimal target, BigDecimal gap) {
			return new Results(this.resolved, this.withConditions, this.rate, target, gap, this.previousResolved,
					this.resolvedChange, this.ratePoints);
		}

		public Results withPreviousYear(long previousResolved, BigDecimal resolvedChange, BigDecimal ratePoints) {
			return new Results(this.resolved, this.withConditions, this.rate, this.target, this.gap, previousResolved,
					resolvedChange, ratePoints);
		}

	}

}
