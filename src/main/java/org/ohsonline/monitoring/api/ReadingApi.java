package org.ohsonline.monitoring.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.monitoring.internal.DeviceRef;
import org.ohsonline.monitoring.internal.Ingestion;
import org.ohsonline.shared.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Readings in, by batch, from a device authenticated by its own token. */
@RestController
@Tag(name = "Monitoring ingestion", description = "Readings from monitoring devices (device tokens dev_…)")
class ReadingApi {

	private final Ingestion ingestion;

	ReadingApi(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	/**
	 * The answer to a batch: the counts, and an outcome for each reading not accepted (duplicate, or rejected
	 * with its reason), in the order sent with its index in the batch; a reading not listed was accepted.
	 * Listing the accepted ones too wrote about 60 KB for a batch of 1,000 that said nothing the counts did not.
	 */
	record BatchAnswer(String device, int accepted, int duplicates, int rejected, List<Ingestion.Outcome> outcomes) {
	}

	@PostMapping(path = DeviceAuthentication.INGEST_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send a batch of readings: {\"device\": code (optional), \"unit\": unit, \"readings\": "
			+ "[{\"t\": ISO-8601 or epoch ms, \"v\": number, \"unit\": (optional)}]}. Idempotent on device + timestamp. "
			+ "The answer counts the readings accepted, duplicate and rejected, and lists under outcomes each reading "
			+ "not accepted, by its index in the batch: duplicate, or rejected with a reason (unknown-device, "
			+ "unit-mismatch, impossible-value, timestamp-out-of-range, malformed-payload) and a detail; a reading "
			+ "not listed was accepted. An unreadable batch is answered 400.")
	ResponseEntity<?> ingest(@AuthenticationPrincipal DeviceRef device, @RequestBody(required = false) byte[] body) {
		Instant received = this.ingestion.now();
		Ingestion.BatchResult result = this.ingestion.fromHttp(device, body == null ? new byte[0] : body, received);
		if (result.malformed() != null) {
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-payload", result.malformed());
			problem.setProperty("reason", "malformed-payload");
			problem.setProperty("device", result.device());
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(new BatchAnswer(result.device(), result.accepted(), result.duplicates(),
				result.rejected(), result.outcomes()));
	}

}
