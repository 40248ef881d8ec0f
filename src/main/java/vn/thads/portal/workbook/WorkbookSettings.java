package vn.thads.portal.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded workbooks ({@code thads.workbook.*}).
 *
 * @param maxBytes the largest file taken (413 above it); a plain number is bytes, or
 * {@code 10MB}
 * @param maxUnpackedBytes the largest part of a file once unpacked: a sheet of a return
 * is a few kilobytes, and a file that unpacks to much more is refused before it fills the
 * memory (Apache POI's limit, for every XLSX the portal reads)
 */
@ConfigurationProperties("thads.workbook")
public record WorkbookSettings(@DefaultValue("10MB") DataSize maxBytes,
		@DefaultValue("20MB") DataSize maxUnpackedBytes) {

	/** The size limit in whole megabytes, as messages state it. */
	public long maxMegabytes() {
		return Math.max(1, this.maxBytes.toMegabytes());
	}

}
