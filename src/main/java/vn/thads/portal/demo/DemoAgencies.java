package vn.thads.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thads.portal.agency.AgencyLevel;

/**
 * The demo agencies before 1 July 2025 and their fixed codes (fixtures demo-agencies.md):
 * the central agency, the seven former provinces of the three mergers and their district
 * Chi cục. Codes are relied on by checks, examples and the README; the present structure
 * is {@link DemoSuccession}.
 */
final class DemoAgencies {

	/**
	 * @param predecessors agencies this one succeeds and is counted under (primary links)
	 * @param alsoFrom agencies this one also succeeds without counting them (split)
	 */
	record DemoAgency(String code, String name, String shortName, AgencyLevel level, String parentCode,
			LocalDate validFrom, LocalDate validTo, List<String> predecessors, List<String> alsoFrom) {

		boolean isFormer() {
			return this.validTo != null;
		}

	}

	static final String CENTRAL = "TW";

	/** Demo agencies exist from well before the demo returns (statistical year 2021). */
	static final LocalDate VALID_FROM = LocalDate.of(2010, 1, 1);

	/** The last day of the former structure. */
	static final LocalDate CLOSED_ON = LocalDate.of(2025, 6, 30);

	/** The central agency's name before and after the switch. */
	static final String CENTRAL_NAME = "Tổng cục Thi hành án dân sự";

	static final String CENTRAL_SHORT_NAME = "Tổng cục THADS";

	static final String CENTRAL_NAME_2025 = "Cục Quản lý Thi hành án dân sự";

	static final String CENTRAL_SHORT_NAME_2025 = "Cục Quản lý THADS";

	/** The former provinces whose leaders had demo accounts. */
	static final List<String> FORMER_LEADERS = List.of("KG", "VP", "LA");

	static final List<DemoAgency> ALL = former();

	private DemoAgencies() {
	}

	private static List<DemoAgency> former() {
		List<DemoAgency> all = new ArrayList<>();
		all.add(new DemoAgency(CENTRAL, CENTRAL_NAME, CENTRAL_SHORT_NAME, AgencyLevel.CENTRAL, null, VALID_FROM, null,
				List.of(), List.of()));
		province(all, "KG", "Kiên Giang", "", "thành phố Rạch Giá KG-RG", "thành phố Hà Tiên KG-HT",
				"thành phố Phú Quốc KG-PQ", "huyện Kiên Lương KG-KL", "huyện Hòn Đất KG-HD", "huyện Tân Hiệp KG-TH",
				"huyện Châu Thành KG-CT", "huyện Giồng Riềng KG-GR", "huyện Gò Quao KG-GQ", "huyện An Biên KG-AB",
				"huyện An Minh KG-AM", "huyện Vĩnh Thuận KG-VT", "huyện U Minh Thượng KG-UMT",
				"huyện Giang Thành KG-GT", "huyện Kiên Hải KG-KH");
		province(all, "VP", "Vĩnh Phúc", "", "thành phố Vĩnh Yên VP-VY", "thành phố Phúc Yên VP-PY",
				"huyện Lập Thạch VP-LT", "huyện Tam Dương VP-TD", "huyện Tam Đảo VP-TDA", "huyện Bình Xuyên VP-BX",
				"huyện Yên Lạc VP-YL", "huyện Vĩnh Tường VP-VT", "huyện Sông Lô VP-SL");
		province(all, "LA", "Long An", "", "thành phố Tân An LA-TA", "thị xã Kiến Tường LA-KT", "huyện Bến Lức LA-BL",
				"huyện Cần Đước LA-CD", "huyện Cần Giuộc LA-CG", "huyện Châu Thành LA-CT", "huyện Đức Hòa LA-DHO",
				"huyện Đức Huệ LA-DHU", "huyện Mộc Hóa LA-MH", "huyện Tân Hưng LA-TH", "huyện Tân Thạnh LA-TTH",
				"huyện Tân Trụ LA-TTR", "huyện Thạnh Hóa LA-THH", "huyện Thủ Thừa LA-TT", "huyện Vĩnh Hưng LA-VH");
		province(all, "AGC", "An Giang", " (cũ)", "thành phố Long Xuyên AGC-LX", "thành phố Châu Đốc AGC-CD",
				"thị xã Tân Châu AGC-TC", "thị xã Tịnh Biên AGC-TB", "huyện An Phú AGC-AP", "huyện Phú Tân AGC-PT",
				"huyện Châu Phú AGC-CP", "huyện Tri Tôn AGC-TT", "huyện Châu Thành AGC-CT", "huyện Chợ Mới AGC-CM",
				"huyện Thoại Sơn AGC-TS");
		province(all, "PTC", "Phú Thọ", " (cũ)", "thành phố Việt Trì PTC-VT", "thị xã Phú Thọ PTC-PT",
				"huyện Đoan Hùng PTC-DH", "huyện Hạ Hòa PTC-HH", "huyện Thanh Ba PTC-TB", "huyện Phù Ninh PTC-PN",
				"huyện Yên Lập PTC-YL", "huyện Cẩm Khê PTC-CK", "huyện Tam Nông PTC-TN", "huyện Lâm Thao PTC-LT",
				"huyện Thanh Sơn PTC-TS", "huyện Thanh Thủy PTC-TT", "huyện Tân Sơn PTC-TSO");
		province(all, "HB", "Hòa Bình", "", "thành phố Hòa Bình HB-HB", "huyện Đà Bắc HB-DB", "huyện Lương Sơn HB-LS",
				"huyện Kim Bôi HB-KB", "huyện Cao Phong HB-CP", "huyện Tân Lạc HB-TL", "huyện Mai Châu HB-MC",
				"huyện Lạc Sơn HB-LSO", "huyện Yên Thủy HB-YT", "huyện Lạc Thủy HB-LT");
		province(all, "TNC", "Tây Ninh", " (cũ)", "thành phố Tây Ninh TNC-TN", "thị xã Hòa Thành TNC-HT",
				"thị xã Trảng Bàng TNC-TB", "huyện Tân Biên TNC-TBI", "huyện Tân Châu TNC-TC",
				"huyện Dương Minh Châu TNC-DMC", "huyện Châu Thành TNC-CT", "huyện Gò Dầu TNC-GD",
				"huyện Bến Cầu TNC-BC");
		return List.copyOf(all);
	}

	/**
	 * A former province and its districts, each given as "kind place CODE" (the kind is
	 * "thành phố", "thị xã" or "huyện"); {@code suffix} tells a merged province's short
	 * name from its successor's ("An Giang (cũ)").
	 */
	private static void province(List<DemoAgency> all, String code, String place, String suffix, String... districts) {
		all.add(new DemoAgency(code, "Cục Thi hành án dân sự tỉnh " + place, place + suffix, AgencyLevel.PROVINCE,
				CENTRAL, VALID_FROM, CLOSED_ON, List.of(), List.of()));
		for (String district : districts) {
			int codeAt = district.lastIndexOf(' ');
			String kindAndPlace = district.substring(0, codeAt);
			String kind = kindAndPlace.startsWith("huyện") ? "huyện"
					: kindAndPlace.substring(0, kindAndPlace.indexOf(' ', kindAndPlace.indexOf(' ') + 1));
			all.add(new DemoAgency(district.substring(codeAt + 1), "Chi cục Thi hành án dân sự " + kindAndPlace,
					kindAndPlace.substring(kind.length() + 1), AgencyLevel.LOCAL, code, VALID_FROM, CLOSED_ON,
					List.of(), List.of()));
		}
	}

}
