package vn.thads.portal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rendered reports are also written to {@code target/report-samples/} so that a developer
 * can look at them (e.g. {@code pdftoppm -png -r 80 kg-2022-q4.pdf page}).
 */
final class ReportSamples {

	static final Path FOLDER = Path.of("target", "report-samples");

	private ReportSamples() {
	}

	static void write(String name, byte[] content) {
		try {
			Files.createDirectories(FOLDER);
			Files.write(FOLDER.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
