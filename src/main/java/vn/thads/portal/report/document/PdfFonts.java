package vn.thads.portal.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;

/**
 * The report font for the PDF: Liberation Serif 2 (metric-compatible with Times New
 * Roman, complete for Vietnamese, SIL OFL), four faces read once from
 * {@code classpath:/fonts/} and embedded as subsets in each document. The font's glyph
 * substitutions (GSUB, ligatures such as "fi") are switched off: PDFBox applies them word
 * by word at a cost of more than half the rendering time, and a ligature's glyph has no
 * character behind it, so the PDF's text would lose letters when searched or copied.
 */
final class PdfFonts {

	/** The family the print CSS asks for. */
	static final String FAMILY = "Liberation Serif";

	private static final List<Face> FACES = List.of(new Face("Regular", 400, FontStyle.NORMAL),
			new Face("Bold", 700, FontStyle.NORMAL), new Face("Italic", 400, FontStyle.ITALIC),
			new Face("BoldItalic", 700, FontStyle.ITALIC));

	private final List<byte[]> files;

	PdfFonts() {
		this.files = FACES.stream().map(Face::read).toList();
	}

	/**
	 * Registers the faces for one document; each is parsed only when the document uses
	 * it. The returned handle closes the parsed fonts once the document is written.
	 */
	Loaded register(PdfRendererBuilder builder, PDDocument document) {
		Loaded loaded = new Loaded();
		for (int i = 0; i < FACES.size(); i++) {
			Face face = FACES.get(i);
			byte[] file = this.files.get(i);
			builder.useFont(new PDFontSupplier(null) {

				@Override
				public PDFont supply() {
					return loaded.load(document, file);
				}

			}, FAMILY, face.weight(), face.style(), true);
		}
		return loaded;
	}

	/** The fonts parsed for one document. */
	static final class Loaded implements AutoCloseable {

		private final List<TrueTypeFont> fonts = new ArrayList<>();

		private PDFont load(PDDocument document, byte[] file) {
			try {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
				this.fonts.add(font);
				font.setEnableGsub(false);
				return PDType0Font.load(document, font, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The report font cannot be read", ex);
			}
		}

		@Override
		public void close() {
			for (TrueTypeFont font : this.fonts) {
				try {
					font.close();
				}
				catch (IOException ex) {
					// an in-memory font has nothing left to release
				}
			}
		}

	}

	private record Face(String name, int weight, FontStyle style) {

		byte[] read() {
			try (InputStream in = new ClassPathResource("fonts/LiberationSerif-" + this.name + ".ttf")
				.getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The report font " + this.name + " is missing", ex);
			}
		}

	}

}
