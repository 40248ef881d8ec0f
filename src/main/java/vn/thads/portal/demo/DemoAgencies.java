package vn.thads.portal.demo;

import java.util.List;

import vn.thads.portal.agency.AgencyLevel;

/**
 * The demo agencies and their fixed codes (structure before 1 July 2025). Codes are
 * relied on by checks, examples and the README.
 */
final class DemoAgencies {

	record DemoAgency(String code, String name, String shortName, AgencyLevel level, String parentCode) {
	}

	static final String CENTRAL = "TW";

	static final List<DemoAgency> ALL = List.of(
			new DemoAgency(CENTRAL, "Tổng cục Thi hành án dân sự", "Tổng cục THADS", AgencyLevel.CENTRAL, null),
			province("KG", "Kiên Giang"), province("VP", "Vĩnh Phúc"), province("LA", "Long An"),
			// Kiên Giang
			local("KG-RG", "thành phố", "Rạch Giá", "KG"), local("KG-HT", "thành phố", "Hà Tiên", "KG"),
			local("KG-PQ", "thành phố", "Phú Quốc", "KG"), local("KG-KL", "huyện", "Kiên Lương", "KG"),
			local("KG-HD", "huyện", "Hòn Đất", "KG"), local("KG-TH", "huyện", "Tân Hiệp", "KG"),
			local("KG-CT", "huyện", "Châu Thành", "KG"), local("KG-GR", "huyện", "Giồng Riềng", "KG"),
			local("KG-GQ", "huyện", "Gò Quao", "KG"), local("KG-AB", "huyện", "An Biên", "KG"),
			local("KG-AM", "huyện", "An Minh", "KG"), local("KG-VT", "huyện", "Vĩnh Thuận", "KG"),
			local("KG-UMT", "huyện", "U Minh Thượng", "KG"), local("KG-GT", "huyện", "Giang Thành", "KG"),
			local("KG-KH", "huyện", "Kiên Hải", "KG"),
			// Vĩnh Phúc
			local("VP-VY", "thành phố", "Vĩnh Yên", "VP"), local("VP-PY", "thành phố", "Phúc Yên", "VP"),
			local("VP-LT", "huyện", "Lập Thạch", "VP"), local("VP-TD", "huyện", "Tam Dương", "VP"),
			local("VP-TDA", "huyện", "Tam Đảo", "VP"), local("VP-BX", "huyện", "Bình Xuyên", "VP"),
			local("VP-YL", "huyện", "Yên Lạc", "VP"), local("VP-VT", "huyện", "Vĩnh Tường", "VP"),
			local("VP-SL", "huyện", "Sông Lô", "VP"),
			// Long An
			local("LA-TA", "thành phố", "Tân An", "LA"), local("LA-KT", "thị xã", "Kiến Tường", "LA"),
			local("LA-BL", "huyện", "Bến Lức", "LA"), local("LA-CD", "huyện", "Cần Đước", "LA"),
			local("LA-CG", "huyện", "Cần Giuộc", "LA"), local("LA-CT", "huyện", "Châu Thành", "LA"),
			local("LA-DHO", "huyện", "Đức Hòa", "LA"), local("LA-DHU", "huyện", "Đức Huệ", "LA"),
			local("LA-MH", "huyện", "Mộc Hóa", "LA"), local("LA-TH", "huyện", "Tân Hưng", "LA"),
			local("LA-TTH", "huyện", "Tân Thạnh", "LA"), local("LA-TTR", "huyện", "Tân Trụ", "LA"),
			local("LA-THH", "huyện", "Thạnh Hóa", "LA"), local("LA-TT", "huyện", "Thủ Thừa", "LA"),
			local("LA-VH", "huyện", "Vĩnh Hưng", "LA"));

	private DemoAgencies() {
	}

	private static DemoAgency province(String code, String place) {
		return new DemoAgency(code, "Cục Thi hành án dân sự tỉnh " + place, place, AgencyLevel.PROVINCE, CENTRAL);
	}

	private static DemoAgency local(String code, String kind, String place, String parent) {
		return new DemoAgency(code, "Chi cục Thi hành án dân sự " + kind + " " + place, place, AgencyLevel.LOCAL,
				parent);
	}

}
