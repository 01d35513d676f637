package org.ohsonline.radiation.web;

import org.ohsonline.radiation.RadiationFilter;

import org.springframework.web.util.UriComponentsBuilder;

/** The query string of a radiation list's filters: the list's base and its export keep exactly these. */
final class ListLinks {

	private ListLinks() {
	}

	static String query(RadiationFilter f) {
		return UriComponentsBuilder.newInstance()
			.queryParam("region", nz(f.region()))
			.queryParam("q", nz(f.q()))
			.queryParam("period", nz(f.period()))
			.queryParam("status", nz(f.status()))
			.queryParam("category", nz(f.category()))
			.encode()
			.build()
			.getQuery();
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
