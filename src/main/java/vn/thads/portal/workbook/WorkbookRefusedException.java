package vn.thads.portal.workbook;

import org.springframework.http.HttpStatus;

/**
 * An uploaded file that is not opened at all, with why in words (a message key) and what
 * the API answers: 413 too large, 415 not an XLSX, 422 an XLSX the portal will not read.
 */
public class WorkbookRefusedException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	private final HttpStatus status;

	public WorkbookRefusedException(HttpStatus status, String code, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

	public HttpStatus getStatus() {
		return this.status;
	}

}
