package org.ohsonline.console;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.web.PayloadTooLargeException;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RequestSizeLimitsTests {

	private final RequestSizeLimits limits = new RequestSizeLimits(
			new RequestSizeLimits.Settings(DataSize.ofMegabytes(4), DataSize.ofMegabytes(20)), DataSize.ofMegabytes(50),
			null, null, null);

	private static MockHttpServletRequest request(String contentType) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
		request.setContentType(contentType);
		return request;
	}

	@Test
	void capsEachKindOfBodyByItsOwnLimit() {
		assertThat(this.limits.limit(request("application/json"))).isEqualTo(4L * 1024 * 1024);
		assertThat(this.limits.limit(request("application/x-www-form-urlencoded"))).isEqualTo(4L * 1024 * 1024);
		assertThat(this.limits.limit(request(null))).isEqualTo(4L * 1024 * 1024);
		assertThat(this.limits.limit(request("application/xml"))).isEqualTo(20L * 1024 * 1024);
		assertThat(this.limits.limit(request("text/xml; charset=UTF-8"))).isEqualTo(20L * 1024 * 1024);
		assertThat(this.limits.limit(request("multipart/form-data; boundary=x"))).isEqualTo(50L * 1024 * 1024);
	}

	/** A body of unannounced length (chunked) is counted as it is read and refused past the limit. */
	@Test
	void refusesABodyOfUnknownLengthOnceItPassesTheLimit() throws Exception {
		MockHttpServletRequest request = request("application/json");
		request.setContent(new byte[11]);
		InputStream within = new RequestSizeLimits.Bounded(request, 11).getInputStream();
		assertThat(within.readAllBytes()).hasSize(11);
		request.setContent(new byte[12]);
		InputStream beyond = new RequestSizeLimits.Bounded(request, 11).getInputStream();
		assertThatExceptionOfType(PayloadTooLargeException.class).isThrownBy(beyond::readAllBytes)
			.satisfies(ex -> assertThat(ex.readableLimit()).isEqualTo("11 B"));
	}

	@Test
	void saysTheLimitAsPeopleReadIt() {
		assertThat(new PayloadTooLargeException(4L * 1024 * 1024).readableLimit()).isEqualTo("4 MB");
		assertThat(new PayloadTooLargeException(512 * 1024).readableLimit()).isEqualTo("512 KB");
	}

}
