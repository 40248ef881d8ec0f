package vn.thads.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every write the simulation attempted, for the checker
 * ({@code docs/loadtest/check.sql}): {@code agency,period,seq,outcome,marker,submitted}.
 * {@code outcome} is {@code ok} (the portal said it saved), {@code failed} (it said it
 * did not: 4xx) or {@code unknown} (no answer, a 5xx, or a page shown again: it may or
 * may not have saved). Only one virtual user ever writes a given return, so {@code seq}
 * orders its writes.
 */
final class WriteLog {

	private static Writer out;

	private WriteLog() {
	}

	static synchronized void open(Path file) {
		try {
			Files.createDirectories(file.getParent());
			out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			out.write("agency,period,seq,outcome,marker,submitted\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized void write(String agency, String period, int seq, String outcome, long marker,
			boolean submitted) {
		try {
			out.write(agency + "," + period + "," + seq + "," + outcome + "," + marker + "," + submitted + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized void close() {
		try {
			if (out != null) {
				out.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code ok}, {@code failed} or {@code unknown} for a status (0: no answer). */
	static String outcome(int status, int success) {
		if (status == success) {
			return "ok";
		}
		return (status >= 400 && status < 500) ? "failed" : "unknown";
	}

}
