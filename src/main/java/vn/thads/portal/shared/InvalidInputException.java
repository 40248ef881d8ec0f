package vn.thads.portal.shared;

import java.util.List;

/**
 * Input that breaks a rule; nothing has been saved. Pages show each problem on its field,
 * the API answers 422 with the list.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(FieldProblem problem) {
		this(List.of(problem));
	}

	public List<FieldProblem> getProblems() {
		return this.problems;
	}

}
