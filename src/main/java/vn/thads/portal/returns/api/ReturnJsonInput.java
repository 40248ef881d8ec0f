package vn.thads.portal.returns.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.thads.portal.returns.FigureInput;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Reads the body of {@code PUT /api/v1/returns/…} (api.md): {@code version} and the two
 * figures objects. Every figure must be present and a whole JSON number from 0 to 10^15;
 * {@code reduced} may be absent from {@code cases}. All problems are reported at once,
 * and nothing is saved when there is one.
 */
final class ReturnJsonInput {

	private ReturnJsonInput() {
	}

	record Body(Long version, ReturnFigures figures) {

	}

	static Body read(JsonNode body) {
		List<FieldProblem> problems = new ArrayList<>();
		Long version = version(body.get("version"), problems);
		Figures cases = figures(Form.CASES, body.get(Form.CASES.code()), problems);
		Figures money = figures(Form.MONEY, body.get(Form.MONEY.code()), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Body(version, new ReturnFigures(cases, money));
	}

	private static Long version(JsonNode node, List<FieldProblem> problems) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			problems.add(FieldProblem.of("version", "return.version.invalid", node.toString()));
			return null;
		}
		return node.longValue();
	}

	private static Figures figures(Form form, JsonNode object, List<FieldProblem> problems) {
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.ENTERED) {
			JsonNode node = (object != null && object.isObject()) ? object.get(column.code()) : null;
			String field = form.field(column);
			if (node == null || node.isNull()) {
				if (form.has(column)) {
					problems.add(FieldProblem.of(field, FigureInput.MISSING));
				}
				continue;
			}
			FigureInput.Parsed parsed = parse(node);
			if (!parsed.ok()) {
				problems.add(parsed.on(field, node.toString()));
			}
			else if (!form.has(column) && parsed.value() != 0) {
				problems.add(FieldProblem.of(field, FigureInput.REDUCED_IN_CASES, node.toString()));
			}
			values.put(column, parsed.value());
		}
		return Figures.of(values);
	}

	/** A JSON number with no fraction ({@code 12} or {@code 12.0}); never rounded. */
	private static FigureInput.Parsed parse(JsonNode node) {
		if (!node.isNumber()) {
			return new FigureInput.Parsed(0, FigureInput.NOT_A_NUMBER);
		}
		if (node.isIntegralNumber()) {
			return FigureInput.check(node.bigIntegerValue());
		}
		BigDecimal value = node.decimalValue();
		if (value.signum() < 0) {
			return new FigureInput.Parsed(0, FigureInput.NEGATIVE);
		}
		if (value.stripTrailingZeros().scale() > 0) {
			return new FigureInput.Parsed(0, FigureInput.DECIMAL);
		}
		return FigureInput.check(value.toBigIntegerExact());
	}

}
