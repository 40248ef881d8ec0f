package vn.thads.portal.stats;

import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Figures;

/**
 * One form's summed figures and their derived rows (from {@link Figures#derive()}).
 */
public record FormTotals(Figures figures, Derived derived) {

	static FormTotals of(Figures figures) {
		return new FormTotals(figures, figures.derive());
	}

}
