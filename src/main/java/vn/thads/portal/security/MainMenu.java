package vn.thads.portal.security;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The menu of every page for the signed-in user: which sections their role may open, and
 * who they are. The one place that says which role sees which section of the menu (the
 * pages behind each still check for themselves); worked out once per role, so that the
 * layout reads ready values instead of evaluating {@code sec:authorize} and
 * {@code #authentication} expressions on every request. The layout asks for it as
 * {@code ${@mainMenu.of(#authentication)}}: it must not depend on the model, which pages
 * rendered by an exception handler do not get.
 */
@Component("mainMenu")
public class MainMenu {

	private static final Map<Role, Sections> SECTIONS = new EnumMap<>(Role.class);

	static {
		for (Role role : Role.values()) {
			SECTIONS.put(role,
					new Sections(role == Role.OFFICER, role == Role.LEADER, role == Role.LEADER || role == Role.ADMIN,
							true, role == Role.ADMIN, role != Role.ADMIN, "role." + role.name(),
							role == Role.LEADER || role == Role.ADMIN));
		}
	}

	/** The menu of whoever is signed in; {@code null} when nobody is. */
	public Menu of(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
			return null;
		}
		return new Menu(user, SECTIONS.get(user.getRole()));
	}

	/** What a user of the page sees in the menu. */
	public record Menu(PortalUser user, Sections sections) {
	}

	/**
	 * The sections a role sees: officers enter returns, leaders review them, leaders and
	 * administrators set targets, everyone prints reports, administrators manage agencies
	 * and accounts, leaders and officers follow the key cases; {@code roleKey} is the
	 * message key of the role's name; leaders and administrators open the sprint planner
	 * ({@code planner}).
	 */
	public record Sections(boolean returns, boolean reviewQueue, boolean targets, boolean reports,
			boolean administration, boolean keyCases, String roleKey, boolean planner) {
	}

}
