package org.ohsonline.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds and writes problem details with the platform's problem type URIs. */
public final class Problems {

	static final String TYPE_BASE = "https://ohs-online.org/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	/** Writes a problem from a servlet filter, where no message converter is at hand. */
	public static void write(HttpServletResponse response, HttpStatus status, String type, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + status.getReasonPhrase()
					+ "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\"}");
	}

}
