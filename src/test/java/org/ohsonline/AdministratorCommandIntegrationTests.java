package org.ohsonline;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented one-off command creates the first administrator, prints a one-time password and
 * exits without opening a port; run again, it refuses.
 */
class AdministratorCommandIntegrationTests {

	@TempDir
	Path data;

	@Test
	void createsTheFirstAdministratorOnceAndExits() throws Exception {
		String[] command = { "--create-admin=root", "--admin-region=33", "--ohs.demo.enabled=false",
				"--ohs.standalone.data-directory=" + this.data };
		JvmProcess.Outcome first = JvmProcess.run(Map.of(), command);
		assertThat(first.exitCode()).as(first.output()).isZero();
		assertThat(first.output()).contains("Administrator 'root' created for region 33")
			.containsPattern("One-time password \\(must be changed at first login\\): \\S{12,}")
			.doesNotContainPattern("Tomcat started on port [0-9]");
		JvmProcess.Outcome second = JvmProcess.run(Map.of(), command);
		assertThat(second.exitCode()).isEqualTo(2);
		assertThat(second.output()).contains("an administrator already exists");
	}

}
