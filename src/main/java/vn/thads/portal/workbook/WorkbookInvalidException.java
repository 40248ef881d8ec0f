package vn.thads.portal.workbook;

/** An upload that cannot be saved (422): its dry run says why. Nothing was saved. */
public class WorkbookInvalidException extends RuntimeException {

	private final transient WorkbookCheck check;

	public WorkbookInvalidException(WorkbookCheck check) {
		super("The workbook has " + check.blocking().size() + " problem(s) that stop it");
		this.check = check;
	}

	public WorkbookCheck check() {
		return this.check;
	}

}
