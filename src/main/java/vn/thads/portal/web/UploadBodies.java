package vn.thads.portal.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The body of an API upload (an agency tree, a workbook, a history file), read at most to
 * its limit: a body announced or found longer is never read whole into memory.
 */
public final class UploadBodies {

	private UploadBodies() {
	}

	/** The body, or null when it is longer than {@code limit} bytes. */
	public static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			return (content.length > limit) ? null : content;
		}
	}

}
