package vn.thads.portal.workbook;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.thads.portal.returns.ReturnMessages;

/**
 * Words the problems of a workbook in the user's language: the entry page's message of
 * the field, after the cell it was found in ("Ô H9: “12a” không phải là số. …").
 */
@Component
public class WorkbookTexts {

	private final ReturnMessages messages;

	WorkbookTexts(ReturnMessages messages) {
		this.messages = messages;
	}

	public String text(CellProblem problem) {
		String text = this.messages.text(problem.problem());
		return (problem.cell() != null) ? this.messages.text("workbook.cell", problem.cell(), text) : text;
	}

	public List<String> texts(List<CellProblem> problems) {
		return problems.stream().map(this::text).toList();
	}

	public String text(WorkbookRefusedException refused) {
		return this.messages.text(refused.getCode(), refused.getArguments());
	}

	public ReturnMessages messages() {
		return this.messages;
	}

}
