package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tree stays sound whatever an administrator types. */
@FullStack
class AgencyAdministrationTests {

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	@Autowired
	AgencyAdministration administration;

	@Autowired
	AgencyDirectory directory;

	private static String newCode() {
		return "AT" + sequence.incrementAndGet();
	}

	private AgencyRef province(String code) {
		return this.administration.create(new AgencyCommand(code, "Cục THADS " + code, code, AgencyLevel.PROVINCE, "TW",
				FROM, null, List.of(), null));
	}

	private AgencyRef local(String code, String parent) {
		return this.administration.create(new AgencyCommand(code, "Chi cục " + code, code, AgencyLevel.LOCAL, parent,
				FROM, null, List.of(), null));
	}

	private static List<String> codes(InvalidInputException ex) {
		return ex.getProblems().stream().map(FieldProblem::code).toList();
	}

	@Test
	void aNewAgencyGetsItsPlaceInTheTree() {
		String code = newCode();
		AgencyRef created = province(code);
		assertThat(created.path()).isEqualTo("/TW/" + code + "/");
		assertThat(created.parentCode()).isEqualTo("TW");
		assertThat(this.directory.getByCode(code.toLowerCase())).isEqualTo(created);
	}

	@Test
	void codesAreUnique() {
		assertThatThrownBy(() -> province("KG")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(codes(ex)).containsExactly("agency.code.taken"));
	}

	@Test
	void codesHaveAFixedFormat() {
		assertThatThrownBy(() -> province("kg rg!")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(codes(ex)).contains("agency.code.format"));
	}

	@Test
	void aChildsLevelIsBelowItsParents() {
		String parent = newCode();
		province(parent);
		assertThatThrownBy(() -> this.administration
			.create(new AgencyCommand(newCode(), "X", "X", AgencyLevel.PROVINCE, parent, FROM, null, List.of(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(codes(ex)).containsExactly("agency.level.notBelowParent"));
	}

	@Test
	void everyRequiredFieldIsNamed() {
		assertThatThrownBy(() -> this.administration
			.create(new AgencyCommand("", " ", null, AgencyLevel.LOCAL, null, null, null, List.of(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::field)
						.contains("code", "name", "shortName", "validFrom", "parentCode"));
	}

	@Test
	void anAgencyCannotMoveBelowItself() {
		String province = newCode();
		String district = newCode();
		AgencyRef p = province(province);
		local(district, province);
		assertThatThrownBy(() -> this.administration.update(province,
				new AgencyCommand(null, p.name(), p.shortName(), AgencyLevel.PROVINCE, province, FROM, null, List.of(),
						p.version())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(codes(ex)).containsExactly("agency.parent.cycle"));
	}

	@Test
	void aLevelCannotSinkToItsChildrensLevel() {
		String province = newCode();
		AgencyRef p = province(province);
		local(newCode(), province);
		assertThatThrownBy(() -> this.administration.update(province,
				new AgencyCommand(null, p.name(), p.shortName(), AgencyLevel.LOCAL, "TW", FROM, null, List.of(),
						p.version())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(codes(ex)).contains("agency.level.aboveChildren"));
	}

	@Test
	void movingAnAgencyMovesItsWholeSubtree() {
		String from = newCode();
		String to = newCode();
		String district = newCode();
		province(from);
		province(to);
		AgencyRef d = local(district, from);
		AgencyRef moved = this.administration.update(district, new AgencyCommand(null, "Chi cục mới", d.shortName(),
				AgencyLevel.LOCAL, to, FROM, null, List.of(from), d.version()));
		assertThat(moved.path()).isEqualTo("/TW/" + to + "/" + district + "/");
		assertThat(moved.name()).isEqualTo("Chi cục mới");
		assertThat(this.directory.predecessors(moved)).extracting(AgencyRef::code).containsExactly(from);
		assertThat(this.directory.subtree(this.directory.getByCode(to))).extracting(AgencyRef::code)
			.containsExactly(to, district);
	}

	@Test
	void aStaleVersionIsAConflictNotAnOverwrite() {
		String code = newCode();
		AgencyRef p = province(code);
		this.administration.update(code, new AgencyCommand(null, "Tên mới", p.shortName(), AgencyLevel.PROVINCE, "TW",
				FROM, null, List.of(), p.version()));
		assertThatThrownBy(() -> this.administration.update(code, new AgencyCommand(null, "Tên khác", p.shortName(),
				AgencyLevel.PROVINCE, "TW", FROM, null, List.of(), p.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.directory.getByCode(code).name()).isEqualTo("Tên mới");
	}

	@Test
	void deactivationEndsValidityOnADate() {
		String code = newCode();
		province(code);
		AgencyRef deactivated = this.administration.deactivate(code, LocalDate.of(2025, 6, 30));
		assertThat(deactivated.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(deactivated.isActiveOn(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(deactivated.isActiveOn(LocalDate.of(2025, 7, 1))).isFalse();
		assertThatThrownBy(() -> this.administration.deactivate(code, LocalDate.of(2019, 12, 31)))
			.isInstanceOf(InvalidInputException.class);
	}

}
