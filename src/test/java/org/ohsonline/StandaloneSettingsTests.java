package org.ohsonline;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class StandaloneSettingsTests {

	private static final long GIB = 1024L * 1024 * 1024;

	@Test
	void anUnsetBufferCacheIsAnEighthOfTheMachineBetween128MbAnd4Gb() {
		StandaloneSettings unset = settings(null);
		assertThat(unset.sharedBuffersMegabytes(24 * GIB)).isEqualTo(3072);
		assertThat(unset.sharedBuffersMegabytes(GIB / 2)).isEqualTo(128);
		assertThat(unset.sharedBuffersMegabytes(64 * GIB)).isEqualTo(4096);
	}

	@Test
	void aBufferCacheSetIsKeptAboveTheLeast() {
		assertThat(settings(DataSize.ofGigabytes(6)).sharedBuffersMegabytes(24 * GIB)).isEqualTo(6144);
		assertThat(settings(DataSize.ofMegabytes(64)).sharedBuffersMegabytes(24 * GIB)).isEqualTo(128);
	}

	private static StandaloneSettings settings(DataSize sharedBuffers) {
		return new StandaloneSettings(Path.of("target/settings-test"), null, false, true, sharedBuffers);
	}

}
