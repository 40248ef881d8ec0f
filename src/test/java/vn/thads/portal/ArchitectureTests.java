package vn.thads.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and the direction of their dependencies (style.md): each feature package is
 * a module, dependencies are declared in its {@code package-info.java}, no cycles, no
 * reach into another module's internals.
 */
class ArchitectureTests {

	static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void writeModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
