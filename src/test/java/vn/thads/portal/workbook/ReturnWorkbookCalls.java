package vn.thads.portal.workbook;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * One return's workbook as an officer downloads and uploads it, and the cells of its
 * fields as {@link ReturnSheetReader} finds them.
 *
 * @param url the return's address ({@code /api/v1/returns/AG/2020-09})
 */
record ReturnWorkbookCalls(MockMvc mvc, ReturnSheetReader reader, String url, String officer) {

	byte[] download() throws Exception {
		return this.mvc.perform(get(this.url + "/workbook").with(basic(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	ResultActions upload(byte[] xlsx, String query) throws Exception {
		return this.mvc.perform(post(this.url + "/workbook" + query).with(basic(this.officer))
			.contentType(WorkbookApiTests.XLSX)
			.content(xlsx));
	}

	/** The cell ({@code H9}) of a field in a workbook, or null. */
	String cellOf(byte[] xlsx, String field) {
		String[] ref = new String[1];
		TestWorkbooks.edit(xlsx, (wb) -> ref[0] = this.reader.read(TestWorkbooks.returnSheet(wb)).cell(field));
		return ref[0];
	}

	/**
	 * The workbook with the figures of some fields changed: field, value, field, value…
	 */
	byte[] withCells(byte[] xlsx, Object... fieldsAndValues) {
		List<String> refs = new ArrayList<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			String ref = cellOf(xlsx, (String) fieldsAndValues[i]);
			assertThat(ref).as("the cell of " + fieldsAndValues[i]).isNotNull();
			refs.add(ref);
		}
		return TestWorkbooks.edit(xlsx, (wb) -> {
			for (int i = 0; i < refs.size(); i++) {
				TestWorkbooks.cell(TestWorkbooks.returnSheet(wb), refs.get(i))
					.setCellValue(((Number) fieldsAndValues[2 * i + 1]).doubleValue());
			}
		});
	}

}
