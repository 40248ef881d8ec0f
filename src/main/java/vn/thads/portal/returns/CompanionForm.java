package vn.thads.portal.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A small companion form of a return (issue 14): citizen reception, complaints and
 * denunciations, administrative judgments followed. Each is an enum of lines
 * ({@link CompanionLine}), cumulative from the start of the statistical year like the
 * main forms, held in columns of {@code monthly_return} (its {@link #columnPrefix()} and
 * the line's SQL name), mapped by a record of its entered lines ({@link #columns()}). The
 * entry page, the API, the rules, the history, the engine and the dashboard iterate over
 * these forms: a new one needs its lines, its record, a migration and messages.
 */
public enum CompanionForm {

	/** Tiếp công dân, and the judgments and decisions received. */
	RECEPTION("reception", "reception_", ReceptionLine.class, Reception.class),

	/** Khiếu nại, tố cáo. */
	COMPLAINTS("complaints", "", ComplaintLine.class, ComplaintColumns.class),

	/** Theo dõi thi hành án hành chính (THAHC). */
	ADMIN_JUDGMENTS("adminJudgments", "admin_judgments_", AdminJudgmentLine.class, AdminJudgmentColumns.class);

	private final String code;

	private final String columnPrefix;

	private final Class<? extends Enum<?>> lines;

	private final Class<? extends Record> columns;

	CompanionForm(String code, String columnPrefix, Class<? extends Enum<?>> lines, Class<? extends Record> columns) {
		this.code = code;
		this.columnPrefix = columnPrefix;
		this.lines = lines;
		this.columns = columns;
	}

	/** The API object ({@code reception}), the fields' and message keys' prefix. */
	public String code() {
		return this.code;
	}

	/** What the SQL names of its lines are prefixed with ({@code reception_}). */
	public String columnPrefix() {
		return this.columnPrefix;
	}

	/** The record that maps its entered lines to columns, one component per line code. */
	public Class<? extends Record> columns() {
		return this.columns;
	}

	/** Its lines in form order, numbered (1), (2), …. */
	public List<CompanionLine<?>> lines() {
		return Arrays.stream(this.lines.getEnumConstants())
			.<CompanionLine<?>>map((line) -> (CompanionLine<?>) line)
			.toList();
	}

	/** Its entered lines in form order (the derived ones come from their formulas). */
	public List<CompanionLine<?>> entered() {
		return lines().stream().filter(CompanionLine::isEntered).toList();
	}

	/** The message key of its section's title ({@code return.reception.section}). */
	public String sectionKey() {
		return "return." + this.code + ".section";
	}

	/** The SQL columns of its entered lines, in form order. */
	public List<String> sqlNames() {
		return entered().stream().map(CompanionLine::column).toList();
	}

	/** The SQL columns of every companion form's entered lines. */
	public static List<String> allSqlNames() {
		return Arrays.stream(values()).flatMap((form) -> form.sqlNames().stream()).toList();
	}

	/** The line of a field path ({@code complaints.complaintsResolved}), if it is one. */
	public static Optional<CompanionLine<?>> line(String field) {
		return Arrays.stream(values())
			.flatMap((form) -> form.lines().stream())
			.filter((line) -> line.field().equals(field))
			.findFirst();
	}

}
