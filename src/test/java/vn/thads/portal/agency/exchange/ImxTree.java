package vn.thads.portal.agency.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small agency tree of a test's own under {@code TW}, with codes no other test uses
 * ({@code IMX…}), written as the exchange CSV: a province that closed on 30/06/2025, its
 * district split between two regional offices of the province that succeeded it.
 */
public final class ImxTree {

	private static final AtomicInteger sequence = new AtomicInteger();

	static final String HEADER = "code,name,nameValidFrom,level,parent,validFrom,validTo,predecessors,primarySuccessor";

	/** Former province, closed 30/06/2025. */
	public final String oldProvince;

	/** Its district, split: counted under {@link #office2}. */
	public final String district;

	/** The present province, renamed on 01/01/2026. */
	public final String province;

	public final String office1;

	public final String office2;

	public ImxTree() {
		String prefix = "IMX" + Long.toString(System.nanoTime() % 1_679_616, 36).toUpperCase()
				+ sequence.incrementAndGet();
		this.oldProvince = prefix + "-C";
		this.district = prefix + "-C-D";
		this.province = prefix;
		this.office1 = prefix + "-K1";
		this.office2 = prefix + "-K2";
	}

	/** The rows of the whole tree, children before parents (the import orders them). */
	public List<String> rows() {
		List<String> rows = new ArrayList<>();
		rows.add(this.office1 + ",Phòng Thi hành án dân sự khu vực 1 - Thử,,LOCAL," + this.province + ",2025-07-01,,"
				+ this.district + ",");
		rows.add(this.office2 + ",Phòng Thi hành án dân sự khu vực 2 - Thử,2025-07-01,LOCAL," + this.province
				+ ",2025-07-01,," + this.district + ",");
		rows.add(this.district + ",Chi cục Thi hành án dân sự huyện Thử,2010-01-01,LOCAL," + this.oldProvince
				+ ",2010-01-01,2025-06-30,," + this.office2);
		rows.add(this.province + ",Thi hành án dân sự tỉnh Thử,2025-07-01,PROVINCE,TW,2025-07-01,," + this.oldProvince
				+ ",");
		rows.add(this.province + ",Thi hành án dân sự tỉnh Thử Mới,2026-01-01,PROVINCE,TW,2025-07-01,,"
				+ this.oldProvince + ",");
		rows.add(this.oldProvince
				+ ",\"Cục Thi hành án dân sự tỉnh Thử, cũ\",2010-01-01,PROVINCE,TW,2010-01-01,2025-06-30,,"
				+ this.province);
		return rows;
	}

	public List<String> codes() {
		return List.of(this.oldProvince, this.district, this.province, this.office1, this.office2);
	}

	public byte[] csv() {
		return csv(rows());
	}

	public static byte[] csv(List<String> rows) {
		return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

}
