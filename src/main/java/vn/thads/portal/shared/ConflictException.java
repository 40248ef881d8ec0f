package vn.thads.portal.shared;

/**
 * The request does not fit the current state (a stale version, a return that is not
 * editable): 409 on pages and in the API. The message key explains it to the user.
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	public ConflictException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
