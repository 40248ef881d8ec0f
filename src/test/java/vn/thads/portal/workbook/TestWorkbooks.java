package vn.thads.portal.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the files of the tests from a downloaded workbook with Apache POI, or by
 * rewriting its zip entries: the messy files a statistician makes and the files the
 * portal must refuse. No binary fixtures.
 */
final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/** The workbook after {@code change}, saved again. */
	static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The return's sheet of a downloaded workbook: the first one. */
	static Sheet returnSheet(XSSFWorkbook workbook) {
		return workbook.getSheetAt(0);
	}

	/** The cell at {@code ref} ({@code H9}) of a sheet, created when missing. */
	static Cell cell(Sheet sheet, String ref) {
		CellReference at = new CellReference(ref);
		var row = (sheet.getRow(at.getRow()) != null) ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
		return (row.getCell(at.getCol()) != null) ? row.getCell(at.getCol()) : row.createCell(at.getCol());
	}

	/**
	 * The zip with one entry's text rewritten ({@code rewrite} gets null for a new entry)
	 * or added.
	 */
	static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> rewrite) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean found = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals(entry)) {
					found = true;
					content = rewrite.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(content);
				zip.closeEntry();
			}
			if (!found) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(rewrite.apply(null).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A content type override added to {@code [Content_Types].xml}. */
	static byte[] withPart(byte[] xlsx, String partName, String contentType, String content) {
		byte[] added = rewrite(xlsx, partName.substring(1), (old) -> content);
		return rewrite(added, "[Content_Types].xml", (types) -> types.replace("</Types>",
				"<Override PartName=\"" + partName + "\" ContentType=\"" + contentType + "\"/></Types>"));
	}

	/**
	 * The workbook encrypted with a password, as Excel's "Encrypt with Password" saves
	 * it.
	 */
	static byte[] encrypted(byte[] xlsx) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("matkhau");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
					OutputStream data = encryptor.getDataStream(fs)) {
				opc.save(data);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
