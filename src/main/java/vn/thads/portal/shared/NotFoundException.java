package vn.thads.portal.shared;

/** Something asked for by code or id does not exist: 404 on pages and in the API. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
