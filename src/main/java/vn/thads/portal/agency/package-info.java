/**
 * The agencies (cơ quan thi hành án dân sự): the tree, its validity over time, successor
 * links, and the one scope service that says which user may see, edit or approve which
 * agency's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies",
		allowedDependencies = { "security", "web", "shared" })
package vn.thads.portal.agency;
