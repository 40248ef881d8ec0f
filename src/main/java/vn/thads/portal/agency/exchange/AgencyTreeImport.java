package vn.thads.portal.agency.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.exchange.ImportResult.RowError;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Imports the agency tree file (api.md, Agencies): adds and updates, never deletes; all
 * or nothing; a dry run does exactly what the import would do and rolls it back, so its
 * answer is the import's answer. Importing the same file twice changes nothing the second
 * time. Callers check that the user is an ADMIN.
 */
@Service
public class AgencyTreeImport {

	private final AgencyDirectory directory;

	private final AgencyAdministration administration;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final EntityManager entityManager;

	AgencyTreeImport(AgencyDirectory directory, AgencyAdministration administration,
			PlatformTransactionManager transactions, MessageSource messages, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.directory = directory;
		this.administration = administration;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
	}

	/**
	 * @param content a CSV (UTF-8, with or without a BOM) or an XLSX
	 * @param dryRun check and report only
	 */
	public ImportResult run(byte[] content, boolean dryRun) {
		Locale locale = LocaleContextHolder.getLocale();
		List<AgencyTreeRow> rows;
		try {
			rows = AgencyTreeFormat.read(content);
		}
		catch (InvalidInputException ex) {
			return failed(ex.getProblems().stream().map((p) -> new RowProblem(1, p.code(), p.arguments())).toList(),
					locale);
		}
		return this.transaction.execute((status) -> {
			AgencyLineage lineage = this.directory.lineage();
			ImportPlanner.Plan plan = ImportPlanner.plan(rows, lineage);
			if (!plan.problems().isEmpty()) {
				status.setRollbackOnly();
				return failed(plan.problems(), locale);
			}
			ImportRun run = new ImportRun(this.directory, this.administration, lineage, plan.existing(), () -> {
				this.entityManager.flush();
				this.entityManager.clear();
			});
			run.apply(plan.agencies());
			boolean applied = !dryRun && run.problems.isEmpty();
			if (!applied) {
				status.setRollbackOnly();
			}
			Set<String> changed = new HashSet<>();
			List.of(run.created, run.renamed, run.closed, run.linked, run.updated).forEach(changed::addAll);
			int unchanged = (int) plan.agencies().stream().filter((a) -> !changed.contains(a.code)).count();
			return new ImportResult(List.copyOf(run.created), List.copyOf(run.renamed), List.copyOf(run.closed),
					List.copyOf(run.linked), List.copyOf(run.updated), unchanged, errors(run.problems, locale),
					applied);
		});
	}

	private ImportResult failed(List<RowProblem> problems, Locale locale) {
		return new ImportResult(List.of(), List.of(), List.of(), List.of(), List.of(), 0, errors(problems, locale),
				false);
	}

	private List<RowError> errors(List<RowProblem> problems, Locale locale) {
		List<RowError> errors = new ArrayList<>();
		problems.stream()
			.sorted(Comparator.comparingInt(RowProblem::row))
			.forEach((p) -> errors.add(new RowError(p.row(),
					this.messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale))));
		return errors;
	}

}
