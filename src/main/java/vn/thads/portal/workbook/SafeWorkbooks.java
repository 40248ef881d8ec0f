package vn.thads.portal.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded workbook, or refuses it with why: too large, not an XLSX (judged by
 * its bytes, never its name), encrypted, with macros, a zip bomb, links to other files,
 * or XML with a document type (entities). Apache POI's own guards do the unpacking and
 * the XML: the least compression ratio and the largest part are set here, and its XML
 * parsers refuse any DOCTYPE. A workbook opened here is only read: no formula in it is
 * ever evaluated.
 */
@Component
public class SafeWorkbooks {

	/**
	 * POI's default: a part that unpacks to more than 100 times its packed size is a
	 * bomb.
	 */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** Parts of an XLSX with macros ({@code .xlsm}): the VBA project. */
	private static final String VBA_PART = "vbaproject";

	private static final String MACRO_TYPE = "macroenabled";

	private final WorkbookSettings settings;

	SafeWorkbooks(WorkbookSettings settings) {
		this.settings = settings;
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(settings.maxUnpackedBytes().toBytes());
		ZipSecureFile.setMaxTextSize(settings.maxUnpackedBytes().toBytes());
	}

	/** The largest file taken, in bytes. */
	public long maxBytes() {
		return this.settings.maxBytes().toBytes();
	}

	public WorkbookSettings settings() {
		return this.settings;
	}

	/**
	 * The workbook in {@code content}; the caller closes it.
	 * @throws WorkbookRefusedException when the file is not taken, with the reason
	 */
	public XSSFWorkbook open(byte[] content) {
		if (content.length > maxBytes()) {
			throw tooLarge();
		}
		FileMagic magic = FileMagic.valueOf(content);
		if (magic == FileMagic.OLE2) {
			throw isEncrypted(content) ? refused("workbook.refused.encrypted") : notXlsx();
		}
		if (magic != FileMagic.OOXML) {
			throw notXlsx();
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(content));
		}
		catch (Exception ex) {
			throw classify(ex, notXlsx());
		}
		try {
			requirePlain(pkg);
			return new XSSFWorkbook(pkg);
		}
		catch (WorkbookRefusedException ex) {
			pkg.revert();
			throw ex;
		}
		catch (Exception ex) {
			pkg.revert();
			throw classify(ex, refused("workbook.refused.unreadable"));
		}
	}

	public WorkbookRefusedException tooLarge() {
		return new WorkbookRefusedException(HttpStatus.CONTENT_TOO_LARGE, "workbook.refused.tooLarge",
				this.settings.maxMegabytes());
	}

	public static WorkbookRefusedException notXlsx() {
		return new WorkbookRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "workbook.refused.notXlsx");
	}

	/** Macros, links to other workbooks, or a package that is not a spreadsheet. */
	private static void requirePlain(OPCPackage pkg) throws Exception {
		boolean spreadsheet = false;
		for (PackagePart part : pkg.getParts()) {
			String type = part.getContentType().toLowerCase(Locale.ROOT);
			String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
			if (type.contains(MACRO_TYPE) || name.contains(VBA_PART)) {
				throw refused("workbook.refused.macros");
			}
			if (type.equals(XSSFRelation.EXTERNAL_LINKS.getContentType()) || name.contains("/externallinks/")) {
				throw refused("workbook.refused.externalLinks");
			}
			spreadsheet |= type.equals(XSSFRelation.WORKBOOK.getContentType());
		}
		if (!spreadsheet) {
			throw notXlsx();
		}
	}

	/** An OLE2 file holding an encrypted OOXML package ("Encrypt with password"). */
	private static boolean isEncrypted(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** What POI's guards said, in words; {@code otherwise} when it was none of them. */
	private static WorkbookRefusedException classify(Throwable ex, WorkbookRefusedException otherwise) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max. ratio") || message.contains("max entry size")
					|| message.contains("the text would exceed") || message.contains("max file count")
					|| message.contains("zip entry size") || message.contains("is too large")) {
				return refused("workbook.refused.zipBomb");
			}
			if (message.contains("doctype") || message.contains("dtd") || message.contains("entity")) {
				return refused("workbook.refused.entities");
			}
		}
		return otherwise;
	}

	private static WorkbookRefusedException refused(String code) {
		return new WorkbookRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, code);
	}

}
