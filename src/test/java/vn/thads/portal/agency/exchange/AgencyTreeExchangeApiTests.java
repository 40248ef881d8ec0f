package vn.thads.portal.agency.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/** The agency tree export and import of api.md (Agencies), through the API. */
@FullStack
class AgencyTreeExchangeApiTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	TestAgencies testAgencies;

	ResultActions importCsv(byte[] csv, boolean dryRun) throws Exception {
		return this.mvc.perform(post("/api/v1/agencies/import").param("dryRun", String.valueOf(dryRun))
			.with(basic("admin"))
			.contentType("text/csv")
			.content(csv));
	}

	@Test
	void aDryRunReportsWhatItWouldDoAndChangesNothing() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.created", containsInAnyOrder(tree.codes().toArray())))
			.andExpect(jsonPath("$.errors", empty()));
		tree.codes().forEach((code) -> assertThat(this.directory.findByCode(code)).isEmpty());
	}

	@Test
	void anImportCreatesTheTreeWithNamesLinksAndThePrimarySuccessorInAnyRowOrder() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created", containsInAnyOrder(tree.codes().toArray())))
			.andExpect(jsonPath("$.linked", containsInAnyOrder(tree.province, tree.office1, tree.office2)))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andExpect(jsonPath("$.errors", empty()));
		AgencyRef province = this.directory.getByCode(tree.province);
		assertThat(province.parentCode()).isEqualTo("TW");
		assertThat(province.nameAt(LocalDate.of(2025, 12, 31))).isEqualTo("Thi hành án dân sự tỉnh Thử");
		assertThat(province.name()).isEqualTo("Thi hành án dân sự tỉnh Thử Mới");
		assertThat(province.shortName()).isEqualTo("Thử Mới");
		AgencyRef office1 = this.directory.getByCode(tree.office1);
		assertThat(office1.path()).isEqualTo("/TW/" + tree.province + "/" + tree.office1 + "/");
		assertThat(this.directory.getByCode(tree.oldProvince).name()).isEqualTo("Cục Thi hành án dân sự tỉnh Thử, cũ");
		AgencyLineage lineage = this.directory.lineage();
		AgencyRef district = this.directory.getByCode(tree.district);
		assertThat(lineage.primarySuccessor(district)).map(AgencyRef::code).contains(tree.office2);
		assertThat(lineage.predecessors(office1)).extracting(AgencyRef::code).containsExactly(tree.district);
	}

	@Test
	void theSecondImportOfTheSameFileChangesNothing() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), false).andExpect(status().isOk());
		long version = this.directory.getByCode(tree.province).version();
		importCsv(tree.csv(), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created", empty()))
			.andExpect(jsonPath("$.renamed", empty()))
			.andExpect(jsonPath("$.closed", empty()))
			.andExpect(jsonPath("$.linked", empty()))
			.andExpect(jsonPath("$.updated", empty()))
			.andExpect(jsonPath("$.unchanged").value(5))
			.andExpect(jsonPath("$.errors", empty()));
		assertThat(this.directory.getByCode(tree.province).version()).isEqualTo(version);
	}

	@Test
	void aBadRowRejectsTheWholeFileNamingTheRow() throws Exception {
		ImxTree tree = new ImxTree();
		List<String> rows = new ArrayList<>(tree.rows());
		rows.add(tree.province + "-K3,Phòng Thi hành án dân sự khu vực 3 - Thử,,HUYEN," + tree.province
				+ ",2025-07-01,,,");
		importCsv(ImxTree.csv(rows), false).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(8))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Cấp \"HUYEN\" không hợp lệ: dùng CENTRAL, PROVINCE hoặc LOCAL."));
		tree.codes().forEach((code) -> assertThat(this.directory.findByCode(code)).isEmpty());
	}

	@Test
	void everyKindOfBadRowIsReportedInVietnameseWithItsRow() throws Exception {
		ImxTree tree = new ImxTree();
		String p = tree.province;
		List<String> rows = List.of(p + ",Thi hành án dân sự tỉnh Thử,,PROVINCE,TW,2025-07-01,,,",
				p + "-A,Phòng khu vực A,,LOCAL," + p + "-NONE,2025-07-01,,,",
				p + "-B,Phòng khu vực B,,LOCAL," + p + ",31/02/2025,,,", "imx bad,Tên,,LOCAL," + p + ",2025-07-01,,,",
				p + "-C,Đơn vị C,,PROVINCE," + p + ",2025-07-01,,,",
				p + "-D,Chi cục D,,LOCAL," + p + ",2010-01-01,2025-06-30,," + p + "-E",
				p + "-D,Chi cục D,,LOCAL," + p + ",2010-01-01,2025-06-30,," + p + "-F",
				p + "-E,Phòng E,,LOCAL," + p + ",2025-07-01,," + p + "-D,",
				p + "-F,Phòng F,,LOCAL," + p + ",2025-07-01,," + p + "-D,");
		importCsv(ImxTree.csv(rows), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.created", empty()))
			.andExpect(jsonPath("$.errors[*].row", containsInAnyOrder(3, 4, 5, 6, 8)))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("Không có đơn vị mã " + p + "-NONE"))))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("Ngày \"31/02/2025\" ở cột validFrom"))))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("Mã \"imx bad\" không hợp lệ"))))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("phải thấp hơn cấp của đơn vị cấp trên"))))
			.andExpect(jsonPath("$.errors[?(@.row == 8)].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("hai đơn vị kế thừa chính"))));
		assertThat(this.directory.findByCode(p)).isEmpty();
	}

	@Test
	void aNewNameValidFromIsARenameFromThatDayAndTheSameDayACorrection() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), false).andExpect(status().isOk());
		String rename = tree.office1 + ",Phòng Thi hành án dân sự khu vực Một - Thử,2026-10-01,LOCAL," + tree.province
				+ ",2025-07-01,,,";
		String correction = tree.office2 + ",Phòng Thi hành án dân sự khu vực Hai - Thử,2025-07-01,LOCAL,"
				+ tree.province + ",2025-07-01,,,";
		importCsv(ImxTree.csv(List.of(rename, correction)), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.renamed", containsInAnyOrder(tree.office1, tree.office2)))
			.andExpect(jsonPath("$.created", empty()));
		AgencyRef office1 = this.directory.getByCode(tree.office1);
		assertThat(office1.nameAt(LocalDate.of(2026, 9, 30))).isEqualTo("Phòng Thi hành án dân sự khu vực 1 - Thử");
		assertThat(office1.nameAt(LocalDate.of(2026, 10, 1))).isEqualTo("Phòng Thi hành án dân sự khu vực Một - Thử");
		AgencyRef office2 = this.directory.getByCode(tree.office2);
		assertThat(office2.names()).hasSize(1);
		assertThat(office2.name()).isEqualTo("Phòng Thi hành án dân sự khu vực Hai - Thử");
		// an agency missing from the file is left as it is
		assertThat(this.directory.getByCode(tree.province).name()).isEqualTo("Thi hành án dân sự tỉnh Thử Mới");
	}

	@Test
	void aValidToClosesAnAgency() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), false).andExpect(status().isOk());
		String close = tree.office1 + ",Phòng Thi hành án dân sự khu vực 1 - Thử,2025-07-01,LOCAL," + tree.province
				+ ",2025-07-01,2026-09-30,,";
		importCsv(ImxTree.csv(List.of(close)), false).andExpect(jsonPath("$.closed", containsInAnyOrder(tree.office1)));
		assertThat(this.directory.getByCode(tree.office1).validTo()).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void theExportImportedBackChangesNothing() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), false).andExpect(status().isOk());
		byte[] exported = this.mvc.perform(get("/api/v1/agencies/export").with(basic("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(exported, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + ImxTree.HEADER + "\r\n");
		assertThat(text).contains(tree.district + ",Chi cục Thi hành án dân sự huyện Thử,2010-01-01,LOCAL,"
				+ tree.oldProvince + ",2010-01-01,2025-06-30,," + tree.office2 + "\r\n");
		assertThat(text).contains(tree.province + ",Thi hành án dân sự tỉnh Thử Mới,2026-01-01,PROVINCE,TW,2025-07-01,,"
				+ tree.oldProvince + ",\r\n");
		assertThat(text).contains("\"Cục Thi hành án dân sự tỉnh Thử, cũ\"");
		int agencies = this.directory.all().size();
		importCsv(exported, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.created", empty()))
			.andExpect(jsonPath("$.renamed", empty()))
			.andExpect(jsonPath("$.closed", empty()))
			.andExpect(jsonPath("$.linked", empty()))
			.andExpect(jsonPath("$.updated", empty()))
			.andExpect(jsonPath("$.unchanged").value(agencies));
	}

	@Test
	void theSameColumnsAsXlsxImport() throws Exception {
		ImxTree tree = new ImxTree();
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Cơ cấu");
			String[] header = ImxTree.HEADER.split(",");
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
			}
			Row province = sheet.createRow(1);
			province.createCell(0).setCellValue(tree.province);
			province.createCell(1).setCellValue("Thi hành án dân sự tỉnh Thử");
			province.createCell(3).setCellValue("PROVINCE");
			province.createCell(4).setCellValue("TW");
			// a date typed into Excel is a number formatted as a date
			var date = province.createCell(5);
			date.setCellValue(LocalDate.of(2025, 7, 1));
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			date.setCellStyle(style);
			Row office = sheet.createRow(2);
			office.createCell(0).setCellValue(tree.office1);
			office.createCell(1).setCellValue("Phòng Thi hành án dân sự khu vực 1 - Thử");
			office.createCell(3).setCellValue("LOCAL");
			office.createCell(4).setCellValue(tree.province);
			office.createCell(5).setCellValue("2025-07-01");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		this.mvc.perform(post("/api/v1/agencies/import").with(basic("admin")).contentType(XLSX).content(xlsx))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created", containsInAnyOrder(tree.province, tree.office1)));
		assertThat(this.directory.getByCode(tree.province).validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(this.directory.getByCode(tree.office1).shortName()).isEqualTo("Khu vực 1 - Thử");
	}

	@Test
	void aCsvSavedByExcelWithSemicolonsImportsToo() throws Exception {
		ImxTree tree = new ImxTree();
		String csv = "\uFEFF" + ImxTree.HEADER.replace(',', ';') + "\r\n" + tree.province
				+ ";Thi hành án dân sự tỉnh Thử;01/07/2025;PROVINCE;TW;01/07/2025;;;\r\n" + tree.office1
				+ ";Phòng Thi hành án dân sự khu vực 1 - Thử;;LOCAL;" + tree.province + ";01/07/2025;;\""
				+ tree.province + "-A;" + tree.province + "-B\";\r\n" + tree.province + "-A;Chi cục A;;LOCAL;"
				+ tree.province + ";01/07/2025;;;\r\n" + tree.province + "-B;Chi cục B;;LOCAL;" + tree.province
				+ ";01/07/2025;;;\r\n";
		importCsv(csv.getBytes(StandardCharsets.UTF_8), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.created", hasSize(4)));
		assertThat(this.directory.lineage().predecessors(this.directory.getByCode(tree.office1)))
			.extracting(AgencyRef::code)
			.containsExactly(tree.province + "-A", tree.province + "-B");
	}

	@Test
	void onlyCsvAndXlsxAreAccepted() throws Exception {
		this.mvc
			.perform(post("/api/v1/agencies/import").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[]"))
			.andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void aFileOverTheLimitIs413AndAnUnreadableOneAnErrorNotA500() throws Exception {
		importCsv(new byte[5 * 1024 * 1024 + 1], true).andExpect(status().isContentTooLarge());
		byte[] latin1 = (ImxTree.HEADER + "\r\nIMXL1,Tên đơn vị,,LOCAL,TW,2025-07-01,,,\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		importCsv(latin1, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("CSV UTF-8")));
		byte[] unclosedQuote = (ImxTree.HEADER + "\r\nIMXQ1,\"Tên chưa đóng,,LOCAL,TW,2025-07-01,,,\r\n")
			.getBytes(StandardCharsets.UTF_8);
		importCsv(unclosedQuote, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Không đọc được tệp")));
		this.mvc
			.perform(post("/api/v1/agencies/import").with(basic("admin"))
				.contentType(XLSX)
				.content(new byte[] { 'P', 'K', 3, 4, 0 }))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Không đọc được tệp")));
	}

	@Test
	void onlyAnAdministratorExportsOrImports() throws Exception {
		ImxTree tree = new ImxTree();
		importCsv(tree.csv(), false).andExpect(status().isOk());
		String officer = this.testAgencies.officer(this.directory.getByCode(tree.office1));
		this.mvc.perform(get("/api/v1/agencies/export").with(basic(officer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/agencies/export").with(basic("tw.lanhdao"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/agencies/import").param("dryRun", "true")
				.with(basic(officer))
				.contentType("text/csv")
				.content(tree.csv()))
			.andExpect(status().isForbidden());
	}

}
