package vn.thads.portal.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.thads.portal.report.document.DocumentHtml.LastPage;

/**
 * Renders a {@link PrintedDocument} to PDF on the server from its print template
 * (openhtmltopdf), with the report font embedded ({@link PdfFonts}) so that every
 * Vietnamese diacritic prints exactly whatever fonts the reader has. A template marks the
 * block the signatures must not be parted from with the id {@value #LAST_BLOCK} and the
 * signatures with {@value #SIGNATURES}.
 */
@Component
public class PdfRenderer {

	/** The id of the last block of a document's body, kept with the signatures. */
	public static final String LAST_BLOCK = "document-last-block";

	/** The id of the signatures block. */
	public static final String SIGNATURES = "document-signatures";

	/** The font family the print CSS asks for. */
	public static final String FONT_FAMILY = PdfFonts.FAMILY;

	/**
	 * Base of the links in the PDF's HTML; nothing outside the classpath is ever read.
	 */
	private static final String BASE_URI = "classpath:/static/";

	private final DocumentHtml html;

	private final PdfFonts fonts = new PdfFonts();

	/**
	 * Documents laid out at once: a national report's layout holds tens of MB of boxes
	 * and font data, so leaders downloading together must not multiply it without bound
	 * (the load test runs in a 256 MB heap, docs/benchmarks.md "Start and memory"); the
	 * others wait their turn, which on two cores costs them no more time than sharing.
	 */
	private final Semaphore renders;

	PdfRenderer(DocumentHtml html, @Value("${thads.reports.pdf-renders-at-once:2}") int rendersAtOnce) {
		this.html = html;
		this.renders = new Semaphore(Math.max(1, rendersAtOnce), true);
	}

	/** The PDF of a document, in the language of {@code locale}. */
	public byte[] render(PrintedDocument document, Locale locale) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		render(document, locale, pdf);
		return pdf.toByteArray();
	}

	/**
	 * Lays the document out; when the signatures would stand alone on the last page, lays
	 * it out again with the last band (or, when it is longer than a page, its last rows)
	 * starting that page, as a typist would.
	 */
	public void render(PrintedDocument document, Locale locale, OutputStream out) {
		try {
			this.renders.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to render a PDF", ex);
		}
		try {
			renderNow(document, locale, out);
		}
		finally {
			this.renders.release();
		}
	}

	private void renderNow(PrintedDocument document, Locale locale, OutputStream out) {
		Layout layout = layout(document, locale, LastPage.AS_LAID_OUT, out);
		LastPage better = lastPage(layout.renderer());
		if (better != LastPage.AS_LAID_OUT) {
			layout.close();
			layout = layout(document, locale, better, out);
		}
		try (Layout pdf = layout) {
			pdf.renderer().createPDF();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the document to PDF", ex);
		}
	}

	private Layout layout(PrintedDocument printed, Locale locale, LastPage lastPage, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		PDDocument document = new PDDocument();
		builder.usePDDocument(document);
		PdfFonts.Loaded fonts = this.fonts.register(builder, document);
		builder.useProtocolsStreamImplementation(PdfRenderer::classpath, "classpath");
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("classpath:"),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withProducer("thads-portal");
		builder.useUnicodeLineBreaker(new LineBreaks(locale));
		builder.withHtmlContent(this.html.renderForPdf(printed, locale, lastPage), BASE_URI);
		builder.toStream(out);
		PdfBoxRenderer renderer = builder.buildPdfRenderer();
		renderer.layout();
		return new Layout(renderer, document, fonts);
	}

	/**
	 * {@code AS_LAID_OUT} when the signatures share a page with the last band; otherwise
	 * the last band with them when both fit on a page, else its last rows.
	 */
	private static LastPage lastPage(PdfBoxRenderer renderer) {
		Box band = renderer.getSharedContext().getBoxById(LAST_BLOCK);
		Box signatures = renderer.getSharedContext().getBoxById(SIGNATURES);
		if (band == null || signatures == null) {
			return LastPage.AS_LAID_OUT;
		}
		List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
		if (page(pages, signatures.getAbsY()) <= page(pages, band.getAbsY() + band.getHeight() - 1)) {
			return LastPage.AS_LAID_OUT;
		}
		PageBox first = pages.get(0);
		// 90 %: room for the margin above the signatures and the band's own spacing
		boolean fitTogether = (band.getHeight() + signatures.getHeight()) * 10 < (first.getBottom() - first.getTop())
				* 9;
		return fitTogether ? LastPage.WITH_LAST_BAND : LastPage.WITH_LAST_ROWS;
	}

	private static int page(List<PageBox> pages, int y) {
		for (int i = 0; i < pages.size(); i++) {
			if (y < pages.get(i).getBottom()) {
				return i;
			}
		}
		return pages.size() - 1;
	}

	/** Opens {@code classpath:/static/css/report.css} and the like. */
	private static FSStream classpath(String uri) {
		ClassPathResource resource = new ClassPathResource(uri.substring("classpath:".length()));
		return new FSStream() {

			@Override
			public InputStream getStream() {
				try {
					return resource.getInputStream();
				}
				catch (IOException ex) {
					return null;
				}
			}

			@Override
			public Reader getReader() {
				InputStream stream = getStream();
				return (stream != null) ? new InputStreamReader(stream, StandardCharsets.UTF_8) : null;
			}

		};
	}

	/** A laid out document and what it holds open until it is written or dropped. */
	private record Layout(PdfBoxRenderer renderer, PDDocument document,
			PdfFonts.Loaded fonts) implements AutoCloseable {

		@Override
		public void close() {
			this.renderer.close();
			this.fonts.close();
			try {
				this.document.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Lines break where Java's line breaking (Unicode UAX #14) allows: a date such as
	 * "16/11/2026" or a decision number "545/QĐ-THADS" stays whole. openhtmltopdf's own
	 * breaker is made for URLs and breaks after every "/".
	 */
	private static final class LineBreaks implements FSTextBreaker {

		private final BreakIterator lines;

		LineBreaks(Locale locale) {
			this.lines = BreakIterator.getLineInstance(locale);
		}

		@Override
		public int next() {
			return this.lines.next();
		}

		@Override
		public void setText(String text) {
			this.lines.setText(text);
		}

	}

}
