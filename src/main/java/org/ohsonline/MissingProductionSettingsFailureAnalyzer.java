package org.ohsonline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
		List<String> names = new ArrayList<>(cause.missing());
		names.addAll(cause.invalid().keySet());
		return new FailureAnalysis(cause.getMessage(),
				"Set " + String.join(", ", names) + " (see README.md, 'Production'), "
						+ "or start without --spring.profiles.active=prod to run the standalone demo.",
				cause);
	}

}
