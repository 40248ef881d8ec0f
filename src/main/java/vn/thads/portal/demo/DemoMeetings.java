package vn.thads.portal.demo;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.meeting.DecisionEntry;
import vn.thads.portal.meeting.MeetingConclusions;
import vn.thads.portal.security.PortalUser;

/**
 * Demo conclusions of the monthly meetings (giao ban, issue 15): for every present
 * province, the two meetings before the last month that has ended, entered by the
 * province's leader, with what became of each decision (all of the older meeting's, some
 * of the newer one's), so that the pack of the last month shows "what was decided last
 * time and what became of it". The last month's own meeting is left for its leaders to
 * enter. Loaded only where a meeting has no conclusions yet.
 */
@Component
@Profile("demo")
class DemoMeetings {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private final MeetingConclusions conclusions;

	private final AgencyDirectory directory;

	private final UserDetailsService users;

	DemoMeetings(MeetingConclusions conclusions, AgencyDirectory directory, UserDetailsService users) {
		this.conclusions = conclusions;
		this.directory = directory;
		this.users = users;
	}

	/** The conclusions of the two meetings before {@code lastEnded}, where missing. */
	void load(YearMonth lastEnded) {
		for (DemoAgency province : DemoSuccession.PRESENT) {
			if (province.level() != AgencyLevel.PROVINCE) {
				continue;
			}
			AgencyRef agency = this.directory.findByCode(province.code()).orElse(null);
			if (agency == null) {
				continue;
			}
			PortalUser leader = (PortalUser) this.users
				.loadUserByUsername(province.code().toLowerCase(Locale.ROOT) + ".lanhdao");
			for (int back = 2; back >= 1; back--) {
				YearMonth meeting = lastEnded.minusMonths(back);
				if (!this.conclusions.of(agency, meeting).entered()) {
					this.conclusions.save(leader, agency, meeting, -1, decisions(meeting, back == 2));
				}
			}
		}
	}

	private static List<DecisionEntry> decisions(YearMonth meeting, boolean allReported) {
		String due = meeting.plusMonths(1).atEndOfMonth().format(ISO);
		String quarterEnd = meeting.plusMonths(2).atEndOfMonth().format(ISO);
		List<DecisionEntry> decisions = new ArrayList<>();
		decisions.add(new DecisionEntry(
				"Các Phòng THADS khu vực có tỷ lệ dưới chỉ tiêu tiến độ xây dựng kế hoạch nước rút, "
						+ "giao chỉ tiêu từng tháng cho từng chấp hành viên",
				"Trưởng các Phòng THADS khu vực", due,
				"Đã ban hành kế hoạch nước rút; các đơn vị dưới chỉ tiêu đã giao chỉ tiêu đến từng chấp hành viên."));
		decisions.add(new DecisionEntry(
				"Tập trung giải quyết các vụ việc tín dụng, ngân hàng có giá trị lớn; phối hợp ngân hàng "
						+ "thống nhất giá khởi điểm để bán đấu giá tài sản bảo đảm",
				"Phòng Nghiệp vụ và Tổ chức thi hành án", quarterEnd,
				"Đã làm việc với 3 ngân hàng; 4 tài sản đã có giá khởi điểm mới."));
		decisions.add(new DecisionEntry(
				"Rà soát toàn bộ vụ việc thu hồi tài sản trong các vụ án tham nhũng, kinh tế; báo cáo Ban "
						+ "chỉ đạo thi hành án dân sự tỉnh những vụ việc vướng mắc",
				"Phó Thủ trưởng phụ trách nghiệp vụ", due,
				allReported ? "Đã báo cáo Ban chỉ đạo 5 vụ việc; đã có ý kiến chỉ đạo 3 vụ." : null));
		decisions.add(new DecisionEntry(
				"Các đơn vị gửi báo cáo thống kê đúng hạn; đơn vị gửi muộn báo cáo giải trình bằng văn bản",
				"Văn phòng", due, allReported ? "Tháng này 2 đơn vị gửi muộn, đã có văn bản giải trình." : null));
		return decisions;
	}

}
