package vn.thads.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;

/**
 * The demo agencies from 1 July 2025 and who they succeed (fixtures demo-agencies.md, the
 * README's table): the provinces An Giang (Kiên Giang + former An Giang), Phú Thọ (Vĩnh
 * Phúc + former Phú Thọ + Hòa Bình) and Tây Ninh (Long An + former Tây Ninh), and their
 * regional offices, each the primary successor of one to three former Chi cục close to
 * it. Two Chi cục are split: AGC-CT (counted under AG-KV13, also succeeded by AG-KV09)
 * and VP-TDA (counted under PT-KV04, also succeeded by PT-KV01). Codes never change.
 */
final class DemoSuccession {

	static final LocalDate FROM = DemoAgencies.CLOSED_ON.plusDays(1);

	/** Present provinces and their offices, in creation order (primary links first). */
	static final List<DemoAgency> PRESENT = present();

	private static final Map<String, String> PRIMARY_SUCCESSOR = primarySuccessors();

	private DemoSuccession() {
	}

	/** The present agency a former one is counted under. */
	static Optional<String> primarySuccessor(String formerCode) {
		return Optional.ofNullable(PRIMARY_SUCCESSOR.get(formerCode));
	}

	/** The present province a former agency's work went to. */
	static String successorProvince(String formerCode) {
		String successor = PRIMARY_SUCCESSOR.get(formerCode);
		int dash = successor.indexOf('-');
		return (dash < 0) ? successor : successor.substring(0, dash);
	}

	private static List<DemoAgency> present() {
		List<DemoAgency> all = new ArrayList<>();
		province(all, "AG", "An Giang", List.of("KG", "AGC"), "KG-RG KG-KH", "KG-HT KG-GT", "KG-PQ", "KG-KL KG-HD",
				"KG-TH KG-CT", "KG-GR KG-GQ", "KG-AB KG-AM", "KG-VT KG-UMT", "AGC-LX +AGC-CT", "AGC-CD AGC-AP",
				"AGC-TC AGC-PT", "AGC-TB AGC-TT", "AGC-CP AGC-CT", "AGC-CM", "AGC-TS");
		province(all, "PT", "Phú Thọ", List.of("VP", "PTC", "HB"), "VP-VY +VP-TDA", "VP-PY", "VP-LT VP-SL",
				"VP-TD VP-TDA", "VP-BX VP-YL", "VP-VT", "PTC-VT", "PTC-PT PTC-TB", "PTC-DH PTC-HH", "PTC-PN PTC-LT",
				"PTC-YL PTC-CK", "PTC-TN PTC-TT", "PTC-TS PTC-TSO", "HB-HB HB-DB", "HB-LS HB-KB HB-CP", "HB-TL HB-MC",
				"HB-LSO HB-YT HB-LT");
		province(all, "TN", "Tây Ninh", List.of("LA", "TNC"), "LA-TA", "LA-KT LA-MH", "LA-BL LA-TT", "LA-CD LA-CG",
				"LA-CT LA-TTR", "LA-DHO LA-DHU", "LA-TH LA-VH", "LA-TTH LA-THH", "TNC-TN TNC-HT", "TNC-TB TNC-GD",
				"TNC-TBI TNC-TC", "TNC-DMC TNC-CT TNC-BC");
		List<DemoAgency> ordered = new ArrayList<>(all.stream().filter((a) -> a.alsoFrom().isEmpty()).toList());
		ordered.addAll(all.stream().filter((a) -> !a.alsoFrom().isEmpty()).toList());
		return List.copyOf(ordered);
	}

	/**
	 * A present province and its offices KV01…, each given by its predecessors' codes; a
	 * code with a leading "+" is a predecessor it succeeds without counting it.
	 */
	private static void province(List<DemoAgency> all, String code, String place, List<String> predecessors,
			String... offices) {
		all.add(new DemoAgency(code, "Thi hành án dân sự tỉnh " + place, place, AgencyLevel.PROVINCE,
				DemoAgencies.CENTRAL, FROM, null, predecessors, List.of()));
		for (int n = 1; n <= offices.length; n++) {
			List<String> primary = new ArrayList<>();
			List<String> also = new ArrayList<>();
			for (String predecessor : offices[n - 1].split(" ")) {
				if (predecessor.startsWith("+")) {
					also.add(predecessor.substring(1));
				}
				else {
					primary.add(predecessor);
				}
			}
			all.add(new DemoAgency(officeCode(code, n), "Phòng Thi hành án dân sự khu vực " + n + " - " + place,
					"Khu vực " + n, AgencyLevel.LOCAL, code, FROM, null, List.copyOf(primary), List.copyOf(also)));
		}
	}

	static String officeCode(String province, int n) {
		return "%s-KV%02d".formatted(province, n);
	}

	private static Map<String, String> primarySuccessors() {
		Map<String, String> successors = new HashMap<>();
		for (DemoAgency agency : PRESENT) {
			agency.predecessors().forEach((p) -> {
				if (successors.put(p, agency.code()) != null) {
					throw new IllegalStateException(p + " has two primary successors");
				}
			});
		}
		return Map.copyOf(successors);
	}

}
