package vn.thads.portal.returns.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionValues;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Reads the body of {@code PUT /api/v1/returns/…} (api.md): {@code version}, the two
 * figures objects and, optionally, {@code categories} and the companion forms
 * ({@code reception}, {@code complaints}, {@code adminJudgments}). Every figure must be
 * present and a whole JSON number from 0 to 10^15; {@code reduced} may be absent from
 * {@code cases}. All problems are reported at once, and nothing is saved when there is
 * one.
 */
final class ReturnJsonInput {

	/** Digits of the largest figure, 10^15. */
	private static final int MAX_DIGITS = 16;

	private static final int MAX_SHOWN = 40;

	private ReturnJsonInput() {
	}

	/**
	 * @param categoriesGiven whether the body has {@code categories}: then they replace
	 * the stored ones; absent, the stored ones stay (api.md)
	 */
	record Body(Long version, ReturnFigures figures, boolean categoriesGiven) {

	}

	static Body read(JsonNode body) {
		List<FieldProblem> problems = new ArrayList<>();
		Long version = version(body.get("version"), problems);
		Figures cases = figures("", Form.CASES, body.get(Form.CASES.code()), problems);
		Figures money = figures("", Form.MONEY, body.get(Form.MONEY.code()), problems);
		JsonNode given = body.get("categories");
		boolean categoriesGiven = given != null && !given.isNull();
		Map<String, ReturnFigures> categories = categoriesGiven ? categories(given, problems) : Map.of();
		ReturnFigures figures = new ReturnFigures(cases, money, categories);
		for (CompanionForm form : CompanionForm.values()) {
			JsonNode companion = body.get(form.code());
			if (companion != null && !companion.isNull()) {
				figures = figures.with(form, companion(form, companion, problems));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Body(version, figures, categoriesGiven);
	}

	/**
	 * A companion form ({@code reception}, {@code complaints}, {@code adminJudgments}):
	 * every entered line by its code, a whole number from 0 to 10^15 (derived lines, if
	 * sent, are ignored); absent from the body, the stored form stays.
	 */
	private static CompanionValues companion(CompanionForm form, JsonNode object, List<FieldProblem> problems) {
		return CompanionValues.of(form, (line) -> {
			JsonNode node = object.isObject() ? object.get(line.code()) : null;
			if (node == null || node.isNull()) {
				problems.add(FieldProblem.of(line.field(), FigureInput.MISSING));
				return 0L;
			}
			FigureInput.Parsed parsed = parse(node);
			if (!parsed.ok()) {
				problems.add(parsed.on(line.field(), shown(node)));
			}
			return parsed.value();
		});
	}

	/**
	 * {@code categories}: an array of {@code {code, cases, money}}, each code once, the
	 * figures as the main forms'.
	 */
	private static Map<String, ReturnFigures> categories(JsonNode array, List<FieldProblem> problems) {
		Map<String, ReturnFigures> categories = new LinkedHashMap<>();
		if (!array.isArray()) {
			problems.add(FieldProblem.of("categories", "return.categories.invalid", shown(array)));
			return categories;
		}
		for (JsonNode item : array) {
			JsonNode code = item.isObject() ? item.get("code") : null;
			if (code == null || !code.isString() || categories.containsKey(code.stringValue())) {
				problems.add(FieldProblem.of("categories", "return.categories.invalid", shown(item)));
				continue;
			}
			String prefix = ReturnCategory.prefix(code.stringValue());
			categories.put(code.stringValue(),
					new ReturnFigures(figures(prefix, Form.CASES, item.get(Form.CASES.code()), problems),
							figures(prefix, Form.MONEY, item.get(Form.MONEY.code()), problems)));
		}
		return categories;
	}

	private static Long version(JsonNode node, List<FieldProblem> problems) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			problems.add(FieldProblem.of("version", "return.version.invalid", shown(node)));
			return null;
		}
		return node.longValue();
	}

	private static Figures figures(String prefix, Form form, JsonNode object, List<FieldProblem> problems) {
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.ENTERED) {
			JsonNode node = (object != null && object.isObject()) ? object.get(column.code()) : null;
			String field = prefix + form.field(column);
			if (node == null || node.isNull()) {
				if (form.has(column)) {
					problems.add(FieldProblem.of(field, FigureInput.MISSING));
				}
				continue;
			}
			FigureInput.Parsed parsed = parse(node);
			if (!parsed.ok()) {
				problems.add(parsed.on(field, shown(node)));
			}
			else if (!form.has(column) && parsed.value() != 0) {
				problems.add(FieldProblem.of(field, FigureInput.REDUCED_IN_CASES, shown(node)));
			}
			values.put(column, parsed.value());
		}
		return Figures.of(values);
	}

	/**
	 * A JSON number with no fraction ({@code 12} or {@code 12.0}); never rounded. Sign
	 * and magnitude are checked on the number as it came, before it is turned into
	 * anything else: {@code 1e999999999} is too large without being written out.
	 */
	private static FigureInput.Parsed parse(JsonNode node) {
		if (!node.isNumber()) {
			return new FigureInput.Parsed(0, FigureInput.NOT_A_NUMBER);
		}
		if (node.isIntegralNumber()) {
			return FigureInput.check(node.bigIntegerValue());
		}
		if (!node.isBigDecimal()) {
			// a double (a mapper without USE_BIG_DECIMAL_FOR_FLOATS): not exact enough
			// to be a figure, Infinity when too large
			return new FigureInput.Parsed(0,
					Double.isFinite(node.doubleValue()) ? FigureInput.DECIMAL : FigureInput.TOO_LARGE);
		}
		BigDecimal value = node.decimalValue();
		if (value.signum() < 0) {
			return new FigureInput.Parsed(0, FigureInput.NEGATIVE);
		}
		if ((long) value.precision() - value.scale() > MAX_DIGITS) {
			return new FigureInput.Parsed(0, FigureInput.TOO_LARGE);
		}
		if (value.stripTrailingZeros().scale() > 0) {
			return new FigureInput.Parsed(0, FigureInput.DECIMAL);
		}
		return FigureInput.check(value.toBigIntegerExact());
	}

	/**
	 * What was sent, as a message may repeat it: a number in scientific notation when
	 * long, anything else cut short.
	 */
	private static String shown(JsonNode node) {
		String text = node.isBigDecimal() ? node.decimalValue().toString() : node.toString();
		return (text.length() <= MAX_SHOWN) ? text : text.substring(0, MAX_SHOWN) + "…";
	}

}
